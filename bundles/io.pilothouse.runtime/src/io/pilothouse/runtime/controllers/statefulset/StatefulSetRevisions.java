package io.pilothouse.runtime.controllers.statefulset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ControllerRevision;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.ControllerRefs;

/**
 * The {@code ControllerRevision}s of a StatefulSet, as upstream's {@code getStatefulSetRevisions} and {@code
 * truncateHistory}. The update revision is the newest revision when it holds the current template, else an older
 * one holding it renumbered one past the highest, else a new {@code <set>-<hash>}: when that name is taken by a
 * revision with other data, {@code collisionCount} goes up and the hash changes. The current revision is the one
 * named in {@code status.currentRevision}, the update revision when there is none. After the sync, the revisions
 * neither current, update nor named by a pod beyond {@code revisionHistoryLimit} (default 10) are deleted, oldest
 * first.
 */
final class StatefulSetRevisions {

    /** The revisions a sync works with, their templates and the collision count to write into the status. */
    record Revisions(String current, PodTemplateSpec currentTemplate, String update, int collisionCount) {}

    /** The label of a revision's hash. */
    static final String HASH_LABEL = "controller.kubernetes.io/hash";

    private static final int DEFAULT_HISTORY_LIMIT = 10;
    /** Upstream's {@code SortControllerRevisions}: by number, then creation, then name. */
    private static final Comparator<ControllerRevision> BY_NUMBER = Comparator
            .comparingLong(StatefulSetRevisions::number)
            .thenComparing(revision -> revision.getMetadata().getCreationTimestamp().toInstant())
            .thenComparing(revision -> revision.getMetadata().getName());

    private final ObjectStore store;
    private final Map<String, PodTemplateSpec> templates = new HashMap<>();

    StatefulSetRevisions(ObjectStore store) {
        this.store = store;
    }

    Revisions resolve(StatefulSet set, List<ControllerRevision> owned) {
        List<ControllerRevision> sorted = sorted(owned);
        JsonNode data = TemplateRevisions.data(set.getSpec().getTemplate());
        long next = sorted.isEmpty() ? 1 : number(sorted.getLast()) + 1;
        List<ControllerRevision> equal = sorted.stream().filter(revision -> data.equals(revision.getData()))
                .toList();
        Integer counted = set.getStatus() == null ? null : set.getStatus().getCollisionCount();
        int collisionCount = counted == null ? 0 : counted;
        String update;
        if (!equal.isEmpty() && equal.getLast() == sorted.getLast()) {
            update = equal.getLast().getMetadata().getName();
        } else if (!equal.isEmpty()) {
            ControllerRevision renumbered = EcoreUtil.copy(equal.getLast());
            renumbered.setRevision(next);
            update = store.update(renumbered).getMetadata().getName();
        } else {
            while (true) {
                ControllerRevision created = create(set, data, next, collisionCount);
                if (created != null) {
                    update = created.getMetadata().getName();
                    break;
                }
                collisionCount++;
            }
        }
        String currentName = set.getStatus() == null ? null : set.getStatus().getCurrentRevision();
        ControllerRevision current = sorted.stream().filter(revision -> revision.getMetadata().getName()
                .equals(currentName)).findFirst().orElse(null);
        if (current == null) {
            return new Revisions(update, set.getSpec().getTemplate(), update, collisionCount);
        }
        PodTemplateSpec template = templates.computeIfAbsent(current.getMetadata().getUid(),
                uid -> TemplateRevisions.template(current.getData()));
        return new Revisions(current.getMetadata().getName(), template, update, collisionCount);
    }

    /** Deletes the oldest revisions no pod uses beyond the set's history limit. */
    void truncate(StatefulSet set, List<Pod> pods, List<ControllerRevision> owned, Revisions revisions) {
        Set<String> live = new HashSet<>();
        live.add(revisions.current());
        live.add(revisions.update());
        pods.forEach(pod -> live.add(StatefulPods.revisionOf(pod)));
        List<ControllerRevision> history = sorted(owned).stream()
                .filter(revision -> !live.contains(revision.getMetadata().getName())).toList();
        Integer limit = set.getSpec().getRevisionHistoryLimit();
        int excess = history.size() - (limit == null ? DEFAULT_HISTORY_LIMIT : limit);
        for (ControllerRevision revision : history.subList(0, Math.max(0, excess))) {
            try {
                store.delete(AppsV1Package.Literals.CONTROLLER_REVISION, revision.getMetadata().getNamespace(),
                        revision.getMetadata().getName());
                templates.remove(revision.getMetadata().getUid());
            } catch (ApiException e) {
                if (e.code() != 404) {
                    throw e;
                }
            }
        }
    }

    /**
     * Upstream's {@code CreateControllerRevision}: the new revision, the existing one of that name when it holds
     * the same data, or {@code null} on a hash collision.
     */
    private ControllerRevision create(StatefulSet set, JsonNode data, long number, int collisionCount) {
        String hash = TemplateRevisions.hash(set.getSpec().getTemplate(), collisionCount);
        ControllerRevision revision = newRevision(set, set.getMetadata().getName() + '-' + hash, hash, number);
        try {
            return store.create(revision);
        } catch (ApiException e) {
            if (e.code() != 409) {
                throw e;
            }
        }
        ControllerRevision existing = store.get(AppsV1Package.Literals.CONTROLLER_REVISION,
                set.getMetadata().getNamespace(), revision.getMetadata().getName());
        return data.equals(existing.getData()) ? existing : null;
    }

    private static List<ControllerRevision> sorted(List<ControllerRevision> owned) {
        List<ControllerRevision> sorted = new ArrayList<>(owned);
        sorted.sort(BY_NUMBER);
        return sorted;
    }

    private static long number(ControllerRevision revision) {
        return revision.getRevision() == null ? 0 : revision.getRevision();
    }

    private static ControllerRevision newRevision(StatefulSet set, String name, String hash, long number) {
        ControllerRevision revision = AppsV1Factory.eINSTANCE.createControllerRevision();
        revision.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        revision.getMetadata().setName(name);
        revision.getMetadata().setNamespace(set.getMetadata().getNamespace());
        if (set.getSpec().getTemplate().getMetadata() != null) {
            revision.getMetadata().getLabels().putAll(set.getSpec().getTemplate().getMetadata().getLabels().map());
        }
        revision.getMetadata().getLabels().put(HASH_LABEL, hash);
        revision.getMetadata().getOwnerReferences().add(ControllerRefs.newControllerRef(set));
        revision.setData(TemplateRevisions.data(set.getSpec().getTemplate()));
        revision.setRevision(number);
        return revision;
    }
}
