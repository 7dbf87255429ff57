package io.pilothouse.model.validation.lint;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CAPABILITIES__ADD;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CAPABILITIES__DROP;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__APP_ARMOR_PROFILE;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__CAPABILITIES;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__PRIVILEGED;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__PROC_MOUNT;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__RUN_AS_NON_ROOT;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__RUN_AS_USER;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECURITY_CONTEXT__SECCOMP_PROFILE;

import io.pilothouse.model.k8s.core.v1.AppArmorProfile;
import io.pilothouse.model.k8s.core.v1.Capabilities;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.SeccompProfile;
import io.pilothouse.model.k8s.core.v1.SecurityContext;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.references.Workloads;
import io.pilothouse.model.validation.references.Workloads.ContainerAt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * The security context lints of every container of a workload, after the baseline and restricted Pod Security
 * Standards: privileged, privilege escalation, non-root user, read-only root file system, capabilities, seccomp,
 * AppArmor and {@code procMount}.
 */
final class SecurityLints implements ResourceCheck {

    /** The capabilities the baseline Pod Security Standard allows a container to add. */
    private static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE",
            "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID",
            "SYS_CHROOT");
    private static final String APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

    @Override
    public void check(EObject resource, Reporter reporter) {
        Workloads.podTemplate(resource).ifPresent(pod -> {
            for (ContainerAt at : pod.containers()) {
                check(new ContainerSite(pod, at, reporter));
            }
        });
    }

    private static void check(ContainerSite site) {
        SecurityContext context = site.container().getSecurityContext();
        boolean privileged = context != null && Boolean.TRUE.equals(context.getPrivileged());
        if (privileged) {
            site.reportSecurity(LintRules.PRIVILEGED, site.label() + " is privileged", SECURITY_CONTEXT__PRIVILEGED,
                    site.setSecurity("Set privileged to false", SECURITY_CONTEXT__PRIVILEGED, false));
        } else if (context == null || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
            site.reportSecurity(LintRules.PRIVILEGE_ESCALATION, site.label()
                    + " does not set allowPrivilegeEscalation to false", SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION,
                    site.setSecurity("Set allowPrivilegeEscalation to false",
                            SECURITY_CONTEXT__ALLOW_PRIVILEGE_ESCALATION, false));
        }
        user(site);
        if (context == null || !Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
            site.reportSecurity(LintRules.READ_ONLY_ROOT_FS, site.label() + " does not have a read-only root file "
                    + "system", SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM,
                    site.setSecurity(
                            "Set readOnlyRootFilesystem to true", SECURITY_CONTEXT__READ_ONLY_ROOT_FILESYSTEM, true));
        }
        capabilities(site, context == null ? null : context.getCapabilities());
        profiles(site);
        if (context != null && "Unmasked".equals(context.getProcMount())) {
            site.reportSecurity(LintRules.PROC_MOUNT, site.label() + " sets procMount to Unmasked",
                    SECURITY_CONTEXT__PROC_MOUNT, null);
        }
    }

    private static void user(ContainerSite site) {
        Object user = site.effective("runAsUser");
        if (user instanceof Long uid && uid == 0) {
            site.reportSecurity(LintRules.RUN_AS_ROOT, site.label() + " runs as user 0 (root)",
                    SECURITY_CONTEXT__RUN_AS_USER, null);
        } else if (!Boolean.TRUE.equals(site.effective("runAsNonRoot")) && !(user instanceof Long)) {
            site.reportSecurity(LintRules.RUN_AS_NON_ROOT, site.label() + " may run as root: neither it nor its pod "
                    + "sets runAsNonRoot to true or a non-zero runAsUser", SECURITY_CONTEXT__RUN_AS_NON_ROOT,
                    site.setSecurity("Set runAsNonRoot to true", SECURITY_CONTEXT__RUN_AS_NON_ROOT, true));
        }
    }

    private static void capabilities(ContainerSite site, Capabilities capabilities) {
        if (capabilities == null || !capabilities.getDrop().contains("ALL")) {
            Fix fix;
            if (capabilities == null) {
                Capabilities created = CoreV1Factory.eINSTANCE.createCapabilities();
                created.getDrop().add("ALL");
                fix = site.setSecurity("Drop ALL capabilities", SECURITY_CONTEXT__CAPABILITIES, created);
            } else {
                List<String> drop = new ArrayList<>(capabilities.getDrop());
                drop.add("ALL");
                fix = new Fix.SetValue("Drop ALL capabilities", capabilities, CAPABILITIES__DROP, drop);
            }
            site.reportSecurity(LintRules.DROP_ALL_CAPABILITIES, site.label() + " does not drop ALL capabilities",
                    SECURITY_CONTEXT__CAPABILITIES, fix);
        }
        if (capabilities != null) {
            List<String> forbidden = capabilities.getAdd().stream()
                    .filter(capability -> !BASELINE_CAPABILITIES.contains(capability)).toList();
            if (!forbidden.isEmpty()) {
                site.reporter().report(LintRules.DANGEROUS_CAPABILITIES, site.label() + " adds " + String.join(", ",
                        forbidden) + ", which the baseline Pod Security Standard forbids", capabilities,
                        CAPABILITIES__ADD);
            }
        }
    }

    private static void profiles(ContainerSite site) {
        String seccomp = site.effective("seccompProfile") instanceof SeccompProfile profile
                ? profile.getType()
                : null;
        if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
            SeccompProfile runtimeDefault = CoreV1Factory.eINSTANCE.createSeccompProfile();
            runtimeDefault.setType("RuntimeDefault");
            site.reportSecurity(LintRules.SECCOMP, site.label() + (seccomp == null
                    ? " has no seccomp profile (neither it nor its pod sets one)"
                    : " has the seccomp profile " + seccomp), SECURITY_CONTEXT__SECCOMP_PROFILE,
                    site.setSecurity("Use the RuntimeDefault seccomp profile", SECURITY_CONTEXT__SECCOMP_PROFILE,
                            runtimeDefault));
        }
        boolean unconfined = site.effective("appArmorProfile") instanceof AppArmorProfile profile
                && "Unconfined".equals(profile.getType());
        String annotation = site.pod().metadata() == null
                ? null
                : site.pod().metadata().getAnnotations().get(APPARMOR_ANNOTATION + site.container().getName());
        if (unconfined || "unconfined".equals(annotation)) {
            site.reportSecurity(LintRules.APPARMOR, site.label() + " runs without an AppArmor profile (Unconfined)",
                    SECURITY_CONTEXT__APP_ARMOR_PROFILE, null);
        }
    }
}
