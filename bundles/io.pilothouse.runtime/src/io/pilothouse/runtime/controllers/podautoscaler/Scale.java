package io.pilothouse.runtime.controllers.podautoscaler;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.GroupResource;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The {@code /scale} subresource of the workloads that have one (Deployment, ReplicaSet, StatefulSet): the replicas
 * of the spec and the label selector of the pods.
 *
 * @param object   the workload as read
 * @param replicas {@code spec.replicas} (1 when unset)
 * @param selector {@code spec.selector}
 */
public record Scale(EObject object, int replicas, LabelSelector selector) {

    private static final List<EClass> SCALABLE = List.of(AppsV1Package.Literals.DEPLOYMENT,
            AppsV1Package.Literals.REPLICA_SET, AppsV1Package.Literals.STATEFUL_SET);

    /**
     * Reads the scale of a workload by kind and name.
     *
     * @throws io.pilothouse.runtime.api.ApiException NotFound, also for a kind without scale subresource
     */
    public static Scale get(ObjectStore store, String kind, String namespace, String name) {
        for (EClass scalable : SCALABLE) {
            if (KindInfo.of(scalable).gvk().kind().equals(kind)) {
                return of(store.get(scalable, namespace, name));
            }
        }
        throw ApiErrors.notFound(new GroupResource("", kind.toLowerCase(Locale.ROOT) + "s/scale"), name);
    }

    /** The scale of a workload object, or {@code null} when its kind has none. */
    public static Scale of(EObject object) {
        if (!SCALABLE.contains(object.eClass())) {
            return null;
        }
        EObject spec = spec(object);
        Integer replicas = (Integer) spec.eGet(feature(spec, "replicas"));
        return new Scale(object, replicas == null ? 1 : replicas, (LabelSelector) spec.eGet(feature(spec,
                "selector")));
    }

    /** Writes {@code spec.replicas}, as an update of the scale subresource. */
    public void update(ObjectStore store, int newReplicas) {
        EObject copy = EcoreUtil.copy(object);
        EObject spec = spec(copy);
        spec.eSet(feature(spec, "replicas"), newReplicas);
        store.update(copy);
    }

    private static EObject spec(EObject object) {
        return (EObject) object.eGet(feature(object, "spec"));
    }

    private static EStructuralFeature feature(EObject object, String name) {
        return object.eClass().getEStructuralFeature(name);
    }
}
