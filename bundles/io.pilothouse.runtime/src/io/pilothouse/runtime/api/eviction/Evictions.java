package io.pilothouse.runtime.api.eviction;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.DeleteOptions;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.Status;
import io.pilothouse.model.k8s.meta.v1.StatusCause;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.ApiErrors;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The pods' {@code eviction} subresource (policy/v1 Eviction), as the API server's eviction REST: a pod that is
 * finished, pending or being deleted goes at once; otherwise its one PodDisruptionBudget must allow a disruption,
 * which the eviction takes (the pod enters {@code disruptedPods}) before deleting the pod gracefully. A pod that is
 * not ready may go without taking one, as {@code unhealthyPodEvictionPolicy} says.
 */
public final class Evictions {

    /** Upstream's refusal when a budget would be violated. */
    public static final String VIOLATION = "Cannot evict pod as it would violate the pod's disruption budget.";

    private final ObjectStore store;

    public Evictions(ObjectStore store) {
        this.store = store;
    }

    /**
     * Evicts a pod.
     *
     * @param options the delete options ({@code gracePeriodSeconds}), or {@code null}
     * @throws ApiException NotFound, 429 TooManyRequests when the budget allows no disruption, 500 when several
     *                      budgets select the pod
     */
    public void evict(String namespace, String name, DeleteOptions options) {
        Pod pod = store.get(CoreV1Package.Literals.POD, namespace, name);
        Long grace = options == null ? null : options.getGracePeriodSeconds();
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if (List.of("Succeeded", "Failed", "Pending").contains(phase)
                || pod.getMetadata().getDeletionTimestamp() != null) {
            delete(pod, grace);
            return;
        }
        List<PodDisruptionBudget> budgets = store.<PodDisruptionBudget>list(
                PolicyV1Package.Literals.POD_DISRUPTION_BUDGET, pod.getMetadata().getNamespace(), null).stream()
                .filter(pdb -> pdb.getSpec().getSelector() != null && LabelSelectors.matches(
                        pdb.getSpec().getSelector(), pod.getMetadata().getLabels().map()))
                .toList();
        if (budgets.size() > 1) {
            throw ApiErrors.internal("This pod has more than one PodDisruptionBudget, which the eviction "
                    + "subresource does not support.");
        }
        if (budgets.isEmpty()) {
            delete(pod, grace);
            return;
        }
        PodDisruptionBudget pdb = EcoreUtil.copy(budgets.get(0));
        if (pdb.getStatus() == null || pdb.getStatus().getObservedGeneration() == null
                || pdb.getStatus().getObservedGeneration() < pdb.getMetadata().getGeneration()) {
            throw violation("The disruption budget " + pdb.getMetadata().getName()
                    + " is still being processed by the server.");
        }
        if (!ready(pod) && unhealthyMayGo(pdb)) {
            delete(pod, grace);
            return;
        }
        int allowed = pdb.getStatus().getDisruptionsAllowed() == null ? 0 : pdb.getStatus().getDisruptionsAllowed();
        if (allowed <= 0) {
            throw violation("The disruption budget " + pdb.getMetadata().getName() + " needs "
                    + pdb.getStatus().getDesiredHealthy() + " healthy pods and has "
                    + pdb.getStatus().getCurrentHealthy() + " currently");
        }
        pdb.getStatus().setDisruptionsAllowed(allowed - 1);
        pdb.getStatus().getDisruptedPods().put(pod.getMetadata().getName(), Time.of(store.clock().now()));
        store.updateStatus(pdb);
        delete(pod, grace);
    }

    private boolean unhealthyMayGo(PodDisruptionBudget pdb) {
        if ("AlwaysAllow".equals(pdb.getSpec().getUnhealthyPodEvictionPolicy())) {
            return true;
        }
        int current = pdb.getStatus().getCurrentHealthy() == null ? 0 : pdb.getStatus().getCurrentHealthy();
        int desired = pdb.getStatus().getDesiredHealthy() == null ? 0 : pdb.getStatus().getDesiredHealthy();
        return current >= desired && desired > 0;
    }

    private void delete(Pod pod, Long grace) {
        store.delete(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                grace);
    }

    private static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static ApiException violation(String cause) {
        Status status = ApiErrors.tooManyRequests(VIOLATION, 0).status();
        StatusCause reason = MetaV1Factory.eINSTANCE.createStatusCause();
        reason.setReason("DisruptionBudget");
        reason.setMessage(cause);
        status.getDetails().getCauses().add(reason);
        return new ApiException(status);
    }
}
