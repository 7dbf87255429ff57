package io.pilothouse.runtime.controllers.volume.persistentvolume;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement;
import io.pilothouse.model.k8s.core.v1.NodeSelectorTerm;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PersistentVolumes;

/**
 * The volume an external provisioner (CSI external-provisioner) creates for a claim: named {@code pvc-<claim uid>},
 * pre-bound to the claim, with the requested capacity, the claim's access modes and volume mode, the class's name,
 * reclaim policy (default {@code Delete}) and mount options, a CSI source of the provisioner's driver, and, for a
 * claim provisioned on a selected node that has a zone, node affinity to that zone.
 */
final class Provisioner {

    /** The annotation of a provisioned volume naming its provisioner. */
    static final String ANN_PROVISIONED_BY = "pv.kubernetes.io/provisioned-by";
    /** The zone label of nodes. */
    static final String ZONE = "topology.kubernetes.io/zone";

    private static final String DELETE = "Delete";

    private Provisioner() {}

    /** The name of the volume provisioned for a claim. */
    static String volumeName(PersistentVolumeClaim claim) {
        return "pvc-" + claim.getMetadata().getUid();
    }

    /**
     * The volume to create for a claim of a class.
     *
     * @param node the node the scheduler selected, or {@code null}
     */
    static PersistentVolume volumeFor(PersistentVolumeClaim claim, StorageClass storageClass, Node node) {
        CoreV1Factory core = CoreV1Factory.eINSTANCE;
        PersistentVolume volume = core.createPersistentVolume();
        volume.setApiVersion("v1");
        volume.setKind("PersistentVolume");
        volume.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        volume.getMetadata().setName(volumeName(claim));
        volume.getMetadata().getAnnotations().put(ANN_PROVISIONED_BY, storageClass.getProvisioner());
        PersistentVolumeSpec spec = core.createPersistentVolumeSpec();
        spec.getAccessModes().addAll(claim.getSpec().getAccessModes());
        Quantity requested = claim.getSpec().getResources() == null
                ? null
                : claim.getSpec().getResources().getRequests().get(PersistentVolumes.STORAGE);
        if (requested != null) {
            spec.getCapacity().put(PersistentVolumes.STORAGE, requested);
        }
        spec.setClaimRef(referenceTo(claim));
        spec.setStorageClassName(storageClass.getMetadata().getName());
        spec.setPersistentVolumeReclaimPolicy(
                storageClass.getReclaimPolicy() == null ? DELETE : storageClass.getReclaimPolicy());
        spec.getMountOptions().addAll(storageClass.getMountOptions());
        spec.setVolumeMode(claim.getSpec().getVolumeMode());
        spec.setCsi(core.createCSIPersistentVolumeSource());
        spec.getCsi().setDriver(storageClass.getProvisioner());
        spec.getCsi().setVolumeHandle(volumeName(claim));
        String zone = node == null ? null : node.getMetadata().getLabels().get(ZONE);
        if (zone != null) {
            NodeSelectorRequirement requirement = core.createNodeSelectorRequirement();
            requirement.setKey(ZONE);
            requirement.setOperator("In");
            requirement.getValues().add(zone);
            NodeSelectorTerm term = core.createNodeSelectorTerm();
            term.getMatchExpressions().add(requirement);
            spec.setNodeAffinity(core.createVolumeNodeAffinity());
            spec.getNodeAffinity().setRequired(core.createNodeSelector());
            spec.getNodeAffinity().getRequired().getNodeSelectorTerms().add(term);
        }
        volume.setSpec(spec);
        return volume;
    }

    private static ObjectReference referenceTo(PersistentVolumeClaim claim) {
        ObjectReference reference = CoreV1Factory.eINSTANCE.createObjectReference();
        reference.setApiVersion("v1");
        reference.setKind("PersistentVolumeClaim");
        reference.setNamespace(claim.getMetadata().getNamespace());
        reference.setName(claim.getMetadata().getName());
        reference.setUid(claim.getMetadata().getUid());
        reference.setResourceVersion(claim.getMetadata().getResourceVersion());
        return reference;
    }
}
