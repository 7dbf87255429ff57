package io.pilothouse.lang.ide.hover;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.pilothouse.lang.ide.contentassist.ProjectObjects;
import io.pilothouse.lang.schema.CursorContext;
import io.pilothouse.lang.schema.ManifestSchema;
import io.pilothouse.lang.schema.ManifestSchema.Location;
import io.pilothouse.lang.schema.PathSegment;
import io.pilothouse.lang.schema.ReferenceTargets;
import io.pilothouse.lang.schema.SchemaField;
import io.pilothouse.lang.syntax.ScalarValues;
import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import io.pilothouse.lang.syntax.YamlScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The hover of a manifest, as Markdown: on a key, the field's type, whether it is required, its default, its enum
 * values and its page in the Kubernetes API reference; on a value that names another resource, that resource's
 * kind, namespace and name, and where it is written.
 */
@Singleton
public class ManifestHover {

    /** The Markdown to show and the range of text it is about. */
    public record Result(String markdown, int offset, int length) {}

    private final ManifestSchema schema = ManifestSchema.builtIn();
    private final ProjectObjects objects;

    @Inject
    public ManifestHover(ProjectObjects objects) {
        this.objects = objects;
    }

    /** @return the hover at {@code offset} of a manifest, if there is something to say there */
    public Optional<Result> hover(XtextResource resource, int offset) {
        String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
        List<Token> tokens = YamlScanner.scan(text);
        Token token = scalarAt(tokens, offset);
        CursorContext cursor = token == null ? null : CursorContext.at(text, tokens, token.offset());
        if (cursor == null) {
            return Optional.empty();
        }
        String value = ScalarValues.value(token.kind(), text.substring(token.offset(), token.end()), -1);
        boolean key = tokens.stream().anyMatch(t -> t.kind() == TokenKind.KEY && t.offset() == token.offset());
        List<PathSegment> path = new ArrayList<>(cursor.path());
        if (key) {
            path.add(PathSegment.key(value));
        }
        Optional<SchemaField> field = schema.resolve(cursor.apiVersion(), cursor.kind(), path)
                .map(Location::field);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        String markdown = key ? describe(field.get(), cursor) : reference(resource, cursor, field.get(), value);
        return markdown == null
                ? Optional.empty()
                : Optional.of(new Result(markdown, token.offset(), token.length()));
    }

    private String describe(SchemaField field, CursorContext cursor) {
        List<String> parts = new ArrayList<>();
        String format = field.format() == null ? "" : " (" + field.format() + ')';
        parts.add("**" + field.name() + "** `" + field.type().display() + '`' + format);
        String defaultValue = field.defaultValue() == null ? "" : " Default: `" + field.defaultValue() + "`.";
        parts.add((field.required() ? "Required." : "Optional.") + defaultValue);
        if (!field.enumValues().isEmpty()) {
            parts.add("Values: " + field.enumValues().stream().map(value -> '`' + value + '`')
                    .collect(Collectors.joining(", ")) + '.');
        }
        String url = schema.docUrl(field, schema.kindClass(cursor.apiVersion(), cursor.kind()));
        if (url != null) {
            parts.add('[' + field.owner().getName() + " in the Kubernetes API reference](" + url + ')');
        }
        return String.join("\n\n", parts);
    }

    private String reference(Resource resource, CursorContext cursor, SchemaField field, String name) {
        ReferenceTargets.Target target = ReferenceTargets.of(field.owner().getName(), field.name());
        if (target == null) {
            return null;
        }
        List<PathSegment> parent = cursor.path().subList(0, cursor.path().size() - 1);
        List<PathSegment> kindPath = new ArrayList<>(parent);
        kindPath.add(PathSegment.key("kind"));
        String sibling = target.kindFromSibling() ? cursor.entries().valueAt(kindPath) : null;
        List<String> kinds = sibling == null ? target.kinds() : List.of(sibling);
        String namespace = cursor.entries().valueAt(List.of(PathSegment.key("metadata"),
                PathSegment.key("namespace")));
        List<ProjectObjects.Found> found = objects.named(resource, kinds, name, namespace);
        if (found.isEmpty()) {
            return "No " + String.join(" or ", kinds) + " named `" + name + "` in the project.";
        }
        return found.stream().map(ManifestHover::summary).collect(Collectors.joining("\n\n---\n\n"));
    }

    private static String summary(ProjectObjects.Found found) {
        String namespace = found.ref().namespace().isEmpty() ? "" : found.ref().namespace() + '/';
        String identity = "**" + found.ref().kind() + "** `" + namespace + found.ref().name() + "` ("
                + found.ref().apiVersion() + ')';
        return found.range() == null
                ? identity
                : identity + "\n\n`" + ProjectObjects.fileName(found) + "`, line " + found.range().line();
    }

    private static Token scalarAt(List<Token> tokens, int offset) {
        for (Token token : tokens) {
            if (token.offset() > offset) {
                break;
            }
            if (token.kind().scalar() && offset < token.end()) {
                return token;
            }
        }
        return null;
    }
}
