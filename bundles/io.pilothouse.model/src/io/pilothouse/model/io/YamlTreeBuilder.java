package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the value trees of a YAML stream from parse events: anchors and aliases, merge keys, YAML 1.1 scalar
 * resolution as sigs.k8s.io/yaml does it, and the load limits. It is the one place where YAML syntax becomes
 * values, so every parser of the project that feeds it (SnakeYAML's events here, the manifest language's syntax
 * tree in the editor) reads a document into the same tree. Offsets are UTF-16 offsets into the whole text; tags
 * are full tag names ({@code tag:yaml.org,2002:str}, {@code !local}), handles already expanded.
 */
public final class YamlTreeBuilder {

    private record Anchored(YamlNode node, long weight) {}

    private final SourceText source;
    private final LoadLimits limits;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final List<String> openAnchors = new ArrayList<>();
    private TreeAssembler assembler;
    private int documentStart;

    /** A builder for the text of {@code file}; problems are added to {@code diagnostics}. */
    public YamlTreeBuilder(String file, String text, LoadLimits limits, List<Diagnostic> diagnostics) {
        this(new SourceText(file, text), limits, diagnostics);
    }

    YamlTreeBuilder(SourceText source, LoadLimits limits, List<Diagnostic> diagnostics) {
        this.source = source;
        this.limits = limits;
        this.diagnostics = diagnostics;
    }

    /** @return the range of {@code [start, end)} in the text, with line and column */
    public SourceRange range(int start, int end) {
        return source.range(start, end);
    }

    /** Begins a document at {@code offset}; anchors of earlier documents are forgotten. */
    public void startDocument(int offset) {
        assembler = new TreeAssembler(source, limits, diagnostics);
        anchors.clear();
        openAnchors.clear();
        documentStart = offset;
    }

    /** Ends the document, adding it to {@code documents} unless it is empty or null. */
    public void endDocument(List<YamlDocument> documents) {
        YamlNode root = assembler.root();
        if (root != null && !(root instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL)) {
            documents.add(new YamlDocument(source.range(documentStart, root.range().endOffset()), root));
        }
    }

    /** Fails the document with a syntax error at {@code [start, end)}: the rest of it is to be skipped. */
    public void fail(String message, int start, int end) {
        assembler.fail(DiagnosticCodes.YAML_SYNTAX, message, source.range(start, end));
    }

    /** @return whether the document failed (too deep, too many nodes, unknown anchor): skip the rest of it */
    public boolean failed() {
        return assembler.failed();
    }

    /**
     * A scalar of {@code [start, end)}.
     *
     * @param value  its value, unquoted, unescaped and folded
     * @param tag    its full tag, {@code "!"} for the non-specific tag, or {@code null} without one
     * @param anchor its anchor, or {@code null}
     */
    public void scalar(int start, int end, String value, YamlScalar.Style style, String tag, String anchor) {
        boolean plain = style == YamlScalar.Style.PLAIN;
        boolean mergeKey = tag == null ? plain && "<<".equals(value) : ScalarResolver.MERGE_TAG.equals(tag);
        if (mergeKey && assembler.expectsKey()) {
            assembler.mergeKey();
            return;
        }
        if (!assembler.count(1, start)) {
            return;
        }
        YamlScalar node = toScalar(source.range(start, end), value, style, tag);
        register(anchor, node, 1);
        assembler.add(node, 1, end);
    }

    private YamlScalar toScalar(SourceRange range, String value, YamlScalar.Style style, String tag) {
        ScalarResolver.Resolved resolved;
        if (tag == null || "!".equals(tag)) {
            resolved = tag == null && style == YamlScalar.Style.PLAIN
                    ? ScalarResolver.resolvePlain(value)
                    : new ScalarResolver.Resolved(YamlScalar.Kind.STRING, value);
        } else {
            resolved = ScalarResolver.resolveTagged(tag, value);
            if (resolved == null) {
                YamlScalar.Kind actual = ScalarResolver.resolvePlain(value).kind();
                diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_INVALID_VALUE, "cannot decode "
                        + ScalarResolver.shortTag(actual) + " `" + value + "` as a " + shortTag(tag), range));
                resolved = new ScalarResolver.Resolved(YamlScalar.Kind.STRING, value);
            }
        }
        return new YamlScalar(range, resolved.kind(), resolved.text(), value, style);
    }

    /** An alias {@code *name} of {@code [start, end)}. */
    public void alias(int start, int end, String name) {
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            assembler.fail(DiagnosticCodes.YAML_UNKNOWN_ANCHOR, "unknown anchor '" + name + "' referenced",
                    source.range(start, end));
            return;
        }
        if (assembler.count(anchored.weight(), start)) {
            assembler.add(anchored.node(), anchored.weight(), end);
        }
    }

    /** Begins a mapping or a sequence at {@code start}; {@code anchor} may be {@code null}. */
    public void startCollection(int start, boolean mapping, boolean flow, String anchor) {
        if (assembler.startCollection(start, mapping, flow)) {
            openAnchors.add(anchor);
        }
    }

    /** Ends the innermost collection; {@code end} is the end offset of a flow collection's closing bracket. */
    public void endCollection(int end) {
        long weight = assembler.currentWeight();
        YamlNode node = assembler.endCollection(end);
        register(openAnchors.remove(openAnchors.size() - 1), node, weight);
        assembler.add(node, weight, node.range().endOffset());
    }

    private void register(String anchor, YamlNode node, long weight) {
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, weight));
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(ScalarResolver.TAG_PREFIX)
                ? "!!" + tag.substring(ScalarResolver.TAG_PREFIX.length())
                : tag;
    }
}
