package io.pilothouse.lang;

import com.google.inject.Injector;
import io.pilothouse.lang.binding.ManifestBinding;
import io.pilothouse.lang.manifest.Stream;
import io.pilothouse.model.io.LoadResult;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

/** Parses text with the manifest language, for tests. */
public final class ManifestParsing {

    private static final Injector INJECTOR = new ManifestStandaloneSetup().createInjectorAndDoEMFRegistration();

    private ManifestParsing() {}

    public static Injector injector() {
        return INJECTOR;
    }

    /** @return the parse result of {@code text} */
    public static IParseResult parse(String text) {
        return INJECTOR.getInstance(IParser.class).parse(new StringReader(text));
    }

    /** @return the documents of {@code text} without syntax errors, bound as the editor binds them */
    public static LoadResult load(String text, String file) {
        IParseResult result = parse(text);
        List<Integer> errors = new ArrayList<>();
        for (INode node : result.getSyntaxErrors()) {
            errors.add(node.getOffset());
        }
        return ManifestBinding.read((Stream) result.getRootASTElement(), text, file, errors);
    }
}
