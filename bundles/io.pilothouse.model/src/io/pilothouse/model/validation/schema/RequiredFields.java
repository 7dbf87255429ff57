package io.pilothouse.model.validation.schema;

import java.util.List;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Fix;

/**
 * The fix of a missing required field: the field with an empty value of its type, for the author to fill in
 * ({@code ""}, {@code 0}, {@code false}, {@code {}} or {@code []}). A required field with a schema default is never
 * missing (the API server defaults it before it validates), so there is no default to offer.
 */
final class RequiredFields {

    private RequiredFields() {}

    static Fix add(EObject object, EStructuralFeature feature) {
        return new Fix.SetValue("Add required field " + FieldPaths.jsonName(feature), object, feature,
                emptyValue(feature));
    }

    private static Object emptyValue(EStructuralFeature feature) {
        if (feature.isMany()) {
            return List.of();
        }
        if (feature instanceof EReference reference) {
            return EcoreUtil.create(reference.getEReferenceType());
        }
        EDataType type = (EDataType) feature.getEType();
        Class<?> instance = type.getInstanceClass();
        String literal = instance == boolean.class || instance == Boolean.class
                ? "false"
                : instance != null && (instance.isPrimitive() || Number.class.isAssignableFrom(instance)) ? "0" : "";
        return EcoreUtil.createFromString(type, literal);
    }
}
