package io.pilothouse.lang.conversion;

import io.pilothouse.lang.syntax.ScalarValues;
import io.pilothouse.lang.syntax.TokenKind;
import java.util.regex.Pattern;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The value of a scalar as a name: what the linker looks up, and how a new name (a rename) is written back — plain
 * when YAML would read it back as the same string, double-quoted otherwise.
 */
public class ManifestValueConverters extends AbstractDeclarativeValueConverterService {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");
    private static final Pattern YAML_WORDS = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|\\.inf|\\.nan");

    @ValueConverter(rule = "ScalarText")
    public IValueConverter<String> scalarText() {
        return new IValueConverter<>() {
            @Override
            public String toValue(String string, INode node) throws ValueConverterException {
                return ScalarValues.value(kindOf(node), string, -1);
            }

            @Override
            public String toString(String value) {
                if (PLAIN_NAME.matcher(value).matches() && !YAML_WORDS.matcher(value).matches()) {
                    return value;
                }
                return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
            }
        };
    }

    private static TokenKind kindOf(INode node) {
        if (node != null) {
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (!leaf.isHidden() && leaf.getGrammarElement() instanceof RuleCall call) {
                    return TokenKind.valueOf(call.getRule().getName());
                }
            }
        }
        return TokenKind.PLAIN;
    }
}
