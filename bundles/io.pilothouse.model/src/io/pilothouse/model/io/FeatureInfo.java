package io.pilothouse.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** What the binder needs to know about one structural feature, computed once from Ecore and the annotations. */
final class FeatureInfo {

    private static final String INT_OR_STRING = "IntOrString";
    private static final String QUANTITY = "Quantity";

    final EStructuralFeature feature;
    final String jsonName;
    final ValueType type;
    final boolean many;
    /** The codec of a {@link ValueType#PARSED} feature. */
    final DataTypeCodec codec;
    /**
     * Whether a JSON integer is accepted (the data type named IntOrString, or an {@code intOrString} annotation) and
     * whether any JSON number is (the data type named Quantity).
     */
    final boolean acceptsInt;
    final boolean acceptsNumber;
    /** Whether a {@link ValueType#FLOAT64} feature holds a {@code float}. */
    final boolean float32;
    /** The class of an {@link ValueType#OBJECT} feature or the entry class of a {@link ValueType#MAP} feature. */
    final EClass eClass;

    FeatureInfo(EStructuralFeature feature) {
        this.feature = feature;
        String annotated = EcoreUtil.getAnnotation(feature, KindRegistry.ANNOTATION_SOURCE, "jsonName");
        this.jsonName = annotated != null ? annotated : feature.getName();
        this.many = feature.isMany();
        if (feature instanceof EReference reference) {
            this.eClass = reference.getEReferenceType();
            this.type = isMapEntry(eClass) ? ValueType.MAP : ValueType.OBJECT;
            this.codec = null;
            this.acceptsInt = false;
            this.acceptsNumber = false;
            this.float32 = false;
            return;
        }
        this.eClass = null;
        EDataType dataType = ((EAttribute) feature).getEAttributeType();
        Class<?> instanceClass = dataType.getInstanceClass();
        this.type = typeOf(dataType, instanceClass);
        this.codec = type == ValueType.PARSED ? DataTypeCodec.forType(instanceClass) : null;
        this.acceptsInt = codec != null && (INT_OR_STRING.equals(dataType.getName()) || "true".equals(
                EcoreUtil.getAnnotation(feature, KindRegistry.ANNOTATION_SOURCE, "intOrString")));
        this.acceptsNumber = codec != null && QUANTITY.equals(dataType.getName());
        this.float32 = instanceClass == float.class || instanceClass == Float.class;
    }

    /** @return the Go type name used in type mismatch messages (the element type for lists) */
    String goType() {
        return switch (type) {
            case STRING, ENUM -> "string";
            case INT32 -> "int32";
            case INT64 -> "int64";
            case BOOL -> "bool";
            case FLOAT64 -> "float64";
            case BYTES -> "[]uint8";
            case JSON -> "JSON";
            case PARSED, FACTORY -> ((EAttribute) feature).getEAttributeType().getName();
            case OBJECT -> eClass.getName();
            case MAP -> "map[string]" + KindRegistry.mapValue(eClass).goTypeWithMany();
        };
    }

    /** @return the Go type of the whole feature, {@code []T} for a list */
    String goTypeWithMany() {
        return many && type != ValueType.MAP ? "[]" + goType() : goType();
    }

    static boolean isMapEntry(EClass eClass) {
        String name = eClass.getInstanceClassName();
        return "java.util.Map$Entry".equals(name) || "java.util.Map.Entry".equals(name);
    }

    private static ValueType typeOf(EDataType dataType, Class<?> instanceClass) {
        if (dataType instanceof EEnum) {
            return ValueType.ENUM;
        }
        if (instanceClass == null) {
            return ValueType.FACTORY;
        }
        if (instanceClass == String.class) {
            return ValueType.STRING;
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return ValueType.INT32;
        }
        if (instanceClass == long.class || instanceClass == Long.class) {
            return ValueType.INT64;
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return ValueType.BOOL;
        }
        if (instanceClass == double.class || instanceClass == Double.class || instanceClass == float.class
                || instanceClass == Float.class) {
            return ValueType.FLOAT64;
        }
        if (instanceClass == byte[].class) {
            return ValueType.BYTES;
        }
        if (JsonNode.class.isAssignableFrom(instanceClass)) {
            return ValueType.JSON;
        }
        return DataTypeCodec.forType(instanceClass) != null ? ValueType.PARSED : ValueType.FACTORY;
    }
}
