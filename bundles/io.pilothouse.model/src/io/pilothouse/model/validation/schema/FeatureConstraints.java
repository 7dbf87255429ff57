package io.pilothouse.model.validation.schema;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.schema.ValueConstraints.Violation;

/**
 * The schema constraints of one feature, read once: required-ness (a field with a default is never missing, as
 * the API server defaults before it validates), constraints on the value, on each item and on each map value, and
 * on the number of items.
 */
record FeatureConstraints(EStructuralFeature feature, boolean required, ValueConstraints value,
        ValueConstraints items, ValueConstraints values, Integer minItems, Integer maxItems, Integer maxProperties) {

    /** @return the constraints of a feature, or {@code null} when it has none */
    static FeatureConstraints read(EStructuralFeature feature) {
        boolean required = "true".equals(ValueConstraints.annotation(feature, "required"))
                && ValueConstraints.annotation(feature, "default") == null;
        boolean map = FieldPaths.isMapEntry(feature);
        ValueConstraints value = feature.isMany() ? null : ValueConstraints.read(feature, "");
        ValueConstraints items = feature.isMany() && !map ? ValueConstraints.read(feature, "items.") : null;
        ValueConstraints values = map ? ValueConstraints.read(feature, "values.") : null;
        Integer minItems = ValueConstraints.integer(ValueConstraints.annotation(feature, "minItems"));
        Integer maxItems = ValueConstraints.integer(ValueConstraints.annotation(feature, "maxItems"));
        Integer maxProperties = ValueConstraints.integer(ValueConstraints.annotation(feature, "maxProperties"));
        if (!required && value == null && items == null && values == null && minItems == null && maxItems == null
                && maxProperties == null) {
            return null;
        }
        return new FeatureConstraints(feature, required, value, items, values, minItems, maxItems, maxProperties);
    }

    /** Adds the violations of the feature's value in {@code object}. */
    void check(EObject object, List<Violation> out) {
        if (!object.eIsSet(feature)) {
            if (required) {
                out.add(new Violation(SchemaRules.REQUIRED, FieldErrors.required(FieldPaths.of(object, feature),
                        null), RequiredFields.add(object, feature)));
            }
            return;
        }
        Object content = object.eGet(feature);
        if (value != null) {
            value.check(FieldPaths.of(object, feature), content, out);
        }
        if (!(content instanceof List<?> list)) {
            return;
        }
        String path = FieldPaths.of(object, feature);
        if (maxItems != null && list.size() > maxItems) {
            out.add(new Violation(SchemaRules.ITEM_COUNT, FieldErrors.tooMany(path, list.size(), maxItems)));
        }
        if (maxProperties != null && list.size() > maxProperties) {
            out.add(new Violation(SchemaRules.ITEM_COUNT, FieldErrors.tooMany(path, list.size(), maxProperties)));
        }
        if (minItems != null && list.size() < minItems) {
            out.add(new Violation(SchemaRules.ITEM_COUNT, FieldErrors.invalid(path, list.size(),
                    path + " in body should have at least " + minItems + " items")));
        }
        if (items != null) {
            for (int i = 0; i < list.size(); i++) {
                items.check(path + '[' + i + ']', list.get(i), out);
            }
        }
        if (values != null) {
            for (Object item : list) {
                EObject entry = (EObject) item;
                values.check(FieldPaths.of(entry), entry.eGet(entry.eClass().getEStructuralFeature("value")), out);
            }
        }
    }
}
