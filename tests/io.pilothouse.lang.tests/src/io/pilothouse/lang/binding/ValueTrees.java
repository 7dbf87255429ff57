package io.pilothouse.lang.binding;

import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import java.util.List;

/** Writes value trees as text without their source ranges, so the trees of two parsers can be compared. */
final class ValueTrees {

    private ValueTrees() {}

    static String text(List<YamlDocument> documents) {
        StringBuilder out = new StringBuilder();
        for (YamlDocument document : documents) {
            write(document.root(), out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void write(YamlNode node, StringBuilder out) {
        switch (node) {
            case YamlScalar scalar -> out.append(scalar.kind()).append('(').append(quote(scalar.text())).append(')');
            case YamlSequence sequence -> {
                out.append('[');
                sequence.items().forEach(item -> {
                    write(item, out);
                    out.append(',');
                });
                out.append(']');
            }
            case YamlMapping mapping -> {
                out.append('{');
                mapping.entries().forEach(entry -> {
                    out.append(quote(entry.key())).append(':');
                    write(entry.value(), out);
                    out.append(',');
                });
                out.append('}');
            }
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
