package io.pilothouse.model.validation.fix;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;

/**
 * The value trees of one input, counting how often each node is reached: a node reached more than once is shared
 * through an alias, and editing its text would change every place that refers to it.
 */
final class NodeIndex {

    private final List<YamlDocument> documents;
    private final Map<YamlNode, Integer> visits = new IdentityHashMap<>();

    NodeIndex(List<YamlDocument> documents) {
        this.documents = documents;
        documents.forEach(document -> visit(document.root()));
    }

    /** @return the mapping read from exactly {@code range}, when it is not shared */
    Optional<YamlMapping> mapping(SourceRange range) {
        List<YamlMapping> found = visits.keySet().stream()
                .filter(node -> node instanceof YamlMapping && node.range() != null
                        && node.range().offset() == range.offset() && node.range().length() == range.length())
                .map(YamlMapping.class::cast).toList();
        return found.size() == 1 && unshared(found.get(0)) ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** @return the document holding {@code offset} */
    Optional<YamlDocument> documentAt(int offset) {
        return documents.stream().filter(document -> document.range() != null
                && document.range().offset() <= offset && offset < document.range().endOffset()).findFirst();
    }

    /** @return whether the node and everything under it is reached only once */
    boolean unshared(YamlNode node) {
        if (visits.getOrDefault(node, 0) != 1) {
            return false;
        }
        return switch (node) {
            case YamlMapping mapping -> mapping.entries().stream().allMatch(entry -> unshared(entry.value()));
            case YamlSequence sequence -> sequence.items().stream().allMatch(this::unshared);
            case YamlScalar scalar -> true;
        };
    }

    private void visit(YamlNode node) {
        if (visits.merge(node, 1, Integer::sum) > 1) {
            return;
        }
        switch (node) {
            case YamlMapping mapping -> mapping.entries().forEach(entry -> visit(entry.value()));
            case YamlSequence sequence -> sequence.items().forEach(this::visit);
            case YamlScalar scalar -> {
                // a leaf
            }
        }
    }
}
