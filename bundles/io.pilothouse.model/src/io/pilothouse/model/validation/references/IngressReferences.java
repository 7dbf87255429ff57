package io.pilothouse.model.validation.references;

import static io.pilothouse.model.k8s.networking.v1.NetworkingV1Package.Literals.INGRESS_SERVICE_BACKEND__NAME;
import static io.pilothouse.model.k8s.networking.v1.NetworkingV1Package.Literals.INGRESS_SERVICE_BACKEND__PORT;
import static io.pilothouse.model.k8s.networking.v1.NetworkingV1Package.Literals.INGRESS_SPEC__INGRESS_CLASS_NAME;
import static io.pilothouse.model.k8s.networking.v1.NetworkingV1Package.Literals.INGRESS_TLS__SECRET_NAME;

import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.core.v1.ServicePort;
import io.pilothouse.model.k8s.networking.v1.HTTPIngressPath;
import io.pilothouse.model.k8s.networking.v1.Ingress;
import io.pilothouse.model.k8s.networking.v1.IngressBackend;
import io.pilothouse.model.k8s.networking.v1.IngressRule;
import io.pilothouse.model.k8s.networking.v1.IngressServiceBackend;
import io.pilothouse.model.k8s.networking.v1.IngressSpec;
import io.pilothouse.model.k8s.networking.v1.IngressTLS;
import io.pilothouse.model.k8s.networking.v1.ServiceBackendPort;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.SetCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An Ingress's backend Services and their ports, its IngressClass and its TLS Secrets. */
final class IngressReferences implements SetCheck {

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        References references = new References(new ResourceIndex(manifests.resources()), reporter);
        for (Ingress ingress : manifests.resourcesOf(Ingress.class)) {
            IngressSpec spec = ingress.getSpec();
            if (spec == null) {
                continue;
            }
            String namespace = Resources.namespace(ingress);
            for (IngressBackend backend : backends(spec)) {
                if (backend.getService() != null) {
                    service(references, namespace, backend.getService());
                }
            }
            references.require(ReferenceRules.INGRESS_CLASS, "networking.k8s.io", "IngressClass", "",
                    spec.getIngressClassName(), spec, INGRESS_SPEC__INGRESS_CLASS_NAME);
            for (IngressTLS tls : spec.getTls()) {
                references.require(ReferenceRules.SECRET, "", "Secret", namespace, tls.getSecretName(), tls,
                        INGRESS_TLS__SECRET_NAME);
            }
        }
    }

    private static List<IngressBackend> backends(IngressSpec spec) {
        List<IngressBackend> backends = new ArrayList<>();
        if (spec.getDefaultBackend() != null) {
            backends.add(spec.getDefaultBackend());
        }
        for (IngressRule rule : spec.getRules()) {
            if (rule.getHttp() != null) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    if (path.getBackend() != null) {
                        backends.add(path.getBackend());
                    }
                }
            }
        }
        return backends;
    }

    private static void service(References references, String namespace, IngressServiceBackend backend) {
        references.require(ReferenceRules.INGRESS_SERVICE, "", "Service", namespace, backend.getName(), backend,
                INGRESS_SERVICE_BACKEND__NAME).ifPresent(found -> {
                    ServiceBackendPort port = backend.getPort();
                    if (port != null && found instanceof Service service && service.getSpec() != null
                            && service.getSpec().getPorts().stream().noneMatch(p -> matches(p, port))) {
                        String wanted = port.getName() != null && !port.getName().isEmpty()
                                ? "named \"" + port.getName() + '"'
                                : String.valueOf(port.getNumber());
                        references.report(ReferenceRules.INGRESS_SERVICE_PORT, "Service \"" + backend.getName()
                                + "\" has no port " + wanted, backend, INGRESS_SERVICE_BACKEND__PORT);
                    }
                });
    }

    private static boolean matches(ServicePort servicePort, ServiceBackendPort port) {
        return port.getName() != null && !port.getName().isEmpty()
                ? port.getName().equals(servicePort.getName())
                : Objects.equals(port.getNumber(), servicePort.getPort());
    }
}
