package io.pilothouse.model.validation.references;

import io.pilothouse.model.validation.SetCheck;
import java.util.List;

/**
 * The reference family: checks across every resource given together, reporting on the referring field.
 *
 * <p>Policy for a missing object: when the files hold other objects of the referenced kind (in the referenced
 * namespace, for a namespaced kind) it is a warning of the kind's rule; when they hold none of that kind it is
 * {@code K8S-REF-024} (info: "not in the files given"), since the object is probably created elsewhere. Objects
 * every cluster has are never findings: the {@code default} ServiceAccount, the {@code kube-root-ca.crt}
 * ConfigMap, the PriorityClasses {@code system-cluster-critical} and {@code system-node-critical}, the ClusterRoles
 * {@code cluster-admin}, {@code admin}, {@code edit}, {@code view} and {@code system:*}, the namespaces
 * {@code default}, {@code kube-system}, {@code kube-public}, {@code kube-node-lease}, and the default StorageClass
 * (an unset {@code storageClassName}). References with {@code optional: true} are not checked.
 */
public final class ReferenceChecks {

    private ReferenceChecks() {}

    /** @return every reference check, for the engine to run once per validation run */
    public static List<SetCheck> all() {
        return List.of(new ResourceReferences(), new SelectorReferences(), new PodReferences(),
                new IngressReferences(), new GatewayReferences(), new ClassReferences());
    }
}
