package io.pilothouse.model.generator;

import java.util.Map;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;

/**
 * The EDataTypes of the Kubernetes value types, all in the meta/v1 package: {@code Quantity}, {@code IntOrString},
 * {@code Time}, {@code MicroTime} and {@code Duration} (instance classes in {@code io.pilothouse.model.types}) and
 * {@code JSON} for free-form JSON ({@code com.fasterxml.jackson.databind.JsonNode}). Their GenModel
 * {@code create}/{@code convert} bodies make the generated factory convert them without hand-written code.
 */
final class SpecialTypes {

    static final String GENMODEL_SOURCE = "http://www.eclipse.org/emf/2002/GenModel";
    private static final String TYPES_PACKAGE = "io.pilothouse.model.types.";
    private static final String APIMACHINERY = "io.k8s.apimachinery.pkg.";
    private static final String APIEXTENSIONS = "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.";
    private static final String CONVERT = "return it == null ? null : it.toString();";
    private static final String JSON_CREATE = """
            if (it == null) {
                return null;
            }
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(it);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e);
            }""";

    private final EDataType quantity;
    private final EDataType intOrString;
    private final EDataType time;
    private final EDataType microTime;
    private final EDataType duration;
    private final EDataType json;
    private final Map<String, EDataType> byDefinition;

    SpecialTypes(EPackage meta) {
        quantity = valueType(meta, "Quantity", APIMACHINERY + "api.resource.Quantity");
        intOrString = valueType(meta, "IntOrString", APIMACHINERY + "util.intstr.IntOrString");
        time = valueType(meta, "Time", APIMACHINERY + "apis.meta.v1.Time");
        microTime = valueType(meta, "MicroTime", APIMACHINERY + "apis.meta.v1.MicroTime");
        duration = valueType(meta, "Duration", null);
        json = dataType(meta, "JSON", "com.fasterxml.jackson.databind.JsonNode", JSON_CREATE);
        byDefinition = Map.ofEntries(
                Map.entry(definition(quantity), quantity),
                Map.entry(definition(intOrString), intOrString),
                Map.entry(definition(time), time),
                Map.entry(definition(microTime), microTime),
                Map.entry(APIMACHINERY + "runtime.RawExtension", json),
                Map.entry(APIMACHINERY + "apis.meta.v1.FieldsV1", json),
                Map.entry(APIMACHINERY + "apis.meta.v1.Patch", json),
                Map.entry(APIEXTENSIONS + "JSON", json),
                Map.entry(APIEXTENSIONS + "JSONSchemaPropsOrArray", json),
                Map.entry(APIEXTENSIONS + "JSONSchemaPropsOrBool", json),
                Map.entry(APIEXTENSIONS + "JSONSchemaPropsOrStringArray", json));
    }

    /** The EDataType an OpenAPI definition maps to, or {@code null} when the definition becomes an EClass. */
    EDataType forDefinition(String definitionName) {
        return byDefinition.get(definitionName);
    }

    EDataType quantity() {
        return quantity;
    }

    EDataType intOrString() {
        return intOrString;
    }

    EDataType time() {
        return time;
    }

    EDataType duration() {
        return duration;
    }

    EDataType json() {
        return json;
    }

    private static String definition(EDataType dataType) {
        return ModelAnnotations.get(dataType, ModelAnnotations.DEFINITION);
    }

    private static EDataType valueType(EPackage meta, String name, String definition) {
        EDataType dataType = dataType(meta, name, TYPES_PACKAGE + name,
                "return it == null ? null : " + TYPES_PACKAGE + name + ".valueOf(it);");
        if (definition != null) {
            ModelAnnotations.put(dataType, ModelAnnotations.DEFINITION, definition);
        }
        return dataType;
    }

    private static EDataType dataType(EPackage meta, String name, String instanceClass, String create) {
        EDataType dataType = EcoreFactory.eINSTANCE.createEDataType();
        dataType.setName(name);
        dataType.setInstanceClassName(instanceClass);
        EAnnotation genModel = EcoreFactory.eINSTANCE.createEAnnotation();
        genModel.setSource(GENMODEL_SOURCE);
        genModel.getDetails().put("create", create);
        genModel.getDetails().put("convert", CONVERT);
        dataType.getEAnnotations().add(genModel);
        ModelPackages.addClassifier(meta, dataType);
        return dataType;
    }
}
