package io.pilothouse.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Turns one OpenAPI property into an EStructuralFeature: scalars and value types become EAttributes, objects
 * become containment EReferences, arrays become many-valued features and {@code additionalProperties} maps become
 * EMaps of a map-entry EClass with a String key.
 */
final class FeatureBuilder {

    /** Resolves the schemas that name or make an EClass. */
    interface TypeResolver {

        /** The classifier of a {@code $ref}erenced definition. */
        EClassifier definition(String definitionName);

        /** The EClass made from an inline object schema, or {@code null} if the schema makes none. */
        EClass inlineClass(JsonNode schema);
    }

    private static final String REF_PREFIX = "#/definitions/";

    private final ModelPackages packages;

    FeatureBuilder(ModelPackages packages) {
        this.packages = packages;
    }

    /** Adds the feature for property {@code jsonName} with {@code schema} to {@code owner}. */
    void add(EClass owner, String jsonName, JsonNode schema, boolean required, TypeResolver resolver) {
        EStructuralFeature feature;
        EClass valueClass = resolver.inlineClass(schema);
        JsonNode items = schema.get("items");
        JsonNode values = schema.get("additionalProperties");
        JsonNode element = null;
        String elementPrefix = ModelAnnotations.ITEMS_PREFIX;
        if (valueClass != null) {
            feature = create(valueClass, false);
        } else if (items != null && "array".equals(schema.path("type").asText())) {
            feature = create(typeOf(items, resolver), true);
            element = items;
        } else if (values != null && !schema.has("properties") && !values.isBoolean()) {
            boolean manyValues = "array".equals(values.path("type").asText()) && values.has("items");
            element = manyValues ? values.get("items") : values;
            elementPrefix = ModelAnnotations.VALUES_PREFIX;
            EClassifier valueType = typeOf(element, resolver);
            feature = create(packages.mapEntry(owner.getEPackage(), valueType, manyValues), true);
        } else {
            feature = create(typeOf(schema, resolver), false);
        }
        feature.setName(Names.featureName(jsonName));
        if (owner.getEStructuralFeature(feature.getName()) != null) {
            throw new IllegalStateException("Two features named " + feature.getName() + " in " + owner.getName());
        }
        owner.getEStructuralFeatures().add(feature);
        ModelAnnotations.put(feature, ModelAnnotations.JSON_NAME, jsonName);
        if (required) {
            ModelAnnotations.put(feature, ModelAnnotations.REQUIRED, "true");
        }
        if (feature.getEType() == packages.specialTypes().intOrString()) {
            ModelAnnotations.put(feature, ModelAnnotations.INT_OR_STRING, "true");
        }
        if (schema.has("$ref") && feature.getEType() instanceof EDataType) {
            ModelAnnotations.put(feature, ModelAnnotations.DEFINITION, definitionName(schema));
        }
        SchemaFacts.copy(schema, feature, "", valueClass == null ? SchemaFacts.Scope.ALL : SchemaFacts.Scope.VALUE);
        if (element != null) {
            boolean objectElement = resolver.inlineClass(element) != null;
            SchemaFacts.copy(element, feature, elementPrefix,
                    objectElement ? SchemaFacts.Scope.VALUE : SchemaFacts.Scope.ALL);
        }
    }

    /** The classifier of one value of {@code schema}. */
    private EClassifier typeOf(JsonNode schema, TypeResolver resolver) {
        SpecialTypes special = packages.specialTypes();
        EClass inline = resolver.inlineClass(schema);
        if (inline != null) {
            return inline;
        }
        if (schema.has("$ref")) {
            return resolver.definition(definitionName(schema));
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            return special.intOrString();
        }
        String format = schema.path("format").asText();
        return switch (schema.path("type").asText()) {
            case "string" -> switch (format) {
                case "date-time" -> special.time();
                case "duration" -> special.duration();
                case "int-or-string" -> special.intOrString();
                default -> EcorePackage.Literals.ESTRING;
            };
            case "integer" -> "int32".equals(format)
                    ? EcorePackage.Literals.EINTEGER_OBJECT
                    : EcorePackage.Literals.ELONG_OBJECT;
            case "number" -> EcorePackage.Literals.EDOUBLE_OBJECT;
            case "boolean" -> EcorePackage.Literals.EBOOLEAN_OBJECT;
            default -> special.json();
        };
    }

    private static String definitionName(JsonNode schema) {
        return schema.get("$ref").asText().substring(REF_PREFIX.length());
    }

    private static EStructuralFeature create(EClassifier type, boolean many) {
        EStructuralFeature feature;
        if (type instanceof EDataType) {
            feature = EcoreFactory.eINSTANCE.createEAttribute();
        } else {
            EReference reference = EcoreFactory.eINSTANCE.createEReference();
            reference.setContainment(true);
            feature = reference;
        }
        feature.setEType(type);
        feature.setUpperBound(many ? EStructuralFeature.UNBOUNDED_MULTIPLICITY : 1);
        return feature;
    }
}
