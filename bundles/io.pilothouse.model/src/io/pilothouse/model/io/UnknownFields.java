package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;

/**
 * The JSON properties a schema does not know, kept per EObject (by identity) in source order so that writing the
 * model back re-emits them.
 */
public final class UnknownFields {

    private final Map<EObject, List<YamlMapping.Entry>> fields = new IdentityHashMap<>();

    /** @return the unknown properties of an object, in source order; empty if none */
    public List<YamlMapping.Entry> of(EObject object) {
        List<YamlMapping.Entry> entries = fields.get(object);
        return entries == null ? List.of() : List.copyOf(entries);
    }

    /** Records an unknown property of an object, e.g. to carry it over to a copy. */
    public void add(EObject object, YamlMapping.Entry entry) {
        fields.computeIfAbsent(object, key -> new ArrayList<>()).add(entry);
    }

    /** @return the number of objects with unknown properties */
    public int size() {
        return fields.size();
    }
}
