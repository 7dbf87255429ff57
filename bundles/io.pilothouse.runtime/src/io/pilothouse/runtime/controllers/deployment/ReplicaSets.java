package io.pilothouse.runtime.controllers.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil.EqualityHelper;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/** Upstream's ReplicaSet helpers of {@code deploymentutil} and {@code controller_utils.go}. */
final class ReplicaSets {

    /** The label that tells the ReplicaSets (and pods) of one Deployment apart. */
    static final String POD_TEMPLATE_HASH = "pod-template-hash";

    /** Older first, ties by name ({@code ReplicaSetsByCreationTimestamp}). */
    static final Comparator<ReplicaSet> BY_CREATION = Comparator
            .comparing((ReplicaSet rs) -> rs.getMetadata().getCreationTimestamp())
            .thenComparing(rs -> rs.getMetadata().getName());

    /** Larger first, ties older first ({@code ReplicaSetsBySizeOlder}). */
    static final Comparator<ReplicaSet> BY_SIZE_OLDER = Comparator
            .comparing(ReplicaSets::replicas, Comparator.reverseOrder()).thenComparing(BY_CREATION);

    /** Larger first, ties newer first ({@code ReplicaSetsBySizeNewer}). */
    static final Comparator<ReplicaSet> BY_SIZE_NEWER = Comparator
            .comparing(ReplicaSets::replicas, Comparator.reverseOrder()).thenComparing(BY_CREATION.reversed());

    /** Lower revision first, ties older first ({@code ReplicaSetsByRevision}). */
    static final Comparator<ReplicaSet> BY_REVISION = Comparator.comparingLong(Annotations::revision)
            .thenComparing(BY_CREATION);

    private ReplicaSets() {}

    static int replicas(ReplicaSet rs) {
        Integer replicas = rs.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    static int statusReplicas(ReplicaSet rs) {
        return rs.getStatus() == null || rs.getStatus().getReplicas() == null ? 0 : rs.getStatus().getReplicas();
    }

    static int readyReplicas(ReplicaSet rs) {
        return rs.getStatus() == null || rs.getStatus().getReadyReplicas() == null
                ? 0
                : rs.getStatus().getReadyReplicas();
    }

    static int availableReplicas(ReplicaSet rs) {
        return rs.getStatus() == null || rs.getStatus().getAvailableReplicas() == null
                ? 0
                : rs.getStatus().getAvailableReplicas();
    }

    /** The sum of {@code spec.replicas} ({@code GetReplicaCountForReplicaSets}); {@code null} entries count 0. */
    static int specReplicas(List<ReplicaSet> sets) {
        int sum = 0;
        for (ReplicaSet rs : sets) {
            sum += rs == null ? 0 : replicas(rs);
        }
        return sum;
    }

    /** The sum of {@code status.replicas} ({@code GetActualReplicaCountForReplicaSets}). */
    static int actualReplicas(List<ReplicaSet> sets) {
        int sum = 0;
        for (ReplicaSet rs : sets) {
            sum += rs == null ? 0 : statusReplicas(rs);
        }
        return sum;
    }

    static int availableReplicas(List<ReplicaSet> sets) {
        int sum = 0;
        for (ReplicaSet rs : sets) {
            sum += rs == null ? 0 : availableReplicas(rs);
        }
        return sum;
    }

    /** The ReplicaSets that have {@code spec.replicas} above 0 ({@code FilterActiveReplicaSets}). */
    static List<ReplicaSet> active(List<ReplicaSet> sets) {
        List<ReplicaSet> active = new ArrayList<>();
        for (ReplicaSet rs : sets) {
            if (rs != null && replicas(rs) > 0) {
                active.add(rs);
            }
        }
        return active;
    }

    /** The oldest ReplicaSet whose template equals the Deployment's but for the hash label, or {@code null}. */
    static ReplicaSet findNew(Deployment d, List<ReplicaSet> sortedByCreation) {
        for (ReplicaSet rs : sortedByCreation) {
            if (equalIgnoreHash(rs.getSpec().getTemplate(), d.getSpec().getTemplate())) {
                return rs;
            }
        }
        return null;
    }

    /**
     * Two templates equal when their {@value #POD_TEMPLATE_HASH} labels are removed (compared in place, without
     * copying them).
     */
    static boolean equalIgnoreHash(PodTemplateSpec a, PodTemplateSpec b) {
        if (a == null || b == null) {
            return a == b;
        }
        return new EqualityHelper() {

            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualFeature(EObject left, EObject right, EStructuralFeature feature) {
                if (feature == MetaV1Package.Literals.OBJECT_META__LABELS && left == a.getMetadata()
                        && right == b.getMetadata()) {
                    return equals(labelsWithoutHash(left), labelsWithoutHash(right));
                }
                return super.haveEqualFeature(left, right, feature);
            }
        }.equals(a, b);
    }

    /** Desired and available all equal the Deployment's replicas ({@code IsSaturated}). */
    static boolean isSaturated(Deployment d, ReplicaSet rs) {
        if (rs == null) {
            return false;
        }
        Integer desired = Annotations.desiredReplicas(rs);
        int replicas = DeploymentSpecs.replicas(d);
        return desired != null && desired == replicas && replicas(rs) == replicas
                && availableReplicas(rs) == replicas;
    }

    private static List<EObject> labelsWithoutHash(EObject meta) {
        List<EObject> labels = new ArrayList<>();
        for (Map.Entry<String, String> label : ((ObjectMeta) meta).getLabels()) {
            if (!POD_TEMPLATE_HASH.equals(label.getKey())) {
                labels.add((EObject) label);
            }
        }
        return labels;
    }
}
