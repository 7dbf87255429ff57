package io.pilothouse.runtime.controllers.statefulset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.ControllerRevision;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.ControllerRefs;

/**
 * The {@code ControllerRevision}s of a StatefulSet, as upstream's {@code getStatefulSetRevisions}: the update
 * revision {@code <set>-<hash>} of the current template is created (numbered one past the highest) or, when an
 * older revision has the same template, renumbered to be the newest; the current revision is the one named in
 * {@code status.currentRevision}, the update revision when there is none yet.
 */
final class StatefulSetRevisions {

    /** The revisions a sync works with and their templates. */
    record Revisions(String current, PodTemplateSpec currentTemplate, String update) {}

    /** The label of a revision's hash. */
    static final String HASH_LABEL = "controller.kubernetes.io/hash";

    private final ObjectStore store;
    private final Map<String, PodTemplateSpec> templates = new HashMap<>();

    StatefulSetRevisions(ObjectStore store) {
        this.store = store;
    }

    Revisions resolve(StatefulSet set, List<ControllerRevision> owned) {
        String hash = TemplateRevisions.hash(set.getSpec().getTemplate());
        String update = set.getMetadata().getName() + '-' + hash;
        long highest = 0;
        ControllerRevision existing = null;
        ControllerRevision current = null;
        String currentName = set.getStatus() == null ? null : set.getStatus().getCurrentRevision();
        for (ControllerRevision revision : owned) {
            long number = revision.getRevision() == null ? 0 : revision.getRevision();
            highest = Math.max(highest, number);
            if (revision.getMetadata().getName().equals(update)) {
                existing = revision;
            }
            if (revision.getMetadata().getName().equals(currentName)) {
                current = revision;
            }
        }
        if (existing == null) {
            store.create(newRevision(set, update, hash, highest + 1));
        } else if (existing.getRevision() == null || existing.getRevision() < highest) {
            ControllerRevision renumbered = EcoreUtil.copy(existing);
            renumbered.setRevision(highest + 1);
            store.update(renumbered);
        }
        if (current == null) {
            return new Revisions(update, set.getSpec().getTemplate(), update);
        }
        ControllerRevision kept = current;
        PodTemplateSpec template = templates.computeIfAbsent(kept.getMetadata().getUid(),
                uid -> TemplateRevisions.template(kept.getData()));
        return new Revisions(current.getMetadata().getName(), template, update);
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
