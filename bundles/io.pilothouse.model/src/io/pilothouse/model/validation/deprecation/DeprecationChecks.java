package io.pilothouse.model.validation.deprecation;

import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.model.validation.DocumentCheck;
import io.pilothouse.model.validation.Fix;
import java.util.List;

/**
 * The deprecation family: reports a document (or an item of a {@code List} document) whose {@code apiVersion} and
 * {@code kind} are in {@link DeprecatedApis}, on the range of the {@code apiVersion} value. A removed version is an
 * error (the API server answers "no matches for kind"), a deprecated one a warning with the API server's
 * deprecation warning. Where replacing the {@code apiVersion} is the whole conversion, the fix is that text edit.
 *
 * <p>It works on the value tree because removed versions have no EClass in the model. The engine calls
 * {@link #check(YamlDocument, DocumentCheck.Reporter)} for every document of a {@code LoadResult}.
 */
public final class DeprecationChecks implements DocumentCheck {

    /** @return the document checks of the family */
    public static List<DocumentCheck> all() {
        return List.of(new DeprecationChecks());
    }

    @Override
    public void check(YamlDocument document, Reporter reporter) {
        check(document.root(), reporter);
    }

    private static void check(YamlNode node, Reporter reporter) {
        if (!(node instanceof YamlMapping mapping)
                || !(mapping.get("apiVersion") instanceof YamlScalar apiVersion)
                || !(mapping.get("kind") instanceof YamlScalar kind)) {
            return;
        }
        if (kind.text().endsWith("List") && mapping.get("items") instanceof YamlSequence items) {
            items.items().forEach(item -> check(item, reporter));
            return;
        }
        DeprecatedApis.find(apiVersion.text(), kind.text()).ifPresent(api -> {
            Fix fix = api.isMechanical() && apiVersion.range() != null
                    ? new Fix.TextEdit("Replace " + api.apiVersion() + " with " + api.replacementApiVersion(),
                            apiVersion.range(), api.replacementApiVersion())
                    : null;
            reporter.report(api.isRemoved() ? DeprecationRules.REMOVED : DeprecationRules.DEPRECATED,
                    message(api), apiVersion.range(), fix);
        });
    }

    /** @return the finding's message: the API server's answer, then what to use instead */
    static String message(DeprecatedApi api) {
        StringBuilder message = new StringBuilder();
        if (api.isRemoved()) {
            message.append("no matches for kind \"").append(api.kind()).append("\" in version \"")
                    .append(api.apiVersion()).append("\": removed in v").append(api.removed());
        } else {
            message.append(api.apiVersion()).append(' ').append(api.kind()).append(" is deprecated in v")
                    .append(api.deprecated()).append('+');
            if (api.removed() != null) {
                message.append(", unavailable in v").append(api.removed()).append('+');
            }
        }
        if (api.replacement() != null) {
            message.append("; use ").append(api.replacement());
            if (api.change() != null) {
                message.append(" (not a mechanical change: ").append(api.change()).append(')');
            }
        } else if (api.change() != null) {
            message.append(" with no replacement; ").append(api.change());
        }
        return message.toString();
    }
}
