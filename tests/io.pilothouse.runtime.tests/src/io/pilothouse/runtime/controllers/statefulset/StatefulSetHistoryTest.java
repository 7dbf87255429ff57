package io.pilothouse.runtime.controllers.statefulset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ControllerRevision;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.Cluster;

/** A StatefulSet's revision history: pruning to {@code revisionHistoryLimit}, rollbacks, hash collisions. */
class StatefulSetHistoryTest {

    /** The set's revisions, oldest first, as {@code number:image}. */
    private static List<String> revisions(Cluster cluster) {
        List<ControllerRevision> revisions = cluster.store().list(AppsV1Package.Literals.CONTROLLER_REVISION,
                "default", null);
        return revisions.stream().sorted(Comparator.comparing(ControllerRevision::getRevision))
                .map(revision -> revision.getRevision() + ":" + TemplateRevisions.template(revision.getData())
                        .getSpec().getContainers().get(0).getImage())
                .toList();
    }

    private static StatefulSet withHistoryLimit(int replicas, int limit) {
        StatefulSet set = StatefulSetControllerTest.load();
        set.getSpec().setReplicas(replicas);
        set.getSpec().setRevisionHistoryLimit(limit);
        return set;
    }

    @Test
    void oldRevisionsBeyondTheLimitAreDeletedAndARollbackRenumbersItsRevision() {
        Cluster cluster = StatefulSetControllerTest.cluster(withHistoryLimit(0, 1));
        StatefulSetControllerTest.setImage(cluster, "nginx:2");
        StatefulSetControllerTest.setImage(cluster, "nginx:3");
        assertEquals(List.of("2:nginx:2", "3:nginx:3"), revisions(cluster));
        StatefulSetControllerTest.setImage(cluster, "nginx:2");
        assertEquals(List.of("3:nginx:3", "4:nginx:2"), revisions(cluster));
        StatefulSetControllerTest.setImage(cluster, "nginx:4");
        assertEquals(List.of("4:nginx:2", "5:nginx:4"), revisions(cluster));
        StatefulSet set = StatefulSetControllerTest.get(cluster);
        assertEquals(set.getStatus().getUpdateRevision(), set.getStatus().getCurrentRevision());
    }

    @Test
    void aRevisionAPodStillRunsIsKept() {
        StatefulSet onDelete = withHistoryLimit(1, 0);
        StatefulSetUpdateStrategy strategy = AppsV1Factory.eINSTANCE.createStatefulSetUpdateStrategy();
        strategy.setType("OnDelete");
        onDelete.getSpec().setUpdateStrategy(strategy);
        Cluster cluster = StatefulSetControllerTest.cluster(onDelete);
        StatefulSetControllerTest.setImage(cluster, "nginx:2");
        StatefulSetControllerTest.setImage(cluster, "nginx:3");
        assertEquals(List.of("1:registry.k8s.io/nginx-slim:0.24", "3:nginx:3"), revisions(cluster),
                "web-0 still runs revision 1; revision 2 is neither current, update nor used");
    }

    @Test
    void aNameTakenByOtherDataRaisesTheCollisionCount() {
        StatefulSet set = StatefulSetControllerTest.load();
        PodTemplateSpec template = set.getSpec().getTemplate();
        Cluster cluster = new Cluster();
        cluster.add(new StatefulSetController());
        ControllerRevision squatter = AppsV1Factory.eINSTANCE.createControllerRevision();
        squatter.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        squatter.getMetadata().setName("web-" + TemplateRevisions.hash(template));
        squatter.getMetadata().setNamespace("default");
        squatter.setRevision(7L);
        cluster.store().create(squatter);
        cluster.store().create(set);
        cluster.settle();
        StatefulSet created = StatefulSetControllerTest.get(cluster);
        String expected = "web-" + TemplateRevisions.hash(template, 1);
        assertEquals(1, created.getStatus().getCollisionCount());
        assertEquals(expected, created.getStatus().getUpdateRevision());
        assertEquals(expected, StatefulSetControllerTest.pod(cluster, "web-0").getMetadata().getLabels()
                .get(StatefulPods.REVISION_LABEL));
        assertEquals(1L, cluster.store().<ControllerRevision>get(AppsV1Package.Literals.CONTROLLER_REVISION,
                "default", expected).getRevision());
    }
}
