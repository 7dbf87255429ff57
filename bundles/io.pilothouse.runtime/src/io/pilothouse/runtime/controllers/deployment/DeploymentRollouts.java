package io.pilothouse.runtime.controllers.deployment;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.ControllerRefs;

/**
 * The client-side rollout operations of {@code kubectl rollout}: undo (to a revision), pause and resume. Like
 * kubectl, undo writes the chosen revision's template (without its {@code pod-template-hash} label) and annotations
 * back into the Deployment; the controller then rolls out as for any template change.
 */
public final class DeploymentRollouts {

    private static final Set<String> NOT_RESTORED = Set.of("kubectl.kubernetes.io/last-applied-configuration",
            Annotations.REVISION, Annotations.REVISION_HISTORY, Annotations.DESIRED_REPLICAS,
            Annotations.MAX_REPLICAS, "deprecated.deployment.rollback.to");

    private final ObjectStore store;

    public DeploymentRollouts(ObjectStore store) {
        this.store = store;
    }

    /**
     * Rolls a Deployment back to a revision, or with 0 to the revision before the current one.
     *
     * @return kubectl's message: {@code deployment.apps/<name> rolled back}, or that it was skipped
     * @throws IllegalArgumentException with kubectl's message when the revision is not in the history or the
     *                                  Deployment is paused
     */
    public String rollbackTo(String namespace, String name, long revision) {
        Deployment d = store.get(AppsV1Package.Literals.DEPLOYMENT, namespace, name);
        if (DeploymentSpecs.paused(d)) {
            throw new IllegalArgumentException("you cannot rollback a paused deployment; resume it first with "
                    + "'kubectl rollout resume' and try again");
        }
        ReplicaSet target = revision(d, revision);
        PodTemplateSpec template = EcoreUtil.copy(target.getSpec().getTemplate());
        template.getMetadata().getLabels().removeKey(ReplicaSets.POD_TEMPLATE_HASH);
        if (ReplicaSets.equalIgnoreHash(template, d.getSpec().getTemplate())) {
            return "deployment.apps/" + name + " skipped rollback (current template already matches revision "
                    + Annotations.revision(target) + ")";
        }
        d.getSpec().setTemplate(template);
        for (Map.Entry<String, String> entry : target.getMetadata().getAnnotations()) {
            if (!NOT_RESTORED.contains(entry.getKey())) {
                d.getMetadata().getAnnotations().put(entry.getKey(), entry.getValue());
            }
        }
        store.update(d);
        return "deployment.apps/" + name + " rolled back";
    }

    /** Pauses a Deployment ({@code kubectl rollout pause}). */
    public Deployment pause(String namespace, String name) {
        return setPaused(namespace, name, true);
    }

    /** Resumes a Deployment ({@code kubectl rollout resume}). */
    public Deployment resume(String namespace, String name) {
        return setPaused(namespace, name, false);
    }

    private Deployment setPaused(String namespace, String name, boolean paused) {
        Deployment d = store.get(AppsV1Package.Literals.DEPLOYMENT, namespace, name);
        d.getSpec().setPaused(paused ? Boolean.TRUE : null);
        return store.update(d);
    }

    private ReplicaSet revision(Deployment d, long revision) {
        ReplicaSet latest = null;
        ReplicaSet previous = null;
        for (ReplicaSet rs : store.<ReplicaSet>list(AppsV1Package.Literals.REPLICA_SET,
                d.getMetadata().getNamespace(), null)) {
            if (!ControllerRefs.isControlledBy(rs.getMetadata(), d.getMetadata().getUid())) {
                continue;
            }
            long rsRevision = Annotations.revision(rs);
            if (revision > 0 && rsRevision == revision) {
                return rs;
            }
            if (latest == null || rsRevision > Annotations.revision(latest)) {
                previous = latest;
                latest = rs;
            } else if (previous == null || rsRevision > Annotations.revision(previous)) {
                previous = rs;
            }
        }
        if (revision > 0) {
            throw new IllegalArgumentException("unable to find specified revision " + revision + " in history");
        }
        if (previous == null) {
            throw new IllegalArgumentException("no rollout history found for deployment \""
                    + d.getMetadata().getName() + "\"");
        }
        return previous;
    }
}
