package io.pilothouse.runtime.controllers.namespace;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.Deletions;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.ServedKinds;

/**
 * Upstream's {@code namespacedResourcesDeleter.deleteAllContent}: deletes every object of every namespaced kind in
 * a namespace with background propagation, then counts what remains by resource and by finalizer, and estimates the
 * seconds until the remaining pods are gone.
 */
final class NamespaceContent {

    private static final int NOT_FOUND = 404;
    private static final long DEFAULT_GRACE_SECONDS = 30;

    /** What remains after a deletion pass. */
    record Remaining(SortedMap<String, Integer> byResource, SortedMap<String, Integer> byFinalizer,
            long estimateSeconds) {

        boolean isEmpty() {
            return byResource.isEmpty();
        }
    }

    private NamespaceContent() {}

    static Remaining deleteAll(ObjectStore store, String namespace) {
        SortedMap<String, Integer> byResource = new TreeMap<>();
        SortedMap<String, Integer> byFinalizer = new TreeMap<>();
        long estimate = 0;
        for (EClass kind : ServedKinds.all()) {
            KindInfo info = KindInfo.of(kind);
            if (!info.namespaced()) {
                continue;
            }
            List<EObject> objects = store.list(kind, namespace, null);
            if (objects.isEmpty()) {
                continue;
            }
            for (EObject object : objects) {
                delete(store, kind, info.metadata(object));
            }
            List<EObject> remaining = store.list(kind, namespace, null);
            if (!remaining.isEmpty()) {
                byResource.put(info.resource().resource() + "." + info.resource().group(), remaining.size());
            }
            for (EObject object : remaining) {
                info.metadata(object).getFinalizers().forEach(finalizer -> byFinalizer.merge(finalizer, 1,
                        Integer::sum));
                if (object instanceof Pod pod) {
                    estimate = Math.max(estimate, graceSeconds(pod));
                }
            }
        }
        return new Remaining(byResource, byFinalizer, estimate);
    }

    private static void delete(ObjectStore store, EClass kind, ObjectMeta meta) {
        try {
            store.delete(kind, meta.getNamespace(), meta.getName(), Deletions.propagation(Deletions.BACKGROUND));
        } catch (ApiException e) {
            if (e.code() != NOT_FOUND) {
                throw e;
            }
        }
    }

    private static long graceSeconds(Pod pod) {
        Long grace = pod.getSpec() == null ? null : pod.getSpec().getTerminationGracePeriodSeconds();
        return grace == null ? DEFAULT_GRACE_SECONDS : grace;
    }
}
