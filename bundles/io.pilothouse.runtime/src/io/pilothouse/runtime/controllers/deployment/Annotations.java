package io.pilothouse.runtime.controllers.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EMap;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;

/** The annotations a Deployment and its ReplicaSets carry, as upstream's {@code deploymentutil}. */
final class Annotations {

    static final String REVISION = "deployment.kubernetes.io/revision";
    static final String REVISION_HISTORY = "deployment.kubernetes.io/revision-history";
    static final String DESIRED_REPLICAS = "deployment.kubernetes.io/desired-replicas";
    static final String MAX_REPLICAS = "deployment.kubernetes.io/max-replicas";

    /** Upstream's {@code maxRevHistoryLengthInChars}. */
    static final int MAX_REVISION_HISTORY_CHARS = 2000;

    private static final Set<String> NOT_COPIED = Set.of("kubectl.kubernetes.io/last-applied-configuration",
            REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, "deprecated.deployment.rollback.to");

    private Annotations() {}

    /** The revision of a ReplicaSet; 0 when missing or not a number. */
    static long revision(ReplicaSet rs) {
        return parse(rs.getMetadata().getAnnotations().get(REVISION), 0L);
    }

    /** The highest revision of the ReplicaSets. */
    static long maxRevision(List<ReplicaSet> sets) {
        long max = 0;
        for (ReplicaSet rs : sets) {
            max = Math.max(max, revision(rs));
        }
        return max;
    }

    static Integer desiredReplicas(ReplicaSet rs) {
        return parseInt(rs.getMetadata().getAnnotations().get(DESIRED_REPLICAS));
    }

    static Integer maxReplicas(ReplicaSet rs) {
        return parseInt(rs.getMetadata().getAnnotations().get(MAX_REPLICAS));
    }

    /** Sets the Deployment's revision; whether it changed. */
    static boolean setDeploymentRevision(Deployment d, String revision) {
        EMap<String, String> annotations = d.getMetadata().getAnnotations();
        if (revision.equals(annotations.get(REVISION))) {
            return false;
        }
        annotations.put(REVISION, revision);
        return true;
    }

    /** Sets desired-replicas and max-replicas; whether they changed ({@code SetReplicasAnnotations}). */
    static boolean setReplicas(ReplicaSet rs, int desired, int max) {
        if (!replicasNeedUpdate(rs, desired, max)) {
            return false;
        }
        rs.getMetadata().getAnnotations().put(DESIRED_REPLICAS, Integer.toString(desired));
        rs.getMetadata().getAnnotations().put(MAX_REPLICAS, Integer.toString(max));
        return true;
    }

    static boolean replicasNeedUpdate(ReplicaSet rs, int desired, int max) {
        EMap<String, String> annotations = rs.getMetadata().getAnnotations();
        return !Integer.toString(desired).equals(annotations.get(DESIRED_REPLICAS))
                || !Integer.toString(max).equals(annotations.get(MAX_REPLICAS));
    }

    /**
     * Upstream's {@code SetNewReplicaSetAnnotations}: copies the Deployment's annotations (but the skipped ones),
     * raises the revision (keeping a rolled-back ReplicaSet's old revisions in revision-history), and for a new
     * ReplicaSet sets the replicas annotations.
     *
     * @return whether an annotation changed
     */
    static boolean setNewReplicaSetAnnotations(Deployment d, ReplicaSet rs, long newRevision, boolean exists) {
        EMap<String, String> annotations = rs.getMetadata().getAnnotations();
        boolean changed = false;
        for (Map.Entry<String, String> entry : d.getMetadata().getAnnotations()) {
            if (!NOT_COPIED.contains(entry.getKey()) && !entry.getValue().equals(annotations.get(entry.getKey()))) {
                annotations.put(entry.getKey(), entry.getValue());
                changed = true;
            }
        }
        String oldRevision = annotations.get(REVISION);
        long oldRevisionNumber = parse(oldRevision, oldRevision == null || oldRevision.isEmpty() ? 0L : -1L);
        if (oldRevisionNumber < 0) {
            return false;
        }
        if (oldRevisionNumber < newRevision) {
            annotations.put(REVISION, Long.toString(newRevision));
            changed = true;
            if (oldRevision != null) {
                recordHistory(annotations, oldRevision);
            }
        }
        if (!exists) {
            int replicas = DeploymentSpecs.replicas(d);
            changed |= setReplicas(rs, replicas, replicas + DeploymentSpecs.maxSurge(d));
        }
        return changed;
    }

    private static void recordHistory(EMap<String, String> annotations, String oldRevision) {
        String history = annotations.get(REVISION_HISTORY);
        if (history == null || history.isEmpty()) {
            annotations.put(REVISION_HISTORY, oldRevision);
            return;
        }
        List<String> revisions = new ArrayList<>(Arrays.asList(history.split(",", -1)));
        int total = history.length() + oldRevision.length() + 1;
        int start = 0;
        while (total > MAX_REVISION_HISTORY_CHARS && start < revisions.size()) {
            total -= revisions.get(start).length() + 1;
            start++;
        }
        if (total <= MAX_REVISION_HISTORY_CHARS) {
            List<String> kept = new ArrayList<>(revisions.subList(start, revisions.size()));
            kept.add(oldRevision);
            annotations.put(REVISION_HISTORY, String.join(",", kept));
        }
    }

    private static long parse(String text, long fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Integer parseInt(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
