package io.pilothouse.runtime.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * What the store needs to know about a kind, read from the annotations of its EClass.
 *
 * @param eClass       the generated class
 * @param gvk          from the {@code gvk} annotation
 * @param namespaced   from the {@code namespaced} annotation
 * @param resource     the group resource, for messages
 * @param specFeatures the features that make the spec: all but {@code apiVersion}, {@code kind}, {@code metadata}
 *                     and {@code status}
 * @param status       the {@code status} feature, or {@code null} when the kind has none
 */
public record KindInfo(EClass eClass, GroupVersionKind gvk, boolean namespaced, GroupResource resource,
        List<EStructuralFeature> specFeatures, EStructuralFeature status) {

    /** The source of the model's OpenAPI annotations. */
    public static final String ANNOTATION_SOURCE = "https://pilothouse.io/openapi";

    private static final List<String> NON_SPEC = List.of("apiVersion", "kind", "metadata", "status");
    private static final Map<EClass, KindInfo> CACHE = new ConcurrentHashMap<>();

    /**
     * The facts of a kind's EClass.
     *
     * @throws IllegalArgumentException when the class is not a served kind with {@code metadata}
     */
    public static KindInfo of(EClass eClass) {
        return CACHE.computeIfAbsent(eClass, KindInfo::read);
    }

    /** The group and kind. */
    public GroupKind groupKind() {
        return gvk.groupKind();
    }

    /** The metadata of an object of this kind, created empty when missing. */
    public ObjectMeta metadata(EObject object) {
        ObjectMeta metadata = metadataIfSet(object);
        if (metadata == null) {
            metadata = MetaV1Factory.eINSTANCE.createObjectMeta();
            object.eSet(eClass.getEStructuralFeature("metadata"), metadata);
        }
        return metadata;
    }

    /** The metadata of an object of this kind, or {@code null}; the object is not changed. */
    public ObjectMeta metadataIfSet(EObject object) {
        return (ObjectMeta) object.eGet(eClass.getEStructuralFeature("metadata"));
    }

    /** Whether two objects of this kind have equal specs (every feature but type, metadata and status). */
    public boolean sameSpec(EObject left, EObject right) {
        for (EStructuralFeature feature : specFeatures) {
            if (!sameValue(left, right, feature)) {
                return false;
            }
        }
        return true;
    }

    /** Sets {@code apiVersion} and {@code kind} of an object, when its class has them. */
    void stampType(EObject object) {
        EStructuralFeature apiVersion = eClass.getEStructuralFeature("apiVersion");
        EStructuralFeature kind = eClass.getEStructuralFeature("kind");
        if (apiVersion != null && kind != null) {
            object.eSet(apiVersion, gvk.apiVersion());
            object.eSet(kind, gvk.kind());
        }
    }

    /** Whether two objects of the kind have equal statuses (both none counts as equal). */
    boolean sameStatus(EObject left, EObject right) {
        return sameValue(left, right, status);
    }

    /** Copies the status of one object onto another (unset when the source has none). */
    void copyStatus(EObject from, EObject to) {
        if (from.eIsSet(status)) {
            to.eSet(status, EcoreUtil.copy((EObject) from.eGet(status)));
        } else {
            to.eUnset(status);
        }
    }

    /**
     * A status write for an object: a new object of this kind with the namespace, name and resourceVersion of
     * {@code current} (what a status update reads of it besides the status) and the given status, for
     * {@link ObjectStore#updateStatusShared}.
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T withStatus(T current, EObject newStatus) {
        ObjectMeta meta = metadata(current);
        ObjectMeta identity = MetaV1Factory.eINSTANCE.createObjectMeta();
        identity.setNamespace(meta.getNamespace());
        identity.setName(meta.getName());
        identity.setResourceVersion(meta.getResourceVersion());
        T object = (T) eClass.getEPackage().getEFactoryInstance().create(eClass);
        object.eSet(eClass.getEStructuralFeature("metadata"), identity);
        object.eSet(status, newStatus);
        return object;
    }

    /** Moves the status of one object onto another (unset when the source has none); the source loses it. */
    void moveStatus(EObject from, EObject to) {
        if (from.eIsSet(status)) {
            to.eSet(status, from.eGet(status));
        } else {
            to.eUnset(status);
        }
    }

    /** A deep copy of an object without its status (the whole object when the kind has none). */
    @SuppressWarnings("unchecked")
    <T extends EObject> T copyWithoutStatus(T object) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void copyContainment(EReference reference, EObject source, EObject copy) {
                if (reference != status) {
                    super.copyContainment(reference, source, copy);
                }
            }
        };
        T copy = (T) copier.copy(object);
        copier.copyReferences();
        return copy;
    }

    private static boolean sameValue(EObject left, EObject right, EStructuralFeature feature) {
        Object a = left.eGet(feature);
        Object b = right.eGet(feature);
        if (feature instanceof EReference) {
            if (feature.isMany()) {
                return EcoreUtil.equals(listOf(a), listOf(b));
            }
            return EcoreUtil.equals((EObject) a, (EObject) b);
        }
        return Objects.equals(a, b);
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> listOf(Object value) {
        return (List<EObject>) value;
    }

    private static KindInfo read(EClass eClass) {
        String gvk = EcoreUtil.getAnnotation(eClass, ANNOTATION_SOURCE, "gvk");
        String namespaced = EcoreUtil.getAnnotation(eClass, ANNOTATION_SOURCE, "namespaced");
        if (gvk == null || gvk.contains(",") || namespaced == null
                || eClass.getEStructuralFeature("metadata") == null) {
            throw new IllegalArgumentException(eClass.getName() + " is not a kind the API serves");
        }
        GroupVersionKind groupVersionKind = GroupVersionKind.parse(gvk);
        List<EStructuralFeature> spec = eClass.getEAllStructuralFeatures().stream()
                .filter(feature -> !NON_SPEC.contains(feature.getName()))
                .toList();
        return new KindInfo(eClass, groupVersionKind, Boolean.parseBoolean(namespaced),
                ResourceNames.of(groupVersionKind.groupKind()), spec, eClass.getEStructuralFeature("status"));
    }
}
