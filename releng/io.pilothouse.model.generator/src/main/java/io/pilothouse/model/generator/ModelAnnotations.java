package io.pilothouse.model.generator;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EcoreFactory;

/**
 * The EAnnotation vocabulary that keeps the structural facts of the OpenAPI schemas on the Ecore model.
 */
public final class ModelAnnotations {

    /** The source of every Pilothouse annotation. */
    public static final String SOURCE = "https://pilothouse.io/openapi";

    /** Comma-separated {@code apiVersion/Kind} list of a kind's EClass. */
    public static final String GVK = "gvk";
    /** The OpenAPI definition (or CRD schema location) an EClass or EDataType comes from. */
    public static final String DEFINITION = "definition";
    /** {@code true} or {@code false} for kinds served by the API. */
    public static final String NAMESPACED = "namespaced";
    /** The kind's page in the official API reference. */
    public static final String DOC_URL = "docUrl";
    /** The original JSON property name of a feature. */
    public static final String JSON_NAME = "jsonName";
    /** {@code true} when the property is listed in its schema's {@code required}. */
    public static final String REQUIRED = "required";
    /** {@code true} when the feature holds an int-or-string value. */
    public static final String INT_OR_STRING = "intOrString";
    /** Prefix of the facts of an array's items when they are not an EClass of their own. */
    public static final String ITEMS_PREFIX = "items.";
    /** Prefix of the facts of a map's values when they are not an EClass of their own. */
    public static final String VALUES_PREFIX = "values.";

    private ModelAnnotations() {}

    static void put(EModelElement element, String key, String value) {
        EAnnotation annotation = element.getEAnnotation(SOURCE);
        if (annotation == null) {
            annotation = EcoreFactory.eINSTANCE.createEAnnotation();
            annotation.setSource(SOURCE);
            element.getEAnnotations().add(annotation);
        }
        annotation.getDetails().put(key, value);
    }

    /** The value of one annotation key, or {@code null}. */
    public static String get(EModelElement element, String key) {
        return element.getEAnnotation(SOURCE) == null ? null : element.getEAnnotation(SOURCE).getDetails().get(key);
    }
}
