package io.pilothouse.runtime.api.admission;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.ResourceQuota;
import io.pilothouse.model.k8s.core.v1.ScopedResourceSelectorRequirement;

/**
 * Whether a quota applies to an object: a quota without scopes applies to everything, a scoped one to the pods that
 * are in every scope ({@code Terminating}, {@code NotTerminating}, {@code BestEffort}, {@code NotBestEffort},
 * {@code PriorityClass}) of its {@code scopes} and {@code scopeSelector}.
 */
final class QuotaScopes {

    private QuotaScopes() {}

    /** Whether the quota applies to the object. */
    static boolean applies(ResourceQuota quota, EObject object) {
        List<String> scopes = quota.getSpec().getScopes();
        List<ScopedResourceSelectorRequirement> selector = quota.getSpec().getScopeSelector() == null
                ? List.of()
                : quota.getSpec().getScopeSelector().getMatchExpressions();
        if (scopes.isEmpty() && selector.isEmpty()) {
            return true;
        }
        if (!(object instanceof Pod pod) || pod.getSpec() == null) {
            return false;
        }
        return scopes.stream().allMatch(scope -> inScope(pod, scope))
                && selector.stream().allMatch(requirement -> matches(pod, requirement));
    }

    private static boolean matches(Pod pod, ScopedResourceSelectorRequirement requirement) {
        String scope = requirement.getScopeName();
        if (!"PriorityClass".equals(scope)) {
            boolean in = inScope(pod, scope);
            return "DoesNotExist".equals(requirement.getOperator()) != in;
        }
        String className = pod.getSpec().getPriorityClassName();
        boolean named = className != null && !className.isEmpty();
        return switch (requirement.getOperator()) {
            case "In" -> named && requirement.getValues().contains(className);
            case "NotIn" -> !named || !requirement.getValues().contains(className);
            case "Exists" -> named;
            case "DoesNotExist" -> !named;
            default -> false;
        };
    }

    private static boolean inScope(Pod pod, String scope) {
        Long deadline = pod.getSpec().getActiveDeadlineSeconds();
        boolean terminating = deadline != null && deadline >= 0;
        return switch (scope) {
            case "Terminating" -> terminating;
            case "NotTerminating" -> !terminating;
            case "BestEffort" -> isBestEffort(pod);
            case "NotBestEffort" -> !isBestEffort(pod);
            default -> false;
        };
    }

    private static boolean isBestEffort(Pod pod) {
        return pod.getSpec().getContainers().stream().map(Container::getResources)
                .allMatch(resources -> resources == null
                        || resources.getRequests().isEmpty() && resources.getLimits().isEmpty());
    }
}
