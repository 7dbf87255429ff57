package io.pilothouse.model.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Assembles the value tree of one document from a stream of parse events without recursion, enforcing
 * {@link LoadLimits#maxDepth()} and {@link LoadLimits#maxNodesPerDocument()}, converting mapping keys to strings
 * like sigs.k8s.io/yaml and applying merge keys. Once {@link #failed()} the document is to be dropped.
 */
final class TreeAssembler {

    private enum KeyState {
        EXPECT_KEY, HAVE_KEY, MERGE, SKIP_VALUE
    }

    private static final class Frame {
        final int start;
        final boolean flow;
        final List<YamlNode> items;
        final EntryCollector entries;
        long weight = 1;
        int lastEnd;
        KeyState keyState = KeyState.EXPECT_KEY;
        String key;
        SourceRange keyRange;

        Frame(int start, boolean flow, boolean mapping) {
            this.start = start;
            this.flow = flow;
            this.lastEnd = start;
            this.items = mapping ? null : new ArrayList<>();
            this.entries = mapping ? new EntryCollector() : null;
        }
    }

    private final SourceText source;
    private final LoadLimits limits;
    private final List<Diagnostic> diagnostics;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private long nodes;
    private YamlNode root;
    private boolean failed;

    TreeAssembler(SourceText source, LoadLimits limits, List<Diagnostic> diagnostics) {
        this.source = source;
        this.limits = limits;
        this.diagnostics = diagnostics;
    }

    boolean failed() {
        return failed;
    }

    YamlNode root() {
        return root;
    }

    /** @return whether the next node completed is a mapping key */
    boolean expectsKey() {
        Frame top = stack.peek();
        return top != null && top.entries != null && top.keyState == KeyState.EXPECT_KEY;
    }

    /** Marks the pending key as a merge key ({@code <<}): the next value is merged into the current mapping. */
    void mergeKey() {
        stack.element().keyState = KeyState.MERGE;
    }

    /** @return false if the document failed because it nests too deep or has too many nodes */
    boolean startCollection(int start, boolean mapping, boolean flow) {
        if (stack.size() >= limits.maxDepth()) {
            fail(DiagnosticCodes.YAML_TOO_DEEP, "document nests deeper than " + limits.maxDepth() + " levels",
                    source.range(start, start + 1));
            return false;
        }
        if (!count(1, start)) {
            return false;
        }
        stack.push(new Frame(start, flow, mapping));
        return true;
    }

    /** Ends the innermost collection; {@code end} is used for flow collections, block ones end at their last child. */
    YamlNode endCollection(int end) {
        Frame frame = stack.pop();
        SourceRange range = source.range(frame.start, frame.flow ? end : frame.lastEnd);
        if (frame.entries != null) {
            return new YamlMapping(range, frame.entries.entries());
        }
        return new YamlSequence(range, frame.items);
    }

    /** @return the weight (expanded node count) of the collection {@link #endCollection} is about to end */
    long currentWeight() {
        return stack.element().weight;
    }

    /**
     * Counts nodes against the budget, an alias counting as the weight of what it expands to.
     *
     * @return false if the document failed
     */
    boolean count(long weight, int offset) {
        nodes += weight;
        if (nodes > limits.maxNodesPerDocument()) {
            fail(DiagnosticCodes.YAML_TOO_MANY_NODES, "document expands to more than " + limits.maxNodesPerDocument()
                    + " nodes (aliases are counted as often as they are used)", source.range(offset, offset + 1));
            return false;
        }
        return true;
    }

    /** Adds a completed node, already counted, that ends at {@code end}, as a key, a value or the root. */
    void add(YamlNode node, long weight, int end) {
        Frame parent = stack.peek();
        if (parent == null) {
            root = node;
            checkValue(node);
            return;
        }
        parent.weight += weight;
        parent.lastEnd = Math.max(parent.lastEnd, end);
        if (parent.items != null) {
            checkValue(node);
            parent.items.add(node);
            return;
        }
        switch (parent.keyState) {
            case EXPECT_KEY -> acceptKey(parent, node);
            case HAVE_KEY -> {
                checkValue(node);
                SourceRange first = parent.entries.put(parent.key, parent.keyRange, node);
                if (first != null) {
                    diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_DUPLICATE_KEY, "mapping key \"" + parent.key
                            + "\" already defined at line " + first.line() + ", column " + first.column(),
                            parent.keyRange));
                }
                parent.keyState = KeyState.EXPECT_KEY;
            }
            case MERGE -> {
                merge(parent, node);
                parent.keyState = KeyState.EXPECT_KEY;
            }
            case SKIP_VALUE -> parent.keyState = KeyState.EXPECT_KEY;
        }
    }

    private void acceptKey(Frame frame, YamlNode node) {
        String key = node instanceof YamlScalar scalar ? keyText(scalar) : null;
        if (key == null) {
            String type = node instanceof YamlScalar scalar ? keyTypeName(scalar) : node.jsonTypeName();
            diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_INVALID_KEY,
                    "unsupported map key of type " + type + "; keys must be strings, numbers or booleans",
                    node.range()));
            frame.keyState = KeyState.SKIP_VALUE;
            return;
        }
        frame.key = key;
        frame.keyRange = node.range();
        frame.keyState = KeyState.HAVE_KEY;
    }

    private void merge(Frame frame, YamlNode value) {
        if (value instanceof YamlMapping mapping) {
            mapping.entries().forEach(frame.entries::merge);
            return;
        }
        if (value instanceof YamlSequence sequence
                && sequence.items().stream().allMatch(YamlMapping.class::isInstance)) {
            for (int i = sequence.items().size() - 1; i >= 0; i--) {
                ((YamlMapping) sequence.items().get(i)).entries().forEach(frame.entries::merge);
            }
            return;
        }
        diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_MERGE,
                "map merge requires map or sequence of maps as the value", value.range()));
    }

    private void checkValue(YamlNode node) {
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.FLOAT
                && GoFloats.isNonFiniteText(scalar.text())) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_INVALID_VALUE,
                    "json: unsupported value: " + scalar.text(), scalar.range()));
        }
    }

    /** @return the key as sigs.k8s.io/yaml turns it into a JSON object key, or {@code null} if it cannot */
    private static String keyText(YamlScalar key) {
        return switch (key.kind()) {
            case STRING, BOOL -> key.text();
            case INT -> GoIntegers.parseJsonInteger(key.text(), Long.MIN_VALUE, Long.MAX_VALUE) == null
                    ? null
                    : key.text();
            case FLOAT -> floatKey(key.text());
            case NULL -> null;
        };
    }

    private static String floatKey(String text) {
        if (GoFloats.isNonFiniteText(text)) {
            return GoFloats.yamlNonFinite(text);
        }
        return GoFloats.formatG(GoFloats.parse(text), true);
    }

    private static String keyTypeName(YamlScalar key) {
        return key.kind() == YamlScalar.Kind.NULL ? "<nil>" : "uint64";
    }

    void fail(String code, String message, SourceRange range) {
        failed = true;
        diagnostics.add(Diagnostic.error(code, message, range));
    }
}
