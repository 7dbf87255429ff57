package io.pilothouse.runtime.controllers.daemonset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ControllerRevision;
import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.statefulset.TemplateRevisions;

/**
 * The {@code ControllerRevision}s of a DaemonSet, as upstream's {@code constructHistory} and {@code cleanupHistory}:
 * the revision whose data is the current template is the current one, numbered one past the highest old revision
 * (created as {@code <set>-<hash>} when missing; when that name holds another template, {@code status.collisionCount}
 * goes up, which changes the hash); old revisions beyond {@code revisionHistoryLimit} (default 10)
 * are deleted from the lowest number up, except those a live pod's {@value DaemonPods#REVISION_LABEL} names.
 */
final class DaemonSetHistory {

    private static final int DEFAULT_HISTORY_LIMIT = 10;
    private static final Comparator<ControllerRevision> BY_NUMBER = Comparator
            .comparingLong((ControllerRevision revision) -> number(revision))
            .thenComparing(revision -> revision.getMetadata().getName());

    /** The current revision's hash and the old revisions. */
    record Revisions(String hash, List<ControllerRevision> old) {}

    private final ObjectStore store;

    DaemonSetHistory(ObjectStore store) {
        this.store = store;
    }

    /** Finds or creates the current revision, renumbering it to be the newest. */
    Revisions construct(DaemonSet set, List<ControllerRevision> owned) {
        JsonNode data = TemplateRevisions.data(set.getSpec().getTemplate());
        List<ControllerRevision> current = new ArrayList<>();
        List<ControllerRevision> old = new ArrayList<>();
        for (ControllerRevision revision : owned) {
            ControllerRevision labelled = withHashLabel(revision);
            (data.equals(labelled.getData()) ? current : old).add(labelled);
        }
        long next = old.stream().mapToLong(DaemonSetHistory::number).max().orElse(0) + 1;
        if (current.isEmpty()) {
            Integer counted = set.getStatus() == null ? null : set.getStatus().getCollisionCount();
            int collisionCount = counted == null ? 0 : counted;
            ControllerRevision created = snapshot(set, data, next, collisionCount);
            while (created == null) {
                collisionCount++;
                DaemonSet fresh = store.get(AppsV1Package.Literals.DAEMON_SET, set.getMetadata().getNamespace(),
                        set.getMetadata().getName());
                fresh.getStatus().setCollisionCount(collisionCount);
                store.updateStatus(fresh);
                created = snapshot(set, data, next, collisionCount);
            }
            return new Revisions(created.getMetadata().getLabels().get(DaemonPods.REVISION_LABEL), old);
        }
        current.sort(BY_NUMBER.reversed());
        ControllerRevision kept = current.get(0);
        for (ControllerRevision duplicate : current.subList(1, current.size())) {
            delete(duplicate);
        }
        if (number(kept) < next) {
            ControllerRevision renumbered = EcoreUtil.copy(kept);
            renumbered.setRevision(next);
            store.update(renumbered);
        }
        return new Revisions(kept.getMetadata().getLabels().get(DaemonPods.REVISION_LABEL), old);
    }

    /** Deletes the oldest unused old revisions beyond the history limit. */
    void cleanup(DaemonSet set, List<ControllerRevision> old, Set<String> liveHashes) {
        Integer limit = set.getSpec().getRevisionHistoryLimit();
        int toKill = old.size() - (limit == null ? DEFAULT_HISTORY_LIMIT : limit);
        List<ControllerRevision> oldestFirst = new ArrayList<>(old);
        oldestFirst.sort(BY_NUMBER);
        for (ControllerRevision revision : oldestFirst) {
            if (toKill <= 0) {
                return;
            }
            if (!liveHashes.contains(revision.getMetadata().getLabels().get(DaemonPods.REVISION_LABEL))) {
                delete(revision);
                toKill--;
            }
        }
    }

    private ControllerRevision withHashLabel(ControllerRevision revision) {
        if (revision.getMetadata().getLabels().containsKey(DaemonPods.REVISION_LABEL)) {
            return revision;
        }
        ControllerRevision labelled = EcoreUtil.copy(revision);
        labelled.getMetadata().getLabels().put(DaemonPods.REVISION_LABEL, labelled.getMetadata().getName());
        return store.update(labelled);
    }

    /**
     * Upstream's {@code snapshot}: creates the revision {@code <set>-<hash>}; when the name is taken, the existing
     * revision if it holds the same template, else {@code null} (a hash collision).
     */
    private ControllerRevision snapshot(DaemonSet set, JsonNode data, long number, int collisionCount) {
        String hash = TemplateRevisions.hash(set.getSpec().getTemplate(), collisionCount);
        ControllerRevision revision = newRevision(set, hash, data, number);
        try {
            return store.create(revision);
        } catch (ApiException e) {
            if (e.code() != 409) {
                throw e;
            }
        }
        ControllerRevision existing = store.get(AppsV1Package.Literals.CONTROLLER_REVISION,
                set.getMetadata().getNamespace(), revision.getMetadata().getName());
        return data.equals(existing.getData()) ? withHashLabel(existing) : null;
    }

    private void delete(ControllerRevision revision) {
        try {
            store.delete(AppsV1Package.Literals.CONTROLLER_REVISION, revision.getMetadata().getNamespace(),
                    revision.getMetadata().getName());
        } catch (ApiException e) {
            if (e.code() != 404) {
                throw e;
            }
        }
    }

    private static long number(ControllerRevision revision) {
        return revision.getRevision() == null ? 0 : revision.getRevision();
    }

    private static ControllerRevision newRevision(DaemonSet set, String hash, JsonNode data, long number) {
        ControllerRevision revision = AppsV1Factory.eINSTANCE.createControllerRevision();
        revision.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        revision.getMetadata().setName(set.getMetadata().getName() + '-' + hash);
        revision.getMetadata().setNamespace(set.getMetadata().getNamespace());
        if (set.getSpec().getTemplate().getMetadata() != null) {
            revision.getMetadata().getLabels().putAll(set.getSpec().getTemplate().getMetadata().getLabels().map());
        }
        revision.getMetadata().getLabels().put(DaemonPods.REVISION_LABEL, hash);
        revision.getMetadata().getAnnotations().putAll(set.getMetadata().getAnnotations().map());
        revision.getMetadata().getOwnerReferences().add(ControllerRefs.newControllerRef(set));
        revision.setData(data);
        revision.setRevision(number);
        return revision;
    }
}
