package io.pilothouse.lang.schema;

import java.util.List;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the schema says about one field of an object.
 *
 * @param name       the JSON name of the field
 * @param owner      the class the field belongs to
 * @param feature    the field's feature
 * @param type       the type of its value
 * @param required   whether the API requires it
 * @param defaultValue the value the API server assumes when it is not set, as YAML text, or {@code null}
 * @param enumValues the values allowed for the field (or its items), empty when any value of its type is
 * @param format     the OpenAPI format ({@code int32}, {@code date-time}...), or {@code null}
 * @param docUrl     the page of the official API reference that documents the field
 */
public record SchemaField(String name, EClass owner, EStructuralFeature feature, SchemaType type, boolean required,
        String defaultValue, List<String> enumValues, String format, String docUrl) {

    public SchemaField {
        enumValues = List.copyOf(enumValues);
    }
}
