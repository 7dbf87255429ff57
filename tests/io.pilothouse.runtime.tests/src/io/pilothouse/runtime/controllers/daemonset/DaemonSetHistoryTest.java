package io.pilothouse.runtime.controllers.daemonset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ControllerRevision;
import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.controllers.statefulset.TemplateRevisions;

/** A DaemonSet's revision history: pruning to {@code revisionHistoryLimit} and hash collisions. */
class DaemonSetHistoryTest {

    private static void setImage(DaemonSetScenario scenario, String image) {
        scenario.updateSet(set -> set.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(image));
    }

    /** The revisions owned by the set, oldest first, as {@code number:name}. */
    private static List<String> revisions(DaemonSetScenario scenario) {
        List<ControllerRevision> revisions = scenario.cluster.store().list(
                AppsV1Package.Literals.CONTROLLER_REVISION, DaemonSetScenario.NAMESPACE, null);
        return revisions.stream().filter(revision -> !revision.getMetadata().getOwnerReferences().isEmpty())
                .sorted(Comparator.comparing(ControllerRevision::getRevision))
                .map(revision -> revision.getRevision() + ":" + revision.getMetadata().getName()).toList();
    }

    private static String name(DaemonSet set, int collisionCount) {
        return "fluentd-" + TemplateRevisions.hash(set.getSpec().getTemplate(), collisionCount);
    }

    @Test
    void oldRevisionsBeyondTheLimitAreDeleted() {
        DaemonSetScenario scenario = new DaemonSetScenario(set -> set.getSpec().setRevisionHistoryLimit(1));
        setImage(scenario, "fluentd:2");
        DaemonSet second = scenario.set();
        setImage(scenario, "fluentd:3");
        assertEquals(List.of("2:" + name(second, 0), "3:" + name(scenario.set(), 0)), revisions(scenario));
    }

    @Test
    void aNameTakenByAnotherTemplateRaisesTheCollisionCount() {
        DaemonSetScenario scenario = new DaemonSetScenario(set -> {});
        DaemonSet changed = scenario.set();
        changed.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("fluentd:2");
        ControllerRevision squatter = AppsV1Factory.eINSTANCE.createControllerRevision();
        squatter.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        squatter.getMetadata().setName(name(changed, 0));
        squatter.getMetadata().setNamespace(DaemonSetScenario.NAMESPACE);
        squatter.setRevision(9L);
        scenario.cluster.store().create(squatter);
        setImage(scenario, "fluentd:2");
        DaemonSet updated = scenario.set();
        assertEquals(1, updated.getStatus().getCollisionCount());
        assertEquals("2:" + name(updated, 1), revisions(scenario).getLast());
        assertEquals(TemplateRevisions.hash(updated.getSpec().getTemplate(), 1), scenario.cluster.store()
                .<ControllerRevision>get(AppsV1Package.Literals.CONTROLLER_REVISION, DaemonSetScenario.NAMESPACE,
                        name(updated, 1))
                .getMetadata().getLabels().get(DaemonPods.REVISION_LABEL));
    }
}
