package io.pilothouse.runtime.api.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.ContainerPort;
import io.pilothouse.model.k8s.core.v1.PodSecurityContext;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.SecurityContext;
import io.pilothouse.model.k8s.core.v1.Volume;

/**
 * The Pod Security Standards checks the runtime evaluates, with upstream's check IDs, reasons and details. A level's
 * failures come baseline checks first, then restricted ones, each group in check ID order; a restricted check
 * replaces the baseline check it overrides.
 */
final class PodSecurityChecks {

    /** A failed check: {@code reason (detail)}. */
    record Failure(String reason, String detail) {
        @Override
        public String toString() {
            return reason + " (" + detail + ")";
        }
    }

    private static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE",
            "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID",
            "SYS_CHROOT");
    private static final List<String> RESTRICTED_VOLUME_TYPES_ALLOWED = List.of("configMap", "csi", "downwardAPI",
            "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret");

    private PodSecurityChecks() {}

    /** The failures of a pod spec at a level ({@code privileged}, {@code baseline}, {@code restricted}). */
    static List<Failure> evaluate(String level, PodSpec spec) {
        List<Failure> failures = new ArrayList<>();
        if (level.equals("privileged")) {
            return failures;
        }
        boolean restricted = level.equals("restricted");
        if (!restricted) {
            capabilitiesBaseline(spec, failures);
        }
        hostNamespaces(spec, failures);
        if (!restricted) {
            hostPathVolumes(spec, failures);
        }
        hostPorts(spec, failures);
        privileged(spec, failures);
        if (!restricted) {
            seccompBaseline(spec, failures);
            return failures;
        }
        allowPrivilegeEscalation(spec, failures);
        capabilitiesRestricted(spec, failures);
        restrictedVolumes(spec, failures);
        runAsNonRoot(spec, failures);
        runAsUser(spec, failures);
        seccompRestricted(spec, failures);
        return failures;
    }

    private static void capabilitiesBaseline(PodSpec spec, List<Failure> failures) {
        List<String> containers = new ArrayList<>();
        Set<String> added = new TreeSet<>();
        for (Container container : containers(spec)) {
            List<String> bad = added(container).stream().filter(c -> !BASELINE_CAPABILITIES.contains(c)).toList();
            if (!bad.isEmpty()) {
                containers.add(container.getName());
                added.addAll(bad);
            }
        }
        if (!containers.isEmpty()) {
            failures.add(new Failure("non-default capabilities", subject(containers) + " must not include "
                    + quoted(new ArrayList<>(added)) + " in securityContext.capabilities.add"));
        }
    }

    private static void hostNamespaces(PodSpec spec, List<Failure> failures) {
        List<String> set = new ArrayList<>();
        if (Boolean.TRUE.equals(spec.getHostNetwork())) {
            set.add("hostNetwork=true");
        }
        if (Boolean.TRUE.equals(spec.getHostPID())) {
            set.add("hostPID=true");
        }
        if (Boolean.TRUE.equals(spec.getHostIPC())) {
            set.add("hostIPC=true");
        }
        if (!set.isEmpty()) {
            failures.add(new Failure("host namespaces", String.join(", ", set)));
        }
    }

    private static void hostPathVolumes(PodSpec spec, List<Failure> failures) {
        List<String> volumes = spec.getVolumes().stream().filter(v -> v.getHostPath() != null).map(Volume::getName)
                .toList();
        if (!volumes.isEmpty()) {
            failures.add(new Failure("hostPath volumes", (volumes.size() == 1 ? "volume " : "volumes ")
                    + quoted(volumes)));
        }
    }

    private static void hostPorts(PodSpec spec, List<Failure> failures) {
        List<String> containers = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (Container container : containers(spec)) {
            boolean uses = false;
            for (ContainerPort port : container.getPorts()) {
                if (port.getHostPort() != null && port.getHostPort() != 0) {
                    ports.add(port.getHostPort().toString());
                    uses = true;
                }
            }
            if (uses) {
                containers.add(container.getName());
            }
        }
        if (!containers.isEmpty()) {
            failures.add(new Failure("hostPort", subject(containers) + (containers.size() == 1 ? " uses " : " use ")
                    + (ports.size() == 1 ? "hostPort " : "hostPorts ") + String.join(", ", ports)));
        }
    }

    private static void privileged(PodSpec spec, List<Failure> failures) {
        List<String> containers = names(spec, c -> c.getSecurityContext() != null
                && Boolean.TRUE.equals(c.getSecurityContext().getPrivileged()));
        if (!containers.isEmpty()) {
            failures.add(new Failure("privileged",
                    subject(containers) + " must not set securityContext.privileged=true"));
        }
    }

    private static void seccompBaseline(PodSpec spec, List<Failure> failures) {
        List<String> forbidden = new ArrayList<>();
        if (isUnconfined(spec.getSecurityContext())) {
            forbidden.add("pod");
        }
        List<String> containers = names(spec, c -> c.getSecurityContext() != null
                && c.getSecurityContext().getSeccompProfile() != null
                && "Unconfined".equals(c.getSecurityContext().getSeccompProfile().getType()));
        if (!containers.isEmpty()) {
            forbidden.add(subject(containers));
        }
        if (!forbidden.isEmpty()) {
            failures.add(new Failure("seccompProfile", String.join(" and ", forbidden)
                    + " must not set securityContext.seccompProfile.type to \"Unconfined\""));
        }
    }

    private static void allowPrivilegeEscalation(PodSpec spec, List<Failure> failures) {
        List<String> containers = names(spec, c -> c.getSecurityContext() == null
                || !Boolean.FALSE.equals(c.getSecurityContext().getAllowPrivilegeEscalation()));
        if (!containers.isEmpty()) {
            failures.add(new Failure("allowPrivilegeEscalation != false",
                    subject(containers) + " must set securityContext.allowPrivilegeEscalation=false"));
        }
    }

    private static void capabilitiesRestricted(PodSpec spec, List<Failure> failures) {
        List<String> notDropping = names(spec, c -> c.getSecurityContext() == null
                || c.getSecurityContext().getCapabilities() == null
                || !c.getSecurityContext().getCapabilities().getDrop().contains("ALL"));
        List<String> adding = new ArrayList<>();
        Set<String> added = new TreeSet<>();
        for (Container container : containers(spec)) {
            List<String> bad = added(container).stream().filter(c -> !c.equals("NET_BIND_SERVICE")).toList();
            if (!bad.isEmpty()) {
                adding.add(container.getName());
                added.addAll(bad);
            }
        }
        List<String> details = new ArrayList<>();
        if (!notDropping.isEmpty()) {
            details.add(subject(notDropping) + " must set securityContext.capabilities.drop=[\"ALL\"]");
        }
        if (!adding.isEmpty()) {
            details.add(subject(adding) + " must not include " + quoted(new ArrayList<>(added))
                    + " in securityContext.capabilities.add");
        }
        if (!details.isEmpty()) {
            failures.add(new Failure("unrestricted capabilities", String.join("; ", details)));
        }
    }

    private static void restrictedVolumes(PodSpec spec, List<Failure> failures) {
        List<String> details = new ArrayList<>();
        for (Volume volume : spec.getVolumes()) {
            volume.eClass().getEAllStructuralFeatures().stream()
                    .filter(f -> !f.getName().equals("name") && volume.eIsSet(f))
                    .filter(f -> !RESTRICTED_VOLUME_TYPES_ALLOWED.contains(f.getName()))
                    .findFirst()
                    .ifPresent(f -> details.add("volume \"" + volume.getName() + "\" uses restricted volume type \""
                            + f.getName() + "\""));
        }
        if (!details.isEmpty()) {
            failures.add(new Failure("restricted volume types", String.join(", ", details)));
        }
    }

    private static void runAsNonRoot(PodSpec spec, List<Failure> failures) {
        PodSecurityContext pod = spec.getSecurityContext();
        Boolean podValue = pod == null ? null : pod.getRunAsNonRoot();
        List<String> explicitlyFalse = names(spec, c -> c.getSecurityContext() != null
                && Boolean.FALSE.equals(c.getSecurityContext().getRunAsNonRoot()));
        List<String> unset = names(spec, c -> c.getSecurityContext() == null
                || c.getSecurityContext().getRunAsNonRoot() == null);
        List<String> details = new ArrayList<>();
        if (Boolean.FALSE.equals(podValue)) {
            details.add("pod must not set securityContext.runAsNonRoot=false");
        }
        if (!explicitlyFalse.isEmpty()) {
            details.add(subject(explicitlyFalse) + " must not set securityContext.runAsNonRoot=false");
        }
        if (podValue == null && !unset.isEmpty()) {
            details.add("pod or " + subject(unset) + " must set securityContext.runAsNonRoot=true");
        }
        if (!details.isEmpty()) {
            failures.add(new Failure("runAsNonRoot != true", String.join("; ", details)));
        }
    }

    private static void runAsUser(PodSpec spec, List<Failure> failures) {
        List<String> details = new ArrayList<>();
        if (spec.getSecurityContext() != null && Long.valueOf(0).equals(spec.getSecurityContext().getRunAsUser())) {
            details.add("pod must not set runAsUser=0");
        }
        List<String> containers = names(spec, c -> c.getSecurityContext() != null
                && Long.valueOf(0).equals(c.getSecurityContext().getRunAsUser()));
        if (!containers.isEmpty()) {
            details.add(subject(containers) + " must not set runAsUser=0");
        }
        if (!details.isEmpty()) {
            failures.add(new Failure("runAsUser=0", String.join("; ", details)));
        }
    }

    private static void seccompRestricted(PodSpec spec, List<Failure> failures) {
        PodSecurityContext pod = spec.getSecurityContext();
        String podType = pod == null || pod.getSeccompProfile() == null ? null : pod.getSeccompProfile().getType();
        List<String> details = new ArrayList<>();
        if (podType != null && !isAllowedSeccomp(podType)) {
            details.add("pod must not set securityContext.seccompProfile.type to " + quoted(List.of(podType)));
        }
        List<String> badContainers = new ArrayList<>();
        List<String> unset = new ArrayList<>();
        for (Container container : containers(spec)) {
            SecurityContext context = container.getSecurityContext();
            String type = context == null || context.getSeccompProfile() == null
                    ? null
                    : context.getSeccompProfile().getType();
            if (type != null && !isAllowedSeccomp(type)) {
                badContainers.add(container.getName());
            } else if (type == null && podType == null) {
                unset.add(container.getName());
            }
        }
        if (!badContainers.isEmpty()) {
            details.add(subject(badContainers) + " must not set securityContext.seccompProfile.type to \"Unconfined\"");
        }
        if (!unset.isEmpty()) {
            details.add("pod or " + subject(unset)
                    + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"");
        }
        if (!details.isEmpty()) {
            failures.add(new Failure("seccompProfile", String.join("; ", details)));
        }
    }

    private static boolean isAllowedSeccomp(String type) {
        return type.equals("RuntimeDefault") || type.equals("Localhost");
    }

    private static boolean isUnconfined(PodSecurityContext context) {
        return context != null && context.getSeccompProfile() != null
                && "Unconfined".equals(context.getSeccompProfile().getType());
    }

    private static List<String> added(Container container) {
        SecurityContext context = container.getSecurityContext();
        return context == null || context.getCapabilities() == null ? List.of() : context.getCapabilities().getAdd();
    }

    private static List<Container> containers(PodSpec spec) {
        List<Container> containers = new ArrayList<>(spec.getInitContainers());
        containers.addAll(spec.getContainers());
        return containers;
    }

    private static List<String> names(PodSpec spec, Predicate<Container> matches) {
        return containers(spec).stream().filter(matches).map(Container::getName).toList();
    }

    /** {@code container "a"} or {@code containers "a", "b"}. */
    private static String subject(List<String> containers) {
        return (containers.size() == 1 ? "container " : "containers ") + quoted(containers);
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
    }
}
