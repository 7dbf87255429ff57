package io.pilothouse.runtime.scheduler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Factory;
import io.pilothouse.runtime.Cluster;

/** A cluster with a scheduler, fed from fixtures, with readable views of what came out. */
final class Scenario {

    final Cluster cluster = new Cluster();
    final Scheduler scheduler;

    Scenario() {
        this(new Scheduler());
    }

    Scenario(Scheduler scheduler) {
        this.scheduler = scheduler;
        cluster.add(scheduler);
    }

    /** Creates the objects of a fixture in order, then settles. */
    Scenario apply(String fixture) {
        for (EObject object : SchedulerTestObjects.fixture(fixture)) {
            create(object);
        }
        cluster.settle();
        return this;
    }

    /** Creates an object; a node keeps its status (the store drops the status on create, as the API does). */
    void create(EObject object) {
        cluster.store().create(object);
        if (object instanceof Node node && node.getStatus() != null) {
            cluster.store().updateStatus(node);
        }
    }

    Pod pod(String name) {
        return cluster.store().get(CoreV1Factory.eINSTANCE.createPod().eClass(), "default", name);
    }

    String nodeName(String pod) {
        String node = pod(pod).getSpec().getNodeName();
        return node == null ? "" : node;
    }

    /** {@code status reason: message} of the PodScheduled condition, {@code ""} without one. */
    String podScheduled(String pod) {
        Pod current = pod(pod);
        if (current.getStatus() == null) {
            return "";
        }
        for (PodCondition condition : current.getStatus().getConditions()) {
            if ("PodScheduled".equals(condition.getType())) {
                return condition.getStatus() + " " + condition.getReason() + ": " + condition.getMessage();
            }
        }
        return "";
    }

    /** {@code type reason regarding: note (xN)} of every event in default, by name. */
    List<String> events() {
        List<String> lines = new ArrayList<>();
        for (Event event : cluster.store().<Event>list(EventsV1Factory.eINSTANCE.createEvent().eClass(), "default",
                null)) {
            String count = event.getSeries() == null ? "" : " (x" + event.getSeries().getCount() + ")";
            lines.add(event.getType() + " " + event.getReason() + " " + event.getRegarding().getName() + ": "
                    + event.getNote() + count);
        }
        return lines;
    }

    /** Replaces a pod after an edit. */
    void update(Pod pod) {
        cluster.store().update(pod);
        cluster.settle();
    }
}
