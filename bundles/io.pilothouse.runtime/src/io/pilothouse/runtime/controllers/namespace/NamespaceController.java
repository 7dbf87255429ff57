package io.pilothouse.runtime.controllers.namespace;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.NamespaceCondition;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.Deletions;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * kube-controller-manager's namespace controller: a namespace being deleted has all its content deleted, its
 * deletion conditions reported, and, once nothing is left, its {@code kubernetes} finalizer removed (through the
 * {@code finalize} subresource), so that it goes. While content remains it looks again after half the longest
 * grace period of the remaining pods plus one second, as upstream does.
 */
public final class NamespaceController extends InformerController {

    private Informer<Namespace> namespaces;

    @Override
    public String name() {
        return "namespace-controller";
    }

    @Override
    protected void startInformers() {
        namespaces = Informer.start(context(), CoreV1Package.Literals.NAMESPACE,
                new Informer.Handler<Namespace>() {
                    @Override
                    public void onAdd(Namespace namespace) {
                        enqueueIfDeleting(namespace);
                    }

                    @Override
                    public void onUpdate(Namespace old, Namespace current) {
                        enqueueIfDeleting(current);
                    }
                });
    }

    private void enqueueIfDeleting(Namespace namespace) {
        if (namespace.getMetadata().getDeletionTimestamp() != null) {
            enqueue(namespace.getMetadata().getName());
        }
    }

    @Override
    protected void sync(String key) {
        Namespace namespace = namespaces.get(key);
        if (namespace == null || namespace.getMetadata().getDeletionTimestamp() == null
                || namespace.getSpec() == null
                || !namespace.getSpec().getFinalizers().contains(Deletions.KUBERNETES_FINALIZER)) {
            return;
        }
        NamespaceContent.Remaining remaining = NamespaceContent.deleteAll(context().store(), key);
        Namespace reported = report(namespaces.get(key), remaining);
        if (!remaining.isEmpty()) {
            enqueueAfter(key, Duration.ofSeconds(remaining.estimateSeconds() / 2 + 1));
            return;
        }
        Namespace finalized = CoreV1Factory.eINSTANCE.createNamespace();
        finalized.setMetadata(reported.getMetadata());
        finalized.setSpec(CoreV1Factory.eINSTANCE.createNamespaceSpec());
        reported.getSpec().getFinalizers().stream().filter(f -> !f.equals(Deletions.KUBERNETES_FINALIZER))
                .forEach(finalized.getSpec().getFinalizers()::add);
        context().store().finalize(finalized);
    }

    /** Writes the five deletion conditions, keeping the transition time of those whose status stays. */
    private Namespace report(Namespace namespace, NamespaceContent.Remaining remaining) {
        Namespace next = EcoreUtil.copy(namespace);
        List<NamespaceCondition> conditions = List.of(
                condition("NamespaceDeletionDiscoveryFailure", "False", "ResourcesDiscovered",
                        "All resources successfully discovered"),
                condition("NamespaceDeletionGroupVersionParsingFailure", "False", "ParsedGroupVersions",
                        "All legacy kube types successfully parsed"),
                condition("NamespaceDeletionContentFailure", "False", "ContentDeleted",
                        "All content successfully deleted, may be waiting on finalization"),
                remaining.isEmpty()
                        ? condition("NamespaceContentRemaining", "False", "ContentRemoved",
                                "All content successfully removed")
                        : condition("NamespaceContentRemaining", "True", "SomeResourcesRemain",
                                "Some resources are remaining: " + join(remaining.byResource(),
                                        " has %d resource instances")),
                remaining.byFinalizer().isEmpty()
                        ? condition("NamespaceFinalizersRemaining", "False", "ContentHasNoFinalizers",
                                "All content-preserving finalizers finished")
                        : condition("NamespaceFinalizersRemaining", "True", "SomeFinalizersRemain",
                                "Some content in the namespace has finalizers remaining: "
                                        + join(remaining.byFinalizer(), " in %d resource instances")));
        for (NamespaceCondition condition : conditions) {
            NamespaceCondition old = next.getStatus().getConditions().stream()
                    .filter(c -> c.getType().equals(condition.getType())).findFirst().orElse(null);
            if (old == null) {
                next.getStatus().getConditions().add(condition);
            } else {
                if (old.getStatus().equals(condition.getStatus())) {
                    condition.setLastTransitionTime(old.getLastTransitionTime());
                }
                next.getStatus().getConditions().set(next.getStatus().getConditions().indexOf(old), condition);
            }
        }
        return context().store().updateStatus(next);
    }

    private NamespaceCondition condition(String type, String status, String reason, String message) {
        NamespaceCondition condition = CoreV1Factory.eINSTANCE.createNamespaceCondition();
        condition.setType(type);
        condition.setStatus(status);
        condition.setReason(reason);
        condition.setMessage(message);
        condition.setLastTransitionTime(Time.of(context().clock().now()));
        return condition;
    }

    private static String join(Map<String, Integer> counts, String format) {
        return counts.entrySet().stream().map(e -> e.getKey() + String.format(format, e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
