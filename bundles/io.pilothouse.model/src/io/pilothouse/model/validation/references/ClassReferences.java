package io.pilothouse.model.validation.references;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM_SPEC__STORAGE_CLASS_NAME;
import static io.pilothouse.model.k8s.rbac.v1.RbacV1Package.Literals.ROLE_REF__NAME;
import static io.pilothouse.model.k8s.rbac.v1.RbacV1Package.Literals.SUBJECT__NAME;

import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.rbac.v1.ClusterRoleBinding;
import io.pilothouse.model.k8s.rbac.v1.RoleBinding;
import io.pilothouse.model.k8s.rbac.v1.RoleRef;
import io.pilothouse.model.k8s.rbac.v1.Subject;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.SetCheck;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * References to classes and targets: StorageClasses of PersistentVolumeClaims (and of StatefulSet and ephemeral
 * claim templates; an unset class means the default class, an empty one no class), DeviceClasses of
 * ResourceClaims and ResourceClaimTemplates, HorizontalPodAutoscaler targets, and the roles and ServiceAccounts
 * of role bindings. The built-in ClusterRoles ({@code cluster-admin}, {@code admin}, {@code edit}, {@code view},
 * {@code system:*}) and the {@code default} ServiceAccount always exist.
 */
final class ClassReferences implements SetCheck {

    private static final Set<String> BUILT_IN_CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");
    private static final String RBAC = "rbac.authorization.k8s.io";

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        References references = new References(new ResourceIndex(manifests.resources()), reporter);
        for (EObject resource : manifests.resources()) {
            switch (resource) {
                case PersistentVolumeClaim claim -> storageClass(references, claim.getSpec());
                case StatefulSet set when set.getSpec() != null -> set.getSpec().getVolumeClaimTemplates()
                        .forEach(claim -> storageClass(references, claim.getSpec()));
                case RoleBinding binding -> binding(references, binding.getRoleRef(), binding.getSubjects(),
                        Resources.namespace(binding));
                case ClusterRoleBinding binding -> binding(references, binding.getRoleRef(), binding.getSubjects(),
                        "");
                default -> {
                    if (Resources.isKind(resource.eClass()) && "resource.k8s.io".equals(Resources.group(resource))) {
                        deviceClasses(references, resource);
                    } else if (Resources.isKind(resource.eClass())
                            && "HorizontalPodAutoscaler".equals(Resources.kind(resource))) {
                        scaleTarget(references, resource);
                    }
                }
            }
            Workloads.podTemplate(resource).ifPresent(pod -> {
                for (Volume volume : pod.spec().getVolumes()) {
                    if (volume.getEphemeral() != null && volume.getEphemeral().getVolumeClaimTemplate() != null) {
                        storageClass(references, volume.getEphemeral().getVolumeClaimTemplate().getSpec());
                    }
                }
            });
        }
    }

    private static void storageClass(References references, PersistentVolumeClaimSpec spec) {
        if (spec != null) {
            references.require(ReferenceRules.STORAGE_CLASS, "storage.k8s.io", "StorageClass", "",
                    spec.getStorageClassName(), spec, PERSISTENT_VOLUME_CLAIM_SPEC__STORAGE_CLASS_NAME);
        }
    }

    private static void deviceClasses(References references, EObject resource) {
        String kind = Resources.kind(resource);
        EObject spec = Fields.child(resource, "spec");
        EObject claimSpec = "ResourceClaimTemplate".equals(kind)
                ? Fields.child(spec, "spec")
                : "ResourceClaim".equals(kind) ? spec : null;
        for (EObject request : Fields.children(Fields.child(claimSpec, "devices"), "requests")) {
            deviceClass(references, request);
            deviceClass(references, Fields.child(request, "exactly"));
            Fields.children(request, "firstAvailable").forEach(choice -> deviceClass(references, choice));
        }
    }

    private static void deviceClass(References references, EObject request) {
        String name = Fields.string(request, "deviceClassName", null);
        if (name != null) {
            references.require(ReferenceRules.DEVICE_CLASS, "resource.k8s.io", "DeviceClass", "", name, request,
                    Fields.feature(request, "deviceClassName"));
        }
    }

    private static void scaleTarget(References references, EObject autoscaler) {
        EObject target = Fields.child(Fields.child(autoscaler, "spec"), "scaleTargetRef");
        String kind = Fields.string(target, "kind", null);
        if (kind != null) {
            String group = Resources.groupOf(Fields.string(target, "apiVersion", ""));
            references.require(ReferenceRules.SCALE_TARGET, group, kind, Resources.namespace(autoscaler),
                    Fields.string(target, "name", null), target, Fields.feature(target, "name"));
        }
    }

    private static void binding(References references, RoleRef roleRef, List<Subject> subjects, String namespace) {
        if (roleRef != null && RBAC.equals(roleRef.getApiGroup()) && roleRef.getName() != null
                && !BUILT_IN_CLUSTER_ROLES.contains(roleRef.getName()) && !roleRef.getName().startsWith("system:")) {
            boolean role = "Role".equals(roleRef.getKind());
            references.require(ReferenceRules.ROLE_REF, RBAC, role ? "Role" : "ClusterRole", role ? namespace : "",
                    roleRef.getName(), roleRef, ROLE_REF__NAME);
        }
        for (Subject subject : subjects) {
            if ("ServiceAccount".equals(subject.getKind()) && !"default".equals(subject.getName())) {
                String subjectNamespace = subject.getNamespace() == null || subject.getNamespace().isEmpty()
                        ? namespace
                        : subject.getNamespace();
                if (!subjectNamespace.isEmpty()) {
                    references.require(ReferenceRules.SERVICE_ACCOUNT, "", "ServiceAccount", subjectNamespace,
                            subject.getName(), subject, SUBJECT__NAME);
                }
            }
        }
    }
}
