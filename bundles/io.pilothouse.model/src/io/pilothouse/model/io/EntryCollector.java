package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the entries of one mapping in source order. A key written twice is a duplicate; keys brought in by a
 * merge key ({@code <<}) are assigned in document order like go-yaml v2 does (a later assignment wins, and the
 * mappings of a merged sequence are applied last to first so that earlier ones take precedence), without being
 * reported as duplicates.
 */
final class EntryCollector {

    private static final class Slot {
        SourceRange keyRange;
        YamlNode value;
        boolean merged;

        Slot(SourceRange keyRange, YamlNode value, boolean merged) {
            this.keyRange = keyRange;
            this.value = value;
            this.merged = merged;
        }
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();

    /** @return the range of the earlier explicit key if {@code key} is a duplicate (nothing is changed then) */
    SourceRange put(String key, SourceRange keyRange, YamlNode value) {
        Slot existing = slots.get(key);
        if (existing == null) {
            slots.put(key, new Slot(keyRange, value, false));
            return null;
        }
        if (!existing.merged) {
            return existing.keyRange;
        }
        existing.keyRange = keyRange;
        existing.value = value;
        existing.merged = false;
        return null;
    }

    void merge(YamlMapping.Entry entry) {
        Slot existing = slots.get(entry.key());
        if (existing == null) {
            slots.put(entry.key(), new Slot(entry.keyRange(), entry.value(), true));
        } else {
            existing.keyRange = entry.keyRange();
            existing.value = entry.value();
            existing.merged = true;
        }
    }

    List<YamlMapping.Entry> entries() {
        List<YamlMapping.Entry> entries = new ArrayList<>(slots.size());
        slots.forEach((key, slot) -> entries.add(new YamlMapping.Entry(key, slot.keyRange, slot.value)));
        return entries;
    }
}
