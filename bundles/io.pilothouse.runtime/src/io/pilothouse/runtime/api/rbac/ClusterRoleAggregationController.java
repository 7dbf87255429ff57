package io.pilothouse.runtime.api.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.rbac.v1.ClusterRole;
import io.pilothouse.model.k8s.rbac.v1.PolicyRule;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * kube-controller-manager's ClusterRole aggregation controller: the rules of a ClusterRole with an
 * {@code aggregationRule} are the rules of the other ClusterRoles its selectors match, selector by selector, the
 * matching roles in name order, each distinct rule once. Any ClusterRole change requeues every aggregated role.
 */
public final class ClusterRoleAggregationController extends InformerController {

    private final Set<String> aggregated = new TreeSet<>();
    private Informer<ClusterRole> clusterRoles;

    @Override
    public String name() {
        return "clusterrole-aggregation-controller";
    }

    @Override
    protected void startInformers() {
        clusterRoles = Informer.start(context(), RbacV1Package.Literals.CLUSTER_ROLE,
                new Informer.Handler<>() {
                    @Override
                    public void onAdd(ClusterRole role) {
                        track(role);
                    }

                    @Override
                    public void onUpdate(ClusterRole old, ClusterRole current) {
                        track(current);
                    }

                    @Override
                    public void onDelete(ClusterRole role) {
                        aggregated.remove(role.getMetadata().getName());
                        aggregated.forEach(ClusterRoleAggregationController.this::enqueue);
                    }
                });
    }

    @Override
    protected void sync(String key) {
        ClusterRole role = clusterRoles.get(key);
        if (role == null || role.getAggregationRule() == null) {
            return;
        }
        List<PolicyRule> rules = new ArrayList<>();
        for (LabelSelector selector : role.getAggregationRule().getClusterRoleSelectors()) {
            for (ClusterRole source : clusterRoles.inNamespace("")) {
                if (source.getMetadata().getName().equals(key)
                        || !LabelSelectors.matches(selector, source.getMetadata().getLabels().map())) {
                    continue;
                }
                for (PolicyRule rule : source.getRules()) {
                    if (rules.stream().noneMatch(existing -> EcoreUtil.equals(existing, rule))) {
                        rules.add(rule);
                    }
                }
            }
        }
        if (EcoreUtil.equals(rules, role.getRules())) {
            return;
        }
        ClusterRole updated = EcoreUtil.copy(role);
        updated.getRules().clear();
        updated.getRules().addAll(EcoreUtil.copyAll(rules));
        context().store().update(updated);
    }

    private void track(ClusterRole role) {
        if (role.getAggregationRule() == null) {
            aggregated.remove(role.getMetadata().getName());
        } else {
            aggregated.add(role.getMetadata().getName());
        }
        aggregated.forEach(this::enqueue);
    }
}
