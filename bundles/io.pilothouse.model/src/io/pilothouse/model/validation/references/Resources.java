package io.pilothouse.model.validation.references;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import java.util.Map;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The identity of a top-level resource read from its EClass annotations and its {@code metadata}: API group, kind,
 * namespace and name. Versions of one kind ({@code autoscaling/v1} and {@code autoscaling/v2}
 * HorizontalPodAutoscaler) share one identity, as they do in the API server.
 */
public final class Resources {

    /** The namespace of a namespaced resource that does not name one. */
    public static final String DEFAULT_NAMESPACE = "default";

    private Resources() {}

    /** @return the {@code apiVersion} of the resource's kind ({@code apps/v1}, {@code v1}) */
    public static String apiVersion(EObject resource) {
        String gvk = gvk(resource.eClass());
        return gvk.substring(0, gvk.lastIndexOf('/'));
    }

    /** @return the API group of the resource's kind, empty for the core group */
    public static String group(EObject resource) {
        return groupOf(apiVersion(resource));
    }

    /** @return the group of an {@code apiVersion}: the part before the slash, empty for {@code v1} */
    public static String groupOf(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** @return the kind of the resource ({@code Deployment}) */
    public static String kind(EObject resource) {
        String gvk = gvk(resource.eClass());
        return gvk.substring(gvk.lastIndexOf('/') + 1);
    }

    /** @return whether the resource's kind lives in a namespace */
    public static boolean namespaced(EObject resource) {
        return !"false".equals(EcoreUtil.getAnnotation(resource.eClass(), KindRegistry.ANNOTATION_SOURCE,
                "namespaced"));
    }

    /** @return the {@code metadata} of a resource, or {@code null} */
    public static ObjectMeta metadata(EObject resource) {
        EStructuralFeature feature = resource.eClass().getEStructuralFeature("metadata");
        return feature != null && resource.eGet(feature) instanceof ObjectMeta meta ? meta : null;
    }

    /** @return {@code metadata.name}, empty when unset */
    public static String name(EObject resource) {
        ObjectMeta meta = metadata(resource);
        return meta == null || meta.getName() == null ? "" : meta.getName();
    }

    /** @return the namespace of a namespaced resource ({@code default} when unset), empty for cluster-scoped kinds */
    public static String namespace(EObject resource) {
        if (!namespaced(resource)) {
            return "";
        }
        ObjectMeta meta = metadata(resource);
        return meta == null || meta.getNamespace() == null || meta.getNamespace().isEmpty()
                ? DEFAULT_NAMESPACE
                : meta.getNamespace();
    }

    /** @return the labels of a resource's metadata (empty when unset) */
    public static Map<String, String> labels(ObjectMeta meta) {
        return meta == null ? Map.of() : meta.getLabels().map();
    }

    /** @return whether the EClass is a kind (carries a {@code gvk} annotation) */
    public static boolean isKind(EClass eClass) {
        return EcoreUtil.getAnnotation(eClass, KindRegistry.ANNOTATION_SOURCE, "gvk") != null;
    }

    private static String gvk(EClass eClass) {
        String gvk = EcoreUtil.getAnnotation(eClass, KindRegistry.ANNOTATION_SOURCE, "gvk");
        if (gvk == null) {
            throw new IllegalArgumentException(eClass.getName() + " is not a kind");
        }
        int comma = gvk.indexOf(',');
        return comma < 0 ? gvk : gvk.substring(0, comma);
    }
}
