package io.pilothouse.runtime.api.admission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceQuota;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The status of resource quotas as upstream's quota controller computes it: {@code hard} copied from the spec,
 * {@code used} the sum over the namespace's objects the quota applies to, for each hard resource (zero when none).
 */
public final class QuotaStatus {

    /**
     * The kinds every quota counts, whatever its hard resources name: those of upstream's core evaluators (pods,
     * services, persistentvolumeclaims) and of its legacy object counts (configmaps, secrets,
     * replicationcontrollers, resourcequotas). The quota controller watches them.
     */
    public static final List<EClass> COUNTED_KINDS = List.of(CoreV1Package.Literals.POD,
            CoreV1Package.Literals.SERVICE, CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM,
            CoreV1Package.Literals.CONFIG_MAP, CoreV1Package.Literals.SECRET,
            CoreV1Package.Literals.REPLICATION_CONTROLLER, CoreV1Package.Literals.RESOURCE_QUOTA);

    private static final Quantity ZERO = Quantity.valueOf("0");
    private static final String COUNT = "count/";
    private static Map<String, EClass> kindsByResource;

    private QuotaStatus() {}

    /** Whether the status of a quota reflects its spec: its hard limits are the spec's. */
    static boolean isSynced(ResourceQuota quota) {
        return quota.getStatus() != null && quota.getSpec() != null
                && quota.getStatus().getHard().map().equals(quota.getSpec().getHard().map());
    }

    /**
     * Recomputes the status of a quota from the objects in its namespace and stores it.
     *
     * @return the quota as stored
     */
    public static ResourceQuota sync(ObjectStore store, ResourceQuota quota) {
        SortedMap<String, Quantity> used = new TreeMap<>();
        quota.getSpec().getHard().keySet().forEach(resource -> used.put(resource, ZERO));
        for (EClass kind : kinds(quota)) {
            List<EObject> objects = store.list(kind, quota.getMetadata().getNamespace(), null);
            for (EObject object : objects) {
                if (QuotaScopes.applies(quota, object)) {
                    QuotaUsage.of(object).forEach((resource, amount) -> used.computeIfPresent(resource,
                            (key, sum) -> sum.add(amount)));
                }
            }
        }
        ResourceQuota next = store.get(CoreV1Package.Literals.RESOURCE_QUOTA, quota.getMetadata().getNamespace(),
                quota.getMetadata().getName());
        next.setStatus(CoreV1Factory.eINSTANCE.createResourceQuotaStatus());
        next.getStatus().getHard().putAll(new TreeMap<>(quota.getSpec().getHard().map()));
        next.getStatus().getUsed().putAll(used);
        return store.updateStatus(next);
    }

    private static List<EClass> kinds(ResourceQuota quota) {
        List<EClass> kinds = new ArrayList<>(COUNTED_KINDS);
        for (String resource : new TreeSet<>(quota.getSpec().getHard().keySet())) {
            if (resource.startsWith(COUNT)) {
                EClass kind = kindsByResource().get(resource.substring(COUNT.length()));
                if (kind != null && !kinds.contains(kind)) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }

    /** The served kinds by resource ({@code deployments.apps}), from the registered packages, read once. */
    private static synchronized Map<String, EClass> kindsByResource() {
        if (kindsByResource == null) {
            Map<String, EClass> kinds = new LinkedHashMap<>();
            for (String uri : new TreeSet<>(EPackage.Registry.INSTANCE.keySet())) {
                for (EClassifier classifier : EPackage.Registry.INSTANCE.getEPackage(uri).getEClassifiers()) {
                    if (classifier instanceof EClass eClass) {
                        addKind(kinds, eClass);
                    }
                }
            }
            kindsByResource = kinds;
        }
        return kindsByResource;
    }

    private static void addKind(Map<String, EClass> kinds, EClass eClass) {
        try {
            kinds.putIfAbsent(KindInfo.of(eClass).resource().toString(), eClass);
        } catch (IllegalArgumentException notAKind) {
            // Types that are not served kinds have no resource.
        }
    }
}
