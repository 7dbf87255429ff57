package io.pilothouse.lang.ide.format;

import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import java.util.List;

/** Whether two value trees mean the same, wherever their nodes are in the text. */
public final class ValueTreeEquality {

    private ValueTreeEquality() {}

    /** @return whether both lists hold documents with equal values, in the same order */
    public static boolean same(List<YamlDocument> a, List<YamlDocument> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i).root(), b.get(i).root())) {
                return false;
            }
        }
        return true;
    }

    /** @return whether both nodes have equal values, scalars of the same kind, text and style */
    public static boolean same(YamlNode a, YamlNode b) {
        return switch (a) {
            case YamlScalar scalar -> b instanceof YamlScalar other && scalar.kind() == other.kind()
                    && scalar.text().equals(other.text()) && scalar.style() == other.style();
            case YamlSequence sequence -> b instanceof YamlSequence other
                    && sequence.items().size() == other.items().size() && sameItems(sequence, other);
            case YamlMapping mapping -> b instanceof YamlMapping other
                    && mapping.entries().size() == other.entries().size() && sameEntries(mapping, other);
            case null -> b == null;
        };
    }

    private static boolean sameItems(YamlSequence a, YamlSequence b) {
        for (int i = 0; i < a.items().size(); i++) {
            if (!same(a.items().get(i), b.items().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEntries(YamlMapping a, YamlMapping b) {
        for (int i = 0; i < a.entries().size(); i++) {
            YamlMapping.Entry left = a.entries().get(i);
            YamlMapping.Entry right = b.entries().get(i);
            if (!left.key().equals(right.key()) || !same(left.value(), right.value())) {
                return false;
            }
        }
        return true;
    }
}
