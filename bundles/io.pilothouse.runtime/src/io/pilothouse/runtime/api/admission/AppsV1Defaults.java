package io.pilothouse.runtime.api.admission;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.DaemonSetSpec;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.DeploymentSpec;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetSpec;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.types.IntOrString;

/** The defaults of upstream's apps/v1 scheme, including those of the pod templates. */
final class AppsV1Defaults implements GroupDefaults {

    private static final AppsV1Factory APPS = AppsV1Factory.eINSTANCE;
    private static final String ROLLING_UPDATE = "RollingUpdate";
    private static final String QUARTER = "25%";
    private static final int REVISION_HISTORY_LIMIT = 10;
    private static final int PROGRESS_DEADLINE_SECONDS = 600;

    @Override
    public void apply(EObject object) {
        switch (object) {
            case Deployment deployment when deployment.getSpec() != null -> apply(deployment.getSpec());
            case ReplicaSet replicaSet when replicaSet.getSpec() != null -> {
                PodSpecDefaults.apply(replicaSet.getSpec().getTemplate());
                if (replicaSet.getSpec().getReplicas() == null) {
                    replicaSet.getSpec().setReplicas(1);
                }
            }
            case StatefulSet statefulSet when statefulSet.getSpec() != null -> apply(statefulSet.getSpec());
            case DaemonSet daemonSet when daemonSet.getSpec() != null -> apply(daemonSet.getSpec());
            default -> {
            }
        }
    }

    private static void apply(DeploymentSpec spec) {
        PodSpecDefaults.apply(spec.getTemplate());
        if (spec.getReplicas() == null) {
            spec.setReplicas(1);
        }
        if (spec.getStrategy() == null) {
            spec.setStrategy(APPS.createDeploymentStrategy());
        }
        if (spec.getStrategy().getType() == null) {
            spec.getStrategy().setType(ROLLING_UPDATE);
        }
        if (ROLLING_UPDATE.equals(spec.getStrategy().getType())) {
            if (spec.getStrategy().getRollingUpdate() == null) {
                spec.getStrategy().setRollingUpdate(APPS.createRollingUpdateDeployment());
            }
            var rollingUpdate = spec.getStrategy().getRollingUpdate();
            if (rollingUpdate.getMaxUnavailable() == null) {
                rollingUpdate.setMaxUnavailable(IntOrString.ofString(QUARTER));
            }
            if (rollingUpdate.getMaxSurge() == null) {
                rollingUpdate.setMaxSurge(IntOrString.ofString(QUARTER));
            }
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(REVISION_HISTORY_LIMIT);
        }
        if (spec.getProgressDeadlineSeconds() == null) {
            spec.setProgressDeadlineSeconds(PROGRESS_DEADLINE_SECONDS);
        }
    }

    private static void apply(StatefulSetSpec spec) {
        PodSpecDefaults.apply(spec.getTemplate());
        if (spec.getPodManagementPolicy() == null) {
            spec.setPodManagementPolicy("OrderedReady");
        }
        if (spec.getUpdateStrategy() == null) {
            spec.setUpdateStrategy(APPS.createStatefulSetUpdateStrategy());
        }
        if (spec.getUpdateStrategy().getType() == null) {
            spec.getUpdateStrategy().setType(ROLLING_UPDATE);
        }
        if (ROLLING_UPDATE.equals(spec.getUpdateStrategy().getType())) {
            if (spec.getUpdateStrategy().getRollingUpdate() == null) {
                spec.getUpdateStrategy().setRollingUpdate(APPS.createRollingUpdateStatefulSetStrategy());
            }
            if (spec.getUpdateStrategy().getRollingUpdate().getPartition() == null) {
                spec.getUpdateStrategy().getRollingUpdate().setPartition(0);
            }
        }
        if (spec.getPersistentVolumeClaimRetentionPolicy() == null) {
            spec.setPersistentVolumeClaimRetentionPolicy(APPS.createStatefulSetPersistentVolumeClaimRetentionPolicy());
        }
        var retention = spec.getPersistentVolumeClaimRetentionPolicy();
        if (retention.getWhenDeleted() == null) {
            retention.setWhenDeleted("Retain");
        }
        if (retention.getWhenScaled() == null) {
            retention.setWhenScaled("Retain");
        }
        if (spec.getReplicas() == null) {
            spec.setReplicas(1);
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(REVISION_HISTORY_LIMIT);
        }
        for (PersistentVolumeClaim template : spec.getVolumeClaimTemplates()) {
            if (template.getSpec() != null) {
                CoreV1Defaults.apply(template.getSpec());
            }
        }
    }

    private static void apply(DaemonSetSpec spec) {
        PodSpecDefaults.apply(spec.getTemplate());
        if (spec.getUpdateStrategy() == null) {
            spec.setUpdateStrategy(APPS.createDaemonSetUpdateStrategy());
        }
        if (spec.getUpdateStrategy().getType() == null) {
            spec.getUpdateStrategy().setType(ROLLING_UPDATE);
        }
        if (ROLLING_UPDATE.equals(spec.getUpdateStrategy().getType())) {
            if (spec.getUpdateStrategy().getRollingUpdate() == null) {
                spec.getUpdateStrategy().setRollingUpdate(APPS.createRollingUpdateDaemonSet());
            }
            var rollingUpdate = spec.getUpdateStrategy().getRollingUpdate();
            if (rollingUpdate.getMaxUnavailable() == null) {
                rollingUpdate.setMaxUnavailable(IntOrString.ofInt(1));
            }
            if (rollingUpdate.getMaxSurge() == null) {
                rollingUpdate.setMaxSurge(IntOrString.ofInt(0));
            }
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(REVISION_HISTORY_LIMIT);
        }
    }
}
