package io.pilothouse.model.validation.apiserver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.pilothouse.model.k8s.apps.v1.StatefulSetSpec;
import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.ContainerPort;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EphemeralContainer;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.Probe;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.core.v1.VolumeMount;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.schema.NameFormats;

/**
 * kube-apiserver's rules for one pod spec: container and volume names, ports, volume mounts (a StatefulSet's
 * volume claim templates count as volumes), probe ports. Resource
 * requests and limits are checked by {@link ResourceChecks}.
 */
final class PodSpecChecks {

    private static final String TCP = "TCP";

    private PodSpecChecks() {}

    static void check(PodSpec spec, Reporter reporter) {
        Set<String> volumes = volumes(spec, reporter);
        if (spec.eContainer() != null && spec.eContainer().eContainer() instanceof StatefulSetSpec statefulSet) {
            for (PersistentVolumeClaim claim : statefulSet.getVolumeClaimTemplates()) {
                if (claim.getMetadata() != null && claim.getMetadata().getName() != null) {
                    volumes.add(claim.getMetadata().getName());
                }
            }
        }
        Set<String> names = new HashSet<>();
        containers(spec.getContainers(), names, volumes, reporter);
        containers(spec.getInitContainers(), names, volumes, reporter);
        for (EphemeralContainer container : spec.getEphemeralContainers()) {
            containerName(container, container.getName(), names, reporter);
        }
    }

    private static Set<String> volumes(PodSpec spec, Reporter reporter) {
        Set<String> names = new HashSet<>();
        for (Volume volume : spec.getVolumes()) {
            String path = FieldPaths.of(volume);
            String name = volume.getName();
            if (name != null && !name.isEmpty()) {
                for (String error : NameFormats.dns1123Label(name)) {
                    reporter.report(ApiServerRules.VOLUME_NAME, FieldErrors.invalid(path + ".name", name, error),
                            volume, CoreV1Package.Literals.VOLUME__NAME);
                }
                if (!names.add(name)) {
                    reporter.report(ApiServerRules.VOLUME_NAME, FieldErrors.duplicate(path + ".name", name), volume,
                            CoreV1Package.Literals.VOLUME__NAME);
                }
            }
            volumeSource(volume, path, reporter);
        }
        return names;
    }

    private static void volumeSource(Volume volume, String path, Reporter reporter) {
        int sources = 0;
        for (EReference reference : volume.eClass().getEAllContainments()) {
            if (volume.eIsSet(reference) && ++sources == 2) {
                reporter.report(ApiServerRules.VOLUME_SOURCE, FieldErrors.forbidden(FieldPaths.of(volume, reference),
                        "may not specify more than 1 volume type"), volume, reference);
            }
        }
        if (sources == 0) {
            reporter.report(ApiServerRules.VOLUME_SOURCE, FieldErrors.required(path, "must specify a volume type"),
                    volume, null);
        }
    }

    private static void containers(List<Container> containers, Set<String> names, Set<String> volumes,
            Reporter reporter) {
        Map<String, String> hostPorts = new HashMap<>();
        for (Container container : containers) {
            containerName(container, container.getName(), names, reporter);
            ports(container, hostPorts, reporter);
            mounts(container, volumes, reporter);
            probe(container, container.getLivenessProbe(), reporter);
            probe(container, container.getReadinessProbe(), reporter);
            probe(container, container.getStartupProbe(), reporter);
        }
    }

    private static void containerName(EObject container, String name, Set<String> names, Reporter reporter) {
        if (name == null || name.isEmpty()) {
            return;
        }
        String path = FieldPaths.child(FieldPaths.of(container), "name");
        var feature = container.eClass().getEStructuralFeature("name");
        for (String error : NameFormats.dns1123Label(name)) {
            reporter.report(ApiServerRules.CONTAINER_NAME, FieldErrors.invalid(path, name, error), container, feature);
        }
        if (!names.add(name)) {
            reporter.report(ApiServerRules.CONTAINER_NAME, FieldErrors.duplicate(path, name), container, feature);
        }
    }

    private static void ports(Container container, Map<String, String> hostPorts, Reporter reporter) {
        Set<String> names = new HashSet<>();
        Map<String, String> declared = new HashMap<>();
        for (ContainerPort port : container.getPorts()) {
            String path = FieldPaths.of(port);
            String name = port.getName();
            if (name != null && !name.isEmpty() && !names.add(name)) {
                reporter.report(ApiServerRules.PORT_NAME_DUPLICATE, FieldErrors.duplicate(path + ".name", name), port,
                        CoreV1Package.Literals.CONTAINER_PORT__NAME);
            }
            String protocol = port.getProtocol() == null ? TCP : port.getProtocol();
            String first = declared.putIfAbsent(port.getContainerPort() + "/" + protocol, path);
            if (first != null) {
                reporter.report(ApiServerRules.CONTAINER_PORT_DUPLICATE, path + ": duplicate port definition with "
                        + first, port, null);
            }
            Integer hostPort = port.getHostPort();
            if (hostPort != null && hostPort != 0
                    && hostPorts.putIfAbsent(hostPort + "/" + protocol, path) != null) {
                reporter.report(ApiServerRules.HOST_PORT_DUPLICATE, FieldErrors.duplicate(path + ".hostPort",
                        hostPort + "/" + protocol), port, CoreV1Package.Literals.CONTAINER_PORT__HOST_PORT);
            }
        }
    }

    private static void mounts(Container container, Set<String> volumes, Reporter reporter) {
        Set<String> paths = new HashSet<>();
        for (VolumeMount mount : container.getVolumeMounts()) {
            String path = FieldPaths.of(mount);
            if (mount.getName() != null && !volumes.contains(mount.getName())) {
                reporter.report(ApiServerRules.VOLUME_MOUNT_NOT_FOUND, FieldErrors.notFound(path + ".name",
                        mount.getName()), mount, CoreV1Package.Literals.VOLUME_MOUNT__NAME);
            }
            if (mount.getMountPath() != null && !paths.add(mount.getMountPath())) {
                reporter.report(ApiServerRules.MOUNT_PATH_DUPLICATE, FieldErrors.invalid(path + ".mountPath",
                        mount.getMountPath(), "must be unique"), mount,
                        CoreV1Package.Literals.VOLUME_MOUNT__MOUNT_PATH);
            }
        }
    }

    private static void probe(Container container, Probe probe, Reporter reporter) {
        if (probe == null) {
            return;
        }
        EObject action = probe.getHttpGet() != null ? probe.getHttpGet() : probe.getTcpSocket();
        if (action == null) {
            return;
        }
        var portFeature = action.eClass().getEStructuralFeature("port");
        if (!(action.eGet(portFeature) instanceof IntOrString port) || port.isInt()) {
            return;
        }
        for (ContainerPort declared : container.getPorts()) {
            if (port.stringValue().equals(declared.getName())) {
                return;
            }
        }
        reporter.report(ApiServerRules.PROBE_PORT, FieldErrors.notFound(FieldPaths.of(action, portFeature),
                port.stringValue()) + ": the container declares no port of that name", action, portFeature);
    }
}
