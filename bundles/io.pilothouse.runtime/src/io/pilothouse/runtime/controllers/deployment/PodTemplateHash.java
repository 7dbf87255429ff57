package io.pilothouse.runtime.controllers.deployment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

/**
 * The {@code pod-template-hash} of a template, shaped as upstream's {@code controller.ComputeHash}: the FNV-32a hash
 * of the template, then of the collision count as four little-endian bytes when it is set, written as the decimal
 * text of the unsigned hash with each character mapped to the alphabet {@value #ALPHABET}
 * ({@code rand.SafeEncodeString}).
 * <p>
 * Upstream hashes Go's {@code spew} dump of its structs, which depends on Go's field order and type names; this
 * hashes a dump of the model instead (every set feature as {@code name=value} in the class's feature order, maps
 * in key order, nested objects in braces, lists in brackets), so the same template always gives the same hash, but
 * not upstream's value.
 */
final class PodTemplateHash {

    /** Upstream's {@code rand} alphabet: no vowels, no look-alike digits. */
    static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private PodTemplateHash() {}

    static String compute(PodTemplateSpec template, Integer collisionCount) {
        StringBuilder dump = new StringBuilder();
        write(dump, template);
        int hash = FNV_OFFSET;
        for (byte b : dump.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        if (collisionCount != null) {
            int count = collisionCount;
            for (int i = 0; i < 4; i++) {
                hash = (hash ^ ((count >>> (8 * i)) & 0xff)) * FNV_PRIME;
            }
        }
        return safeEncode(Integer.toUnsignedString(hash));
    }

    static String safeEncode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            encoded.append(ALPHABET.charAt(text.charAt(i) % ALPHABET.length()));
        }
        return encoded.toString();
    }

    private static void write(StringBuilder dump, Object value) {
        if (value instanceof EMap<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> entry : map) {
                sorted.put(String.valueOf(entry.getKey()), entry.getValue());
            }
            dump.append('{');
            sorted.forEach((key, entryValue) -> {
                quote(dump, key);
                dump.append(':');
                write(dump, entryValue);
                dump.append(',');
            });
            dump.append('}');
        } else if (value instanceof List<?> list) {
            dump.append('[');
            for (Object element : list) {
                write(dump, element);
                dump.append(',');
            }
            dump.append(']');
        } else if (value instanceof EObject object) {
            dump.append('{');
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (object.eIsSet(feature)) {
                    dump.append(feature.getName()).append('=');
                    write(dump, object.eGet(feature));
                    dump.append(',');
                }
            }
            dump.append('}');
        } else if (value instanceof String text) {
            quote(dump, text);
        } else {
            dump.append(value);
        }
    }

    private static void quote(StringBuilder dump, String text) {
        dump.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
