package io.pilothouse.runtime.api.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * The order in which a manifest set is applied: Helm's install order by kind, so that what other objects need
 * (priority classes, namespaces, quotas, limit ranges, accounts, configuration, storage, roles) is in place before
 * them; kinds not in the list come last. The sort is stable: objects of one rank keep their source order.
 */
public final class InstallOrder {

    /** The kinds in install order. */
    public static final List<String> KINDS = List.of("PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota",
            "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
            "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition",
            "ClusterRole", "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList",
            "RoleBinding", "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet",
            "Deployment", "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
            "APIService");

    private InstallOrder() {}

    /** The rank of a kind: its index in {@link #KINDS}, or the list's size for other kinds. */
    public static int rank(String kind) {
        int index = KINDS.indexOf(kind);
        return index < 0 ? KINDS.size() : index;
    }

    /** The objects sorted by the rank of their kind, in source order within a rank. */
    public static <T extends EObject> List<T> sort(List<T> objects) {
        List<T> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparingInt(object -> rank(object.eClass().getName())));
        return sorted;
    }
}
