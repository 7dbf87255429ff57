package io.pilothouse.model.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * What the engine needs to know about the EClass of a top-level resource (its default apiVersion and kind, whether
 * it is namespaced, its {@code metadata} feature), computed once per EClass from the OpenAPI annotations.
 */
public final class ResourceKinds {

    /** The facts of one kind. */
    private record KindInfo(String apiVersion, String kind, boolean namespaced, EStructuralFeature apiVersionFeature,
            EStructuralFeature kindFeature, EStructuralFeature metadataFeature) {}

    private static final Map<EClass, KindInfo> INFOS = new ConcurrentHashMap<>();

    private ResourceKinds() {}

    /** @return the identity of a resource; the namespace is the one written ({@code ""} when none is) */
    public static ObjectRef objectRef(EObject resource) {
        KindInfo info = info(resource.eClass());
        ObjectMeta metadata = metadata(resource);
        String namespace = metadata == null || !info.namespaced ? null : metadata.getNamespace();
        String name = metadata == null ? null : metadata.getName();
        if (name == null && metadata != null) {
            name = metadata.getGenerateName();
        }
        return new ObjectRef(string(resource, info.apiVersionFeature, info.apiVersion),
                string(resource, info.kindFeature, info.kind), namespace == null ? "" : namespace,
                name == null ? "" : name);
    }

    /** @return the {@code metadata} of a resource, or {@code null} when it has none */
    public static ObjectMeta metadata(EObject resource) {
        EStructuralFeature feature = info(resource.eClass()).metadataFeature;
        return feature == null ? null : (ObjectMeta) resource.eGet(feature);
    }

    /** @return whether resources of a kind live in a namespace (kinds without the annotation count as namespaced) */
    public static boolean isNamespaced(EClass kind) {
        return info(kind).namespaced;
    }

    /** @return the kind's name as the {@code gvk} annotation states it, else the EClass name */
    public static String kind(EClass kind) {
        return info(kind).kind;
    }

    /** @return the top-level object that contains {@code object} (the object itself when it has no container) */
    public static EObject resourceOf(EObject object) {
        EObject current = object;
        while (current.eContainer() != null) {
            current = current.eContainer();
        }
        return current;
    }

    private static KindInfo info(EClass eClass) {
        return INFOS.computeIfAbsent(eClass, ResourceKinds::compute);
    }

    private static KindInfo compute(EClass eClass) {
        String gvk = EcoreUtil.getAnnotation(eClass, KindRegistry.ANNOTATION_SOURCE, "gvk");
        String apiVersion = "";
        String kind = eClass.getName();
        if (gvk != null && !gvk.isEmpty()) {
            String first = gvk.split(",", -1)[0].trim();
            int slash = first.lastIndexOf('/');
            apiVersion = first.substring(0, Math.max(slash, 0));
            kind = first.substring(slash + 1);
        }
        boolean namespaced = !"false".equals(
                EcoreUtil.getAnnotation(eClass, KindRegistry.ANNOTATION_SOURCE, "namespaced"));
        EStructuralFeature metadata = eClass.getEStructuralFeature("metadata");
        if (metadata != null && !(metadata.getEType() instanceof EClass type
                && ObjectMeta.class.equals(type.getInstanceClass()))) {
            metadata = null;
        }
        return new KindInfo(apiVersion, kind, namespaced, eClass.getEStructuralFeature("apiVersion"),
                eClass.getEStructuralFeature("kind"), metadata);
    }

    private static String string(EObject object, EStructuralFeature feature, String fallback) {
        Object value = feature == null ? null : object.eGet(feature);
        return value instanceof String text && !text.isEmpty() ? text : fallback;
    }
}
