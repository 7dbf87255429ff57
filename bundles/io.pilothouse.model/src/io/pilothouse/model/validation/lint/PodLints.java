package io.pilothouse.model.validation.lint;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__HOST_IPC;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__HOST_NETWORK;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__HOST_PID;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__SERVICE_ACCOUNT;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__SERVICE_ACCOUNT_NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SYSCTL__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.VOLUME__HOST_PATH;
import static io.pilothouse.model.k8s.meta.v1.MetaV1Package.Literals.OBJECT_META__LABELS;

import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.Sysctl;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.references.Resources;
import io.pilothouse.model.validation.references.Workloads;
import io.pilothouse.model.validation.references.Workloads.PodTemplateOf;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The pod lints of every workload: host namespaces, hostPath volumes, unsafe sysctls, the ServiceAccount token,
 * the deprecated {@code serviceAccount} field and the {@code app.kubernetes.io/name} label of the workload.
 */
final class PodLints implements ResourceCheck {

    /** The sysctls the baseline Pod Security Standard allows. */
    private static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem");
    private static final String NAME_LABEL = "app.kubernetes.io/name";

    @Override
    public void check(EObject resource, Reporter reporter) {
        Workloads.podTemplate(resource).ifPresent(pod -> {
            PodSpec spec = pod.spec();
            hostNamespace(reporter, spec, spec.getHostNetwork(), POD_SPEC__HOST_NETWORK, LintRules.HOST_NETWORK,
                    "network");
            hostNamespace(reporter, spec, spec.getHostPID(), POD_SPEC__HOST_PID, LintRules.HOST_PID, "process");
            hostNamespace(reporter, spec, spec.getHostIPC(), POD_SPEC__HOST_IPC, LintRules.HOST_IPC, "IPC");
            for (Volume volume : spec.getVolumes()) {
                if (volume.getHostPath() != null) {
                    reporter.report(LintRules.HOST_PATH, "volume \"" + volume.getName() + "\" mounts the host path "
                            + volume.getHostPath().getPath(), volume, VOLUME__HOST_PATH);
                }
            }
            if (spec.getSecurityContext() != null) {
                for (Sysctl sysctl : spec.getSecurityContext().getSysctls()) {
                    if (!SAFE_SYSCTLS.contains(sysctl.getName())) {
                        reporter.report(LintRules.UNSAFE_SYSCTLS, "sysctl " + sysctl.getName()
                                + " is not in the safe set of the baseline Pod Security Standard", sysctl,
                                SYSCTL__NAME);
                    }
                }
            }
            serviceAccount(reporter, spec);
            nameLabel(reporter, pod);
        });
    }

    private static void hostNamespace(Reporter reporter, PodSpec spec, Boolean value, EStructuralFeature feature,
            Rule rule, String namespace) {
        if (Boolean.TRUE.equals(value)) {
            reporter.report(rule, "the pod uses the host's " + namespace + " namespace", spec, feature,
                    new Fix.Unset("Remove " + feature.getName(), spec, feature));
        }
    }

    private static void serviceAccount(Reporter reporter, PodSpec spec) {
        boolean named = spec.getServiceAccountName() != null && !spec.getServiceAccountName().isEmpty();
        String account = named ? spec.getServiceAccountName() : spec.getServiceAccount();
        if (spec.getServiceAccount() != null && !spec.getServiceAccount().isEmpty()) {
            Fix fix = spec.getServiceAccount().equals(spec.getServiceAccountName())
                    ? new Fix.Unset("Remove the deprecated serviceAccount", spec, POD_SPEC__SERVICE_ACCOUNT)
                    : null;
            reporter.report(LintRules.DEPRECATED_SERVICE_ACCOUNT_FIELD, "serviceAccount is deprecated: use "
                    + "serviceAccountName", spec, POD_SPEC__SERVICE_ACCOUNT, fix);
        }
        if (Boolean.FALSE.equals(spec.getAutomountServiceAccountToken())) {
            return;
        }
        Fix fix = new Fix.SetValue("Set automountServiceAccountToken to false", spec,
                POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN, false);
        EStructuralFeature where = spec.getAutomountServiceAccountToken() != null
                ? POD_SPEC__AUTOMOUNT_SERVICE_ACCOUNT_TOKEN
                : named ? POD_SPEC__SERVICE_ACCOUNT_NAME : null;
        if (account == null || account.isEmpty() || account.equals("default")) {
            reporter.report(LintRules.DEFAULT_SERVICE_ACCOUNT, "the pod mounts the token of the default "
                    + "ServiceAccount: set automountServiceAccountToken to false or use a dedicated ServiceAccount",
                    spec, where, fix);
        } else {
            reporter.report(LintRules.AUTOMOUNT_TOKEN, "the pod mounts the token of ServiceAccount \"" + account
                    + "\": set automountServiceAccountToken to false unless it calls the Kubernetes API", spec, where,
                    fix);
        }
    }

    private static void nameLabel(Reporter reporter, PodTemplateOf pod) {
        ObjectMeta meta = Resources.metadata(pod.workload());
        if (meta != null && !meta.getLabels().containsKey(NAME_LABEL)) {
            reporter.report(LintRules.NAME_LABEL, Resources.kind(pod.workload()) + " \""
                    + Resources.name(pod.workload()) + "\" has no " + NAME_LABEL + " label", meta,
                    meta.getLabels().isEmpty() ? null : OBJECT_META__LABELS);
        }
    }
}
