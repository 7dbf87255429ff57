package io.pilothouse.runtime.scheduler.plugins;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.scheduler.SchedulerTestObjects;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.Listers;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Snapshot;
import io.pilothouse.runtime.scheduler.framework.WaitingPod;

/** A store with listers watching it and a snapshot, as the handle of the volume and device plugin tests. */
final class VolumeTestCluster implements Handle {

    final ObjectStore store = new ObjectStore(new VirtualClock());
    private final Listers listers = Listers.watching(store);
    private final Snapshot snapshot = new Snapshot();

    /** Creates the objects of a YAML text in the store (a status given in the YAML is written too). */
    VolumeTestCluster create(String yaml) {
        for (EObject object : SchedulerTestObjects.objects(yaml)) {
            store.create(object);
            if (KindInfo.of(object.eClass()).status() != null
                    && object.eGet(KindInfo.of(object.eClass()).status()) != null) {
                store.updateStatus(object);
            }
        }
        return this;
    }

    /** Adds a node to the snapshot. */
    NodeInfo node(String name, String labels) {
        Node node = SchedulerTestObjects.node(name, "  labels: " + labels + "\n");
        snapshot.putNode(node);
        return snapshot.get(name);
    }

    /** Adds a pod to a node of the snapshot. */
    void place(Pod pod, String nodeName) {
        snapshot.addPod(PodInfo.of(pod), nodeName);
    }

    @Override
    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public WaitingPod waitingPod(String podKey) {
        return null;
    }

    @Override
    public Listers listers() {
        return listers;
    }
}
