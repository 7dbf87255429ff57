package io.pilothouse.lang.schema;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The type of a value in a manifest: an object of an EClass, a list or a map of another type, or a scalar named as
 * the API reference names it ({@code string}, {@code integer}, {@code boolean}, {@code number}, {@code Quantity},
 * {@code IntOrString}, {@code Time}...).
 */
public record SchemaType(Shape shape, EClass eClass, String scalar, SchemaType element) {

    /** What a value is made of. */
    public enum Shape {
        OBJECT, LIST, MAP, SCALAR
    }

    /** @return the type of the whole value of {@code feature} (a list for a many-valued feature) */
    public static SchemaType of(EStructuralFeature feature) {
        SchemaType single = single(feature);
        return feature.isMany() && single.shape != Shape.MAP ? list(single) : single;
    }

    private static SchemaType single(EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            EClass type = reference.getEReferenceType();
            if (isMapEntry(type)) {
                return new SchemaType(Shape.MAP, null, null, of(type.getEStructuralFeature("value")));
            }
            return new SchemaType(Shape.OBJECT, type, null, null);
        }
        return new SchemaType(Shape.SCALAR, null, scalarName(((EAttribute) feature).getEAttributeType()), null);
    }

    /** @return the type of an object of {@code eClass} */
    public static SchemaType object(EClass eClass) {
        return new SchemaType(Shape.OBJECT, eClass, null, null);
    }

    private static SchemaType list(SchemaType element) {
        return new SchemaType(Shape.LIST, null, null, element);
    }

    /** @return the name of the type as the API reference writes it: {@code []Container}, {@code map[string]string} */
    public String display() {
        return switch (shape) {
            case OBJECT -> eClass.getName();
            case LIST -> "[]" + element.display();
            case MAP -> "map[string]" + element.display();
            case SCALAR -> scalar;
        };
    }

    private static String scalarName(EDataType type) {
        Class<?> instance = type.getInstanceClass();
        if (instance == String.class) {
            return "string";
        }
        if (instance == Integer.class || instance == Long.class) {
            return "integer";
        }
        if (instance == Boolean.class) {
            return "boolean";
        }
        if (instance == Double.class || instance == Float.class) {
            return "number";
        }
        if (instance == byte[].class) {
            return "[]byte";
        }
        return type.getName();
    }

    private static boolean isMapEntry(EClass eClass) {
        String name = eClass.getInstanceClassName();
        return "java.util.Map$Entry".equals(name) || "java.util.Map.Entry".equals(name);
    }
}
