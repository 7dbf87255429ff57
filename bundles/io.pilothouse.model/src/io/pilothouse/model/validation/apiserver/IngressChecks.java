package io.pilothouse.model.validation.apiserver;

import java.util.List;

import io.pilothouse.model.k8s.networking.v1.HTTPIngressPath;
import io.pilothouse.model.k8s.networking.v1.Ingress;
import io.pilothouse.model.k8s.networking.v1.IngressBackend;
import io.pilothouse.model.k8s.networking.v1.IngressRule;
import io.pilothouse.model.k8s.networking.v1.IngressServiceBackend;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.schema.NameFormats;

/**
 * kube-apiserver's Ingress rules: each backend names a service (with a port name or number, not both) or a
 * resource, not both; each path has a supported pathType and Exact and Prefix paths are absolute.
 */
final class IngressChecks {

    private static final List<String> PATH_TYPES = List.of("Exact", "ImplementationSpecific", "Prefix");

    private IngressChecks() {}

    static void check(Ingress ingress, Reporter reporter) {
        if (ingress.getSpec() == null) {
            return;
        }
        if (ingress.getSpec().getDefaultBackend() != null) {
            backend(ingress.getSpec().getDefaultBackend(), reporter);
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            if (rule.getHttp() != null) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    path(path, reporter);
                }
            }
        }
    }

    private static void path(HTTPIngressPath path, Reporter reporter) {
        String fieldPath = FieldPaths.of(path);
        String pathType = path.getPathType();
        if (pathType == null) {
            reporter.report(ApiServerRules.INGRESS_PATH, FieldErrors.required(fieldPath + ".pathType",
                    "pathType must be specified"), path, null);
        } else if (!PATH_TYPES.contains(pathType)) {
            reporter.report(ApiServerRules.INGRESS_PATH, FieldErrors.notSupported(fieldPath + ".pathType", pathType,
                    PATH_TYPES), path, NetworkingV1Package.Literals.HTTP_INGRESS_PATH__PATH_TYPE);
        } else if (!"ImplementationSpecific".equals(pathType)
                && (path.getPath() == null || !path.getPath().startsWith("/"))) {
            String value = path.getPath() == null ? "" : path.getPath();
            reporter.report(ApiServerRules.INGRESS_PATH, FieldErrors.invalid(fieldPath + ".path", value,
                    "must be an absolute path"), path, NetworkingV1Package.Literals.HTTP_INGRESS_PATH__PATH);
        }
        if (path.getBackend() != null) {
            backend(path.getBackend(), reporter);
        }
    }

    private static void backend(IngressBackend backend, Reporter reporter) {
        String path = FieldPaths.of(backend);
        IngressServiceBackend service = backend.getService();
        if (service != null && backend.getResource() != null) {
            reporter.report(ApiServerRules.INGRESS_BACKEND, FieldErrors.invalid(path, "",
                    "cannot set both resource and service backends"), backend, null);
        } else if (service == null && backend.getResource() == null) {
            reporter.report(ApiServerRules.INGRESS_BACKEND, FieldErrors.invalid(path, "",
                    "resource or service backend is required"), backend, null);
        } else if (service != null) {
            String name = service.getPort() == null ? null : service.getPort().getName();
            Integer number = service.getPort() == null ? null : service.getPort().getNumber();
            boolean hasName = name != null && !name.isEmpty();
            boolean hasNumber = number != null && number != 0;
            if (hasName && hasNumber) {
                reporter.report(ApiServerRules.INGRESS_BACKEND, FieldErrors.invalid(path, "",
                        "cannot set both port name & port number"), service.getPort(), null);
            } else if (!hasName && !hasNumber) {
                reporter.report(ApiServerRules.INGRESS_BACKEND, FieldErrors.required(path,
                        "port name or number is required"), service, null);
            } else if (hasNumber && NameFormats.portNumber(number) != null) {
                reporter.report(ApiServerRules.INGRESS_BACKEND, FieldErrors.invalid(path + ".service.port.number",
                        number, NameFormats.portNumber(number)), service.getPort(),
                        NetworkingV1Package.Literals.SERVICE_BACKEND_PORT__NUMBER);
            }
        }
    }
}
