package io.pilothouse.model.validation.references;

import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.SetCheck;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.emf.ecore.EObject;

/**
 * Gateway API routes (every {@code *Route} kind of {@code gateway.networking.k8s.io}, any version): their
 * {@code backendRefs} to Services and ports, their {@code parentRefs} to Gateways, and whether a listener of the
 * parent Gateway (filtered by {@code sectionName} and {@code port}) allows the route by its {@code allowedRoutes}
 * namespaces ({@code Same} by default, {@code All}, {@code Selector} against the Namespace's labels) and kinds
 * (by default those of the listener's protocol). References to other kinds are not checked.
 */
final class GatewayReferences implements SetCheck {

    private static final String GATEWAY_GROUP = "gateway.networking.k8s.io";
    private static final Map<String, List<String>> KINDS_BY_PROTOCOL = Map.of("HTTP", List.of("HTTPRoute",
            "GRPCRoute"), "HTTPS", List.of("HTTPRoute", "GRPCRoute"), "TLS", List.of("TLSRoute"), "TCP",
            List.of("TCPRoute"), "UDP", List.of("UDPRoute"));

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        References references = new References(new ResourceIndex(manifests.resources()), reporter);
        for (EObject route : manifests.resources()) {
            if (Resources.isKind(route.eClass()) && GATEWAY_GROUP.equals(Resources.group(route))
                    && Resources.kind(route).endsWith("Route")) {
                EObject spec = Fields.child(route, "spec");
                for (EObject parentRef : Fields.children(spec, "parentRefs")) {
                    parent(references, route, parentRef);
                }
                for (EObject rule : Fields.children(spec, "rules")) {
                    for (EObject backendRef : Fields.children(rule, "backendRefs")) {
                        backend(references, Resources.namespace(route), backendRef);
                    }
                }
            }
        }
    }

    private static void backend(References references, String routeNamespace, EObject backendRef) {
        if (!"".equals(Fields.string(backendRef, "group", "")) || !"Service".equals(Fields.string(backendRef, "kind",
                "Service"))) {
            return;
        }
        String name = Fields.string(backendRef, "name", null);
        Integer port = Fields.integer(backendRef, "port");
        references.require(ReferenceRules.ROUTE_BACKEND, "", "Service",
                Fields.string(backendRef, "namespace", routeNamespace), name, backendRef,
                Fields.feature(backendRef, "name")).ifPresent(found -> {
                    if (port != null && found instanceof Service service && service.getSpec() != null
                            && service.getSpec().getPorts().stream().noneMatch(p -> port.equals(p.getPort()))) {
                        references.report(ReferenceRules.ROUTE_BACKEND_PORT, "Service \"" + name + "\" has no port "
                                + port, backendRef, Fields.feature(backendRef, "port"));
                    }
                });
    }

    private static void parent(References references, EObject route, EObject parentRef) {
        if (!GATEWAY_GROUP.equals(Fields.string(parentRef, "group", GATEWAY_GROUP))
                || !"Gateway".equals(Fields.string(parentRef, "kind", "Gateway"))) {
            return;
        }
        String routeNamespace = Resources.namespace(route);
        String namespace = Fields.string(parentRef, "namespace", routeNamespace);
        String name = Fields.string(parentRef, "name", null);
        references.require(ReferenceRules.ROUTE_PARENT, GATEWAY_GROUP, "Gateway", namespace, name, parentRef,
                Fields.feature(parentRef, "name")).ifPresent(gateway -> {
                    String problem = attachment(references.index(), route, parentRef, gateway);
                    if (problem != null) {
                        references.report(ReferenceRules.ROUTE_NOT_ALLOWED, "Gateway \"" + namespace + '/' + name
                                + "\" " + problem, parentRef, Fields.feature(parentRef, "name"));
                    }
                });
    }

    /** @return why the route cannot attach to the Gateway, or {@code null} when a listener allows it */
    private static String attachment(ResourceIndex index, EObject route, EObject parentRef, EObject gateway) {
        String sectionName = Fields.string(parentRef, "sectionName", null);
        Integer port = Fields.integer(parentRef, "port");
        boolean candidate = false;
        for (EObject listener : Fields.children(Fields.child(gateway, "spec"), "listeners")) {
            if ((sectionName == null || sectionName.equals(Fields.string(listener, "name", null)))
                    && (port == null || port.equals(Fields.integer(listener, "port")))) {
                candidate = true;
                if (allowsKind(listener, Resources.kind(route)) && allowsNamespace(index, listener, route, gateway)) {
                    return null;
                }
            }
        }
        if (!candidate) {
            return sectionName != null
                    ? "has no listener named \"" + sectionName + '"'
                    : "has no listener on port " + port;
        }
        return "has no listener that allows " + Resources.kind(route) + " from namespace \""
                + Resources.namespace(route) + '"';
    }

    private static boolean allowsKind(EObject listener, String kind) {
        List<EObject> kinds = Fields.children(Fields.child(listener, "allowedRoutes"), "kinds");
        if (kinds.isEmpty()) {
            List<String> defaults = KINDS_BY_PROTOCOL.get(Fields.string(listener, "protocol", ""));
            return defaults == null || defaults.contains(kind);
        }
        return kinds.stream().anyMatch(allowed -> kind.equals(Fields.string(allowed, "kind", null))
                && GATEWAY_GROUP.equals(Fields.string(allowed, "group", GATEWAY_GROUP)));
    }

    private static boolean allowsNamespace(ResourceIndex index, EObject listener, EObject route, EObject gateway) {
        EObject namespaces = Fields.child(Fields.child(listener, "allowedRoutes"), "namespaces");
        String routeNamespace = Resources.namespace(route);
        return switch (Fields.string(namespaces, "from", "Same")) {
            case "All" -> true;
            case "Selector" -> selects(Fields.child(namespaces, "selector"), namespaceLabels(index, routeNamespace));
            default -> routeNamespace.equals(Resources.namespace(gateway));
        };
    }

    private static Map<String, String> namespaceLabels(ResourceIndex index, String namespace) {
        Map<String, String> labels = new TreeMap<>();
        index.find("", "Namespace", "", namespace)
                .ifPresent(found -> labels.putAll(Resources.labels(Resources.metadata(found))));
        labels.put("kubernetes.io/metadata.name", namespace);
        return labels;
    }

    private static boolean selects(EObject selector, Map<String, String> labels) {
        if (!Selectors.matches(Fields.stringMap(selector, "matchLabels"), labels)) {
            return false;
        }
        for (EObject expression : Fields.children(selector, "matchExpressions")) {
            String value = labels.get(Fields.string(expression, "key", ""));
            List<String> values = Fields.strings(expression, "values");
            boolean holds = switch (Fields.string(expression, "operator", "")) {
                case "In" -> values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
