package io.pilothouse.runtime.controllers.garbagecollector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.DeleteOptions;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.Deletions;
import io.pilothouse.runtime.api.GroupResource;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.ServedKinds;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * kube-controller-manager's garbage collector: it follows every served kind but events (upstream's
 * {@code DefaultIgnoredResources}) into a {@link DependencyGraph} and works two queues in one (keys
 * {@code delete/<uid>} and {@code orphan/<uid>}, in the order the graph hands them):
 * <ul>
 * <li>attemptToDelete: an object whose owners are all gone (or wait in foreground deletion) is deleted, with the
 * policy of its own finalizers (Foreground when an owner waits and it has dependents itself); references to absent
 * or waiting owners are removed when a live owner remains; an owner in foreground deletion loses its
 * {@code foregroundDeletion} finalizer once no dependent with {@code blockOwnerDeletion} is left;</li>
 * <li>attemptToOrphan: the references of the dependents to an owner with the {@code orphan} finalizer are removed,
 * then the finalizer.</li>
 * </ul>
 */
public final class GarbageCollector extends InformerController {

    private static final String DELETE = "delete/";
    private static final String ORPHAN = "orphan/";
    private static final int NOT_FOUND = 404;
    private static final Set<GroupResource> IGNORED = Set.of(new GroupResource("", "events"),
            new GroupResource("events.k8s.io", "events"));

    private DependencyGraph graph;

    @Override
    public String name() {
        return "garbage-collector-controller";
    }

    @Override
    protected void startInformers() {
        graph = new DependencyGraph(new DependencyGraph.Work() {
            @Override
            public void attemptToDelete(String uid) {
                enqueue(DELETE + uid);
            }

            @Override
            public void attemptToOrphan(String uid) {
                enqueue(ORPHAN + uid);
            }
        });
        for (EClass kind : ServedKinds.all()) {
            if (IGNORED.contains(KindInfo.of(kind).resource())) {
                continue;
            }
            Informer.start(context(), kind, new Informer.Handler<EObject>() {
                @Override
                public void onAdd(EObject object) {
                    graph.observe(kind, object);
                }

                @Override
                public void onUpdate(EObject old, EObject current) {
                    graph.observe(kind, current);
                }

                @Override
                public void onDelete(EObject object) {
                    graph.remove(object);
                }
            });
        }
    }

    @Override
    protected void sync(String key) {
        if (key.startsWith(ORPHAN)) {
            attemptToOrphan(graph.node(key.substring(ORPHAN.length())));
        } else {
            attemptToDelete(graph.node(key.substring(DELETE.length())));
        }
    }

    private void attemptToDelete(GraphNode node) {
        if (node == null || node.beingDeleted() && !node.deletingDependents()) {
            return;
        }
        if (node.deletingDependents()) {
            processDeletingDependents(node);
            return;
        }
        List<String> solid = new ArrayList<>();
        List<String> notSolid = new ArrayList<>();
        boolean waiting = false;
        for (OwnerReference reference : node.owners()) {
            GraphNode owner = graph.node(reference.getUid());
            if (owner != null && !owner.deletingDependents()) {
                solid.add(reference.getUid());
            } else {
                notSolid.add(reference.getUid());
                waiting |= owner != null;
            }
        }
        if (node.owners().isEmpty() || !solid.isEmpty() && notSolid.isEmpty()) {
            return;
        }
        if (!solid.isEmpty()) {
            removeOwnerReferences(node, Set.copyOf(notSolid));
        } else if (waiting && !graph.dependents(node.uid()).isEmpty()) {
            for (GraphNode dependent : graph.dependents(node.uid())) {
                if (dependent.deletingDependents() && dependent.blocks(node.uid())) {
                    unblock(dependent, node.uid());
                }
            }
            delete(node, Deletions.FOREGROUND);
        } else if (node.finalizers().contains(Deletions.ORPHAN_FINALIZER)) {
            delete(node, Deletions.ORPHAN);
        } else if (node.finalizers().contains(Deletions.FOREGROUND_FINALIZER)) {
            delete(node, Deletions.FOREGROUND);
        } else {
            delete(node, Deletions.BACKGROUND);
        }
    }

    private void processDeletingDependents(GraphNode owner) {
        List<GraphNode> blocking = graph.dependents(owner.uid()).stream()
                .filter(dependent -> dependent.blocks(owner.uid())).toList();
        if (blocking.isEmpty()) {
            removeFinalizer(owner, Deletions.FOREGROUND_FINALIZER);
            return;
        }
        for (GraphNode dependent : blocking) {
            if (!dependent.deletingDependents()) {
                enqueue(DELETE + dependent.uid());
            }
        }
    }

    private void attemptToOrphan(GraphNode owner) {
        if (owner == null) {
            return;
        }
        for (GraphNode dependent : graph.dependents(owner.uid())) {
            removeOwnerReferences(dependent, Set.of(owner.uid()));
        }
        removeFinalizer(owner, Deletions.ORPHAN_FINALIZER);
    }

    private void delete(GraphNode node, String policy) {
        DeleteOptions options = Deletions.preconditions(node.uid(), null);
        options.setPropagationPolicy(policy);
        try {
            context().store().delete(node.kind(), node.namespace(), node.name(), options);
        } catch (ApiException e) {
            ignoreNotFound(e);
        }
    }

    private void removeOwnerReferences(GraphNode node, Set<String> ownerUids) {
        update(node, meta -> meta.getOwnerReferences().removeIf(owner -> ownerUids.contains(owner.getUid())));
    }

    private void unblock(GraphNode node, String ownerUid) {
        update(node, meta -> meta.getOwnerReferences().stream().filter(owner -> ownerUid.equals(owner.getUid()))
                .forEach(owner -> owner.setBlockOwnerDeletion(false)));
    }

    private void removeFinalizer(GraphNode node, String finalizer) {
        update(node, meta -> meta.getFinalizers().remove(finalizer));
    }

    /** Changes the latest state of the object (when it is still the one of the node) and updates it. */
    private void update(GraphNode node, Consumer<ObjectMeta> change) {
        ObjectStore store = context().store();
        try {
            EObject latest = store.get(node.kind(), node.namespace(), node.name());
            ObjectMeta meta = KindInfo.of(node.kind()).metadata(latest);
            if (node.uid().equals(meta.getUid())) {
                change.accept(meta);
                store.update(latest);
            }
        } catch (ApiException e) {
            ignoreNotFound(e);
        }
    }

    private static void ignoreNotFound(ApiException e) {
        if (e.code() != NOT_FOUND) {
            throw e;
        }
    }
}
