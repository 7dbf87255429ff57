package io.pilothouse.model.io;

/**
 * A node of the JSON-equivalent value tree read from YAML or JSON: what sigs.k8s.io/yaml would hand to the JSON
 * decoder, with aliases expanded (as shared subtrees) and merge keys applied, plus the source range of every node.
 * Nodes synthesized from a model have a {@code null} range.
 */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

    /** @return where the node was read from, or {@code null} for a synthesized node */
    SourceRange range();

    /** @return the JSON type name the Go JSON decoder uses for this node: object, array, string, number, bool, null */
    String jsonTypeName();
}
