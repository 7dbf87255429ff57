package io.pilothouse.model.validation.apiserver;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.core.v1.ServicePort;
import io.pilothouse.model.k8s.core.v1.ServiceSpec;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.schema.NameFormats;

/**
 * kube-apiserver's Service rules: a known type, ports unless headless or ExternalName, named and unique ports when
 * there are several, port numbers in range, nodePort only where a node port exists, no headless NodePort or
 * LoadBalancer, an externalName for ExternalName, and node ports unique and in the default service-node-port-range
 * (30000-32767).
 */
final class ServiceChecks {

    private static final String CLUSTER_IP = "ClusterIP";
    private static final String EXTERNAL_NAME = "ExternalName";
    private static final String NONE = "None";
    private static final int NODE_PORT_MIN = 30000;
    private static final int NODE_PORT_MAX = 32767;
    private static final List<String> TYPES = List.of(CLUSTER_IP, EXTERNAL_NAME, "LoadBalancer", "NodePort");

    private ServiceChecks() {}

    static void check(Service service, Reporter reporter) {
        ServiceSpec spec = service.getSpec();
        if (spec == null) {
            return;
        }
        String type = spec.getType() == null ? CLUSTER_IP : spec.getType();
        if (!TYPES.contains(type)) {
            reporter.report(ApiServerRules.SERVICE_TYPE, FieldErrors.notSupported("spec.type", type, TYPES), spec,
                    CoreV1Package.Literals.SERVICE_SPEC__TYPE);
            return;
        }
        boolean headless = NONE.equals(spec.getClusterIP());
        if (spec.getPorts().isEmpty() && !headless && !EXTERNAL_NAME.equals(type)) {
            reporter.report(ApiServerRules.SERVICE_PORT, FieldErrors.required("spec.ports", null), spec,
                    CoreV1Package.Literals.SERVICE_SPEC__PORTS);
        }
        if (headless && ("NodePort".equals(type) || "LoadBalancer".equals(type))) {
            reporter.report(ApiServerRules.SERVICE_TYPE, FieldErrors.invalid("spec.clusterIPs[0]", NONE,
                    "may not be set to 'None' for " + type + " services"), spec,
                    CoreV1Package.Literals.SERVICE_SPEC__CLUSTER_IP);
        }
        if (EXTERNAL_NAME.equals(type)) {
            externalName(spec, reporter);
        }
        Set<String> names = new HashSet<>();
        for (ServicePort port : spec.getPorts()) {
            port(port, type, spec.getPorts().size() > 1, names, reporter);
        }
        if (!CLUSTER_IP.equals(type) && !EXTERNAL_NAME.equals(type)) {
            nodePorts(spec, reporter);
        }
    }

    /** Node ports lie in the default service-node-port-range and are unique per protocol. */
    private static void nodePorts(ServiceSpec spec, Reporter reporter) {
        Set<String> used = new HashSet<>();
        for (ServicePort port : spec.getPorts()) {
            Integer nodePort = port.getNodePort();
            if (nodePort == null || nodePort == 0) {
                continue;
            }
            String path = FieldPaths.of(port) + ".nodePort";
            String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
            if (!used.add(protocol + "/" + nodePort)) {
                reporter.report(ApiServerRules.NODE_PORT, FieldErrors.duplicate(path, nodePort), port,
                        CoreV1Package.Literals.SERVICE_PORT__NODE_PORT);
            } else if (nodePort < NODE_PORT_MIN || nodePort > NODE_PORT_MAX) {
                reporter.report(ApiServerRules.NODE_PORT, FieldErrors.invalid(path, nodePort,
                        "provided port is not in the valid range. The range of valid ports is " + NODE_PORT_MIN + "-"
                                + NODE_PORT_MAX),
                        port, CoreV1Package.Literals.SERVICE_PORT__NODE_PORT);
            }
        }
    }

    private static void externalName(ServiceSpec spec, Reporter reporter) {
        String name = spec.getExternalName();
        if (name == null || name.isEmpty()) {
            reporter.report(ApiServerRules.SERVICE_TYPE, FieldErrors.required("spec.externalName", null), spec,
                    CoreV1Package.Literals.SERVICE_SPEC__EXTERNAL_NAME);
            return;
        }
        String host = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        for (String error : NameFormats.dns1123Subdomain(host)) {
            reporter.report(ApiServerRules.SERVICE_TYPE, FieldErrors.invalid("spec.externalName", name, error), spec,
                    CoreV1Package.Literals.SERVICE_SPEC__EXTERNAL_NAME);
        }
    }

    private static void port(ServicePort port, String type, boolean several, Set<String> names, Reporter reporter) {
        String path = FieldPaths.of(port);
        String name = port.getName();
        if (name == null || name.isEmpty()) {
            if (several) {
                reporter.report(ApiServerRules.SERVICE_PORT, FieldErrors.required(path + ".name", null), port, null);
            }
        } else {
            for (String error : NameFormats.dns1123Label(name)) {
                reporter.report(ApiServerRules.SERVICE_PORT, FieldErrors.invalid(path + ".name", name, error), port,
                        CoreV1Package.Literals.SERVICE_PORT__NAME);
            }
            if (!names.add(name)) {
                reporter.report(ApiServerRules.SERVICE_PORT, FieldErrors.duplicate(path + ".name", name), port,
                        CoreV1Package.Literals.SERVICE_PORT__NAME);
            }
        }
        if (port.getPort() != null && NameFormats.portNumber(port.getPort()) != null) {
            reporter.report(ApiServerRules.SERVICE_PORT, FieldErrors.invalid(path + ".port", port.getPort(),
                    NameFormats.portNumber(port.getPort())), port, CoreV1Package.Literals.SERVICE_PORT__PORT);
        }
        targetPort(port, path, reporter);
        if (port.getNodePort() != null && port.getNodePort() != 0
                && (CLUSTER_IP.equals(type) || EXTERNAL_NAME.equals(type))) {
            reporter.report(ApiServerRules.SERVICE_TYPE, FieldErrors.forbidden(path + ".nodePort",
                    "may not be used when `type` is '" + type + "'"), port,
                    CoreV1Package.Literals.SERVICE_PORT__NODE_PORT);
        }
    }

    private static void targetPort(ServicePort port, String path, Reporter reporter) {
        IntOrString target = port.getTargetPort();
        if (target == null) {
            return;
        }
        List<String> errors;
        if (target.isInt()) {
            String error = target.intValue() == 0 ? null : NameFormats.portNumber(target.intValue());
            errors = error == null ? List.of() : List.of(error);
        } else {
            errors = NameFormats.portName(target.stringValue());
        }
        for (String error : errors) {
            reporter.report(ApiServerRules.SERVICE_PORT, FieldErrors.invalid(path + ".targetPort",
                    target.isInt() ? target.intValue() : target.stringValue(), error), port,
                    CoreV1Package.Literals.SERVICE_PORT__TARGET_PORT);
        }
    }
}
