package io.pilothouse.lang.binding;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Stream;
import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadLimits;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlTreeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * Binds the documents of a parsed manifest file to Kubernetes objects through the model: the typed objects, where
 * each of their fields is in the text, and the problems of binding. Documents with syntax errors are left out, as
 * kubectl would refuse them. Computed once per parse of the resource.
 */
@Singleton
public class ManifestBinding {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.builtIn());

    private final IResourceScopeCache cache;

    @Inject
    public ManifestBinding(IResourceScopeCache cache) {
        this.cache = cache;
    }

    /** @return the bound documents of {@code resource} (none if it is not a parsed manifest) */
    public LoadResult of(Resource resource) {
        return cache.get(ManifestBinding.class, resource, () -> bind(resource));
    }

    private static LoadResult bind(Resource resource) {
        if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null
                || !(xtext.getParseResult().getRootASTElement() instanceof Stream stream)) {
            return LOADER.bind(List.of(), List.of());
        }
        IParseResult parse = xtext.getParseResult();
        String text = parse.getRootNode().getText();
        String file = resource.getURI() == null ? "-" : resource.getURI().toString();
        return read(stream, text, file, offsets(parse.getSyntaxErrors()));
    }

    /**
     * @return the documents of {@code stream} without syntax errors, bound; text that starts with '{' is a JSON
     *         stream, which kubectl and the loader decode as JSON, not YAML
     */
    public static LoadResult read(Stream stream, String text, String file, List<Integer> syntaxErrorOffsets) {
        if (text.strip().startsWith("{")) {
            return LOADER.loadText(text, file);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        YamlTreeBuilder builder = new YamlTreeBuilder(file, text, LoadLimits.DEFAULTS, diagnostics);
        ValueTreeReader reader = new ValueTreeReader(text, builder);
        List<YamlDocument> documents = new ArrayList<>();
        for (Document document : stream.getDocuments()) {
            int start = SyntaxTrees.start(document);
            int end = SyntaxTrees.end(document);
            if (syntaxErrorOffsets.stream().noneMatch(offset -> offset >= start && offset <= end)) {
                reader.read(document, documents);
            }
        }
        return LOADER.bind(documents, diagnostics);
    }

    private static List<Integer> offsets(Iterable<INode> errors) {
        List<Integer> offsets = new ArrayList<>();
        errors.forEach(node -> offsets.add(node.getOffset()));
        return offsets;
    }
}
