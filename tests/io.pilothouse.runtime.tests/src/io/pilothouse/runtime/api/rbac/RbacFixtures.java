package io.pilothouse.runtime.api.rbac;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.apply.ManifestApply;

/** A cluster with the bootstrap policy, the aggregation controller and the roles of {@code /rbac/policy.yaml}. */
final class RbacFixtures {

    private RbacFixtures() {}

    static Cluster policyCluster() {
        Cluster cluster = new Cluster();
        RbacBootstrap.install(cluster.store());
        cluster.add(new ClusterRoleAggregationController());
        try (InputStream in = RbacFixtures.class.getResourceAsStream("/rbac/policy.yaml")) {
            new ManifestApply(cluster.store(), null)
                    .apply(new ManifestLoader(KindRegistry.builtIn()).load(in, "policy.yaml").objects());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cluster.settle();
        return cluster;
    }
}
