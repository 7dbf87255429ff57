package io.pilothouse.model.io;

import java.util.List;

/** A sequence (JSON array). */
public record YamlSequence(SourceRange range, List<YamlNode> items) implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String jsonTypeName() {
        return "array";
    }
}
