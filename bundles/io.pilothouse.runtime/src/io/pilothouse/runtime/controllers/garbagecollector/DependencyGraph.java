package io.pilothouse.runtime.controllers.garbagecollector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.KindInfo;

/**
 * Upstream's {@code GraphBuilder}: the objects of every kind by uid and, for each owner uid, its dependents (also of
 * owners not seen, whose absence the collector checks). Each change is turned into the work it causes, handed to the
 * collector's queues in a deterministic order (dependents in uid order).
 */
final class DependencyGraph {

    /** Where the graph hands the work a change causes. */
    interface Work {

        /** Check whether the object with the uid is garbage, or waits for its dependents. */
        void attemptToDelete(String uid);

        /** Orphan the dependents of the owner with the uid. */
        void attemptToOrphan(String uid);
    }

    private final Map<String, GraphNode> nodes = new HashMap<>();
    private final Map<String, NavigableSet<String>> dependents = new HashMap<>();
    private final Work work;

    DependencyGraph(Work work) {
        this.work = work;
    }

    /** The node with a uid, or {@code null} when no such object exists. */
    GraphNode node(String uid) {
        return nodes.get(uid);
    }

    /** The existing dependents of an owner, in uid order. */
    List<GraphNode> dependents(String ownerUid) {
        List<GraphNode> found = new ArrayList<>();
        for (String uid : dependents.getOrDefault(ownerUid, new TreeSet<>())) {
            GraphNode node = nodes.get(uid);
            if (node != null) {
                found.add(node);
            }
        }
        return found;
    }

    /** An object was added or changed. */
    void observe(EClass kind, EObject object) {
        ObjectMeta meta = KindInfo.of(kind).metadata(object);
        GraphNode node = new GraphNode(kind, meta.getNamespace(), meta.getName(), meta.getUid(),
                meta.getOwnerReferences(), meta.getFinalizers(), meta.getDeletionTimestamp() != null);
        GraphNode old = nodes.put(node.uid(), node);
        List<OwnerReference> before = old == null ? List.of() : old.owners();
        for (OwnerReference owner : node.owners()) {
            dependents.computeIfAbsent(owner.getUid(), uid -> new TreeSet<>()).add(node.uid());
            if (!nodes.containsKey(owner.getUid())) {
                work.attemptToDelete(node.uid());
            }
        }
        if (old != null) {
            for (OwnerReference owner : before) {
                boolean unblocked = Boolean.TRUE.equals(owner.getBlockOwnerDeletion()) && !node.blocks(owner.getUid());
                if (node.ownerReference(owner.getUid()) == null) {
                    forget(owner.getUid(), node.uid());
                }
                if (unblocked) {
                    ifDeletingDependents(owner.getUid(), work::attemptToDelete);
                }
            }
        }
        if (node.orphaningDependents() && (old == null || !old.orphaningDependents())) {
            work.attemptToOrphan(node.uid());
        }
        if (node.deletingDependents() && (old == null || !old.deletingDependents())) {
            dependents(node.uid()).forEach(dependent -> work.attemptToDelete(dependent.uid()));
            work.attemptToDelete(node.uid());
        }
    }

    /** An object was removed. */
    void remove(EObject object) {
        ObjectMeta meta = KindInfo.of(object.eClass()).metadata(object);
        GraphNode node = nodes.remove(meta.getUid());
        if (node == null) {
            return;
        }
        dependents(node.uid()).forEach(dependent -> work.attemptToDelete(dependent.uid()));
        Set<String> owners = new TreeSet<>();
        node.owners().forEach(owner -> owners.add(owner.getUid()));
        for (String owner : owners) {
            forget(owner, node.uid());
            ifDeletingDependents(owner, work::attemptToDelete);
        }
    }

    private void ifDeletingDependents(String uid, Consumer<String> action) {
        GraphNode owner = nodes.get(uid);
        if (owner != null && owner.deletingDependents()) {
            action.accept(uid);
        }
    }

    private void forget(String ownerUid, String dependentUid) {
        NavigableSet<String> set = dependents.get(ownerUid);
        if (set != null && set.remove(dependentUid) && set.isEmpty()) {
            dependents.remove(ownerUid);
        }
    }
}
