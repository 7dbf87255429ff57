package io.pilothouse.runtime.scheduler.plugins.volumebinding;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeStatus;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * The API writes of volume binding at PreBind. Upstream's scheduler sets {@code spec.claimRef} on the chosen volume
 * (or the selected-node annotation on a claim to provision) and waits for the PV controller to finish; the simulated
 * cluster has no PV controller, so a static binding is completed here as that controller does it.
 */
public final class VolumeBinder {

    private static final String YES = "yes";
    private static final String BOUND = "Bound";

    private final ObjectStore store;

    public VolumeBinder(ObjectStore store) {
        this.store = store;
    }

    /**
     * Binds a volume and a claim both ways: the volume's {@code claimRef} (with {@code bound-by-controller} when the
     * scheduler chose it) and phase {@code Bound}; the claim's {@code volumeName}, the {@code bind-completed} and
     * {@code bound-by-controller} annotations, and its status (phase, access modes, capacity of the volume).
     */
    public void bind(PersistentVolume volume, PersistentVolumeClaim claim) {
        PersistentVolume pv = EcoreUtil.copy(volume);
        if (pv.getSpec().getClaimRef() == null) {
            pv.getMetadata().getAnnotations().put(PodClaims.ANN_BOUND_BY_CONTROLLER, YES);
        }
        pv.getSpec().setClaimRef(referenceTo(claim));
        pv = store.update(pv);
        PersistentVolumeStatus volumeStatus = CoreV1Factory.eINSTANCE.createPersistentVolumeStatus();
        volumeStatus.setPhase(BOUND);
        pv.setStatus(volumeStatus);
        store.updateStatus(pv);

        PersistentVolumeClaim pvc = EcoreUtil.copy(claim);
        EMap<String, String> annotations = pvc.getMetadata().getAnnotations();
        if (!PodClaims.isBound(pvc)) {
            pvc.getSpec().setVolumeName(volume.getMetadata().getName());
            annotations.put(PodClaims.ANN_BOUND_BY_CONTROLLER, YES);
        }
        annotations.put(PodClaims.ANN_BIND_COMPLETED, YES);
        pvc = store.update(pvc);
        PersistentVolumeClaimStatus claimStatus = CoreV1Factory.eINSTANCE.createPersistentVolumeClaimStatus();
        claimStatus.setPhase(BOUND);
        claimStatus.getAccessModes().addAll(volume.getSpec().getAccessModes());
        claimStatus.getCapacity().putAll(volume.getSpec().getCapacity().map());
        pvc.setStatus(claimStatus);
        store.updateStatus(pvc);
    }

    /** Asks for provisioning on a node: the claim's {@code volume.kubernetes.io/selected-node} annotation. */
    public void selectNode(PersistentVolumeClaim claim, String nodeName) {
        PersistentVolumeClaim pvc = EcoreUtil.copy(claim);
        pvc.getMetadata().getAnnotations().put(PodClaims.ANN_SELECTED_NODE, nodeName);
        store.update(pvc);
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
