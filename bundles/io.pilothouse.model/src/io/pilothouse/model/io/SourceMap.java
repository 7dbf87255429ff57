package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where each bound EObject and each feature value came from, kept beside the model (not in adapters) and keyed by
 * object identity. Map features are lists of entry objects: an entry's range and its item range are those of its
 * key, and the entry's {@code value} feature has the range of the value.
 */
public final class SourceMap {

    /** The ranges of one object; feature slots are indexed by feature ID. */
    private static final class Ranges {
        final SourceRange object;
        SourceRange[] keys;
        SourceRange[] values;
        List<List<SourceRange>> items;

        Ranges(SourceRange object) {
            this.object = object;
        }
    }

    private final Map<EObject, Ranges> ranges = new IdentityHashMap<>();

    /** @return the range of the mapping an object was read from */
    public Optional<SourceRange> rangeOf(EObject object) {
        Ranges entry = ranges.get(object);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.object);
    }

    /** @return the range of the value of a feature (the whole sequence or mapping for lists and maps) */
    public Optional<SourceRange> rangeOf(EObject object, EStructuralFeature feature) {
        return slot(object, feature, false);
    }

    /** @return the range of the key naming a feature */
    public Optional<SourceRange> keyRangeOf(EObject object, EStructuralFeature feature) {
        return slot(object, feature, true);
    }

    /** @return the range of item {@code index} of a many-valued feature */
    public Optional<SourceRange> rangeOf(EObject object, EStructuralFeature feature, int index) {
        Ranges entry = ranges.get(object);
        int id = object.eClass().getFeatureID(feature);
        if (entry == null || entry.items == null || id < 0 || entry.items.get(id) == null) {
            return Optional.empty();
        }
        List<SourceRange> items = entry.items.get(id);
        return index >= 0 && index < items.size() ? Optional.ofNullable(items.get(index)) : Optional.empty();
    }

    /** @return the number of objects with a recorded range */
    public int size() {
        return ranges.size();
    }

    void putObject(EObject object, SourceRange range) {
        ranges.put(object, new Ranges(range));
    }

    void putFeature(EObject object, EStructuralFeature feature, SourceRange key, SourceRange value) {
        Ranges entry = ranges.get(object);
        int id = object.eClass().getFeatureID(feature);
        if (entry.keys == null) {
            int count = object.eClass().getFeatureCount();
            entry.keys = new SourceRange[count];
            entry.values = new SourceRange[count];
        }
        entry.keys[id] = key;
        entry.values[id] = value;
    }

    void addItem(EObject object, EStructuralFeature feature, SourceRange item) {
        Ranges entry = ranges.get(object);
        int id = object.eClass().getFeatureID(feature);
        if (entry.items == null) {
            int count = object.eClass().getFeatureCount();
            entry.items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entry.items.add(null);
            }
        }
        if (entry.items.get(id) == null) {
            entry.items.set(id, new ArrayList<>());
        }
        entry.items.get(id).add(item);
    }

    private Optional<SourceRange> slot(EObject object, EStructuralFeature feature, boolean key) {
        Ranges entry = ranges.get(object);
        int id = object.eClass().getFeatureID(feature);
        if (entry == null || entry.keys == null || id < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(key ? entry.keys[id] : entry.values[id]);
    }
}
