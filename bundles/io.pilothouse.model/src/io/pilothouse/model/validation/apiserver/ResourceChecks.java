package io.pilothouse.model.validation.apiserver;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;

/**
 * kube-apiserver's rules for a container's resources: no request above its limit, and extended resources (names
 * with a domain other than {@code kubernetes.io}, such as {@code nvidia.com/gpu}) are whole numbers that cannot be
 * overcommitted: a limit is required and a request must equal it. Huge pages ({@code hugepages-<size>}) cannot be
 * overcommitted either, and a container using them must also request or limit cpu or memory.
 */
final class ResourceChecks {

    private static final String NATIVE_DOMAIN = "kubernetes.io/";
    private static final String HUGE_PAGES_PREFIX = "hugepages-";
    private static final String REQUESTS_PREFIX = "requests.";

    private ResourceChecks() {}

    static void check(ResourceRequirements resources, Reporter reporter) {
        String path = FieldPaths.of(resources);
        EMap<String, Quantity> limits = resources.getLimits();
        EMap<String, Quantity> requests = resources.getRequests();
        for (Map.Entry<String, Quantity> limit : limits) {
            if (isExtended(limit.getKey())) {
                integer(limit, reporter);
            }
        }
        for (Map.Entry<String, Quantity> request : requests) {
            String name = request.getKey();
            Quantity limit = limits.get(name);
            String requestPath = path + ".requests[" + name + "]";
            Quantity value = request.getValue();
            if (value == null) {
                continue;
            }
            if (isExtended(name)) {
                integer(request, reporter);
            }
            if (isExtended(name) || isHugePages(name)) {
                if (limit == null) {
                    reporter.report(ApiServerRules.EXTENDED_RESOURCE, FieldErrors.required(path + ".limits",
                            "Limit must be set for non overcommitable resources"), resources,
                            CoreV1Package.Literals.RESOURCE_REQUIREMENTS__LIMITS);
                } else if (value.compareTo(limit) != 0) {
                    reporter.report(ApiServerRules.EXTENDED_RESOURCE, FieldErrors.invalid(requestPath, value.toString(),
                            "must be equal to " + name + " limit of " + limit), (EObject) request,
                            CoreV1Package.Literals.QUANTITY_MAP_ENTRY__VALUE);
                }
            } else if (limit != null && value.compareTo(limit) > 0) {
                reporter.report(ApiServerRules.REQUESTS_EXCEED_LIMITS, FieldErrors.invalid(requestPath,
                        value.toString(), "must be less than or equal to " + name + " limit of " + limit),
                        (EObject) request, CoreV1Package.Literals.QUANTITY_MAP_ENTRY__VALUE);
            }
        }
        hugePages(resources, path, reporter);
    }

    private static void hugePages(ResourceRequirements resources, String path, Reporter reporter) {
        boolean hugePages = false;
        boolean cpuOrMemory = false;
        for (EMap<String, Quantity> quantities : List.of(resources.getRequests(), resources.getLimits())) {
            for (String name : quantities.keySet()) {
                hugePages |= isHugePages(name);
                cpuOrMemory |= "cpu".equals(name) || "memory".equals(name);
            }
        }
        if (hugePages && !cpuOrMemory) {
            reporter.report(ApiServerRules.HUGE_PAGES, FieldErrors.forbidden(path, "HugePages require cpu or memory"),
                    resources, null);
        }
    }

    private static boolean isHugePages(String name) {
        return name.startsWith(HUGE_PAGES_PREFIX);
    }

    /** @return whether a resource name is an extended resource ({@code v1helper.IsExtendedResourceName}) */
    static boolean isExtended(String name) {
        return name.indexOf('/') >= 0 && !name.contains(NATIVE_DOMAIN) && !name.startsWith(REQUESTS_PREFIX);
    }

    private static void integer(Map.Entry<String, Quantity> entry, Reporter reporter) {
        Quantity value = entry.getValue();
        if (value != null && value.asBigDecimal().stripTrailingZeros().scale() > 0) {
            EObject object = (EObject) entry;
            reporter.report(ApiServerRules.EXTENDED_RESOURCE, FieldErrors.invalid(FieldPaths.of(object),
                    value.toString(), "must be an integer"), object, CoreV1Package.Literals.QUANTITY_MAP_ENTRY__VALUE);
        }
    }
}
