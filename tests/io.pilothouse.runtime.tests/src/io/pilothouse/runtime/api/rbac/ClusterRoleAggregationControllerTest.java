package io.pilothouse.runtime.api.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.rbac.v1.ClusterRole;
import io.pilothouse.model.k8s.rbac.v1.RbacV1Package;
import io.pilothouse.runtime.Cluster;

class ClusterRoleAggregationControllerTest {

    private static final RbacV1Package RBAC = RbacV1Package.eINSTANCE;

    @Test
    void aggregatesTheRulesOfTheSelectedRolesInNameOrder() {
        Cluster cluster = RbacFixtures.policyCluster();
        assertEquals(List.of("{APIGroups:[\"\"], Resources:[\"endpoints\"], Verbs:[\"get\" \"list\"]}",
                "{NonResourceURLs:[\"/metrics\"], Verbs:[\"get\"]}"), rules(cluster));
    }

    @Test
    void followsChangesAndDeletionsOfTheSelectedRoles() {
        Cluster cluster = RbacFixtures.policyCluster();
        ClusterRole endpoints = cluster.store().get(RBAC.getClusterRole(), null, "monitoring-endpoints");
        endpoints.getRules().get(0).getVerbs().add("watch");
        cluster.store().update(endpoints);
        cluster.settle();
        assertEquals(List.of("{APIGroups:[\"\"], Resources:[\"endpoints\"], Verbs:[\"get\" \"list\" \"watch\"]}",
                "{NonResourceURLs:[\"/metrics\"], Verbs:[\"get\"]}"), rules(cluster));
        cluster.store().delete(RBAC.getClusterRole(), null, "monitoring-metrics");
        cluster.settle();
        assertEquals(List.of("{APIGroups:[\"\"], Resources:[\"endpoints\"], Verbs:[\"get\" \"list\" \"watch\"]}"),
                rules(cluster));
    }

    private static List<String> rules(Cluster cluster) {
        ClusterRole monitoring = cluster.store().get(RBAC.getClusterRole(), null, "monitoring");
        return monitoring.getRules().stream().map(rule -> Rule.of(rule).compactString()).toList();
    }
}
