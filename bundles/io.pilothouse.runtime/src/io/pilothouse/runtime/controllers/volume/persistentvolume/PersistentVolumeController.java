package io.pilothouse.runtime.controllers.volume.persistentvolume;

import java.util.NavigableSet;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.ObjectReference;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PersistentVolumes;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.PodClaims;
import io.pilothouse.runtime.scheduler.plugins.volumebinding.VolumeBinder;

/**
 * kube-controller-manager's persistentvolume-binder controller with a simulated external provisioner: it binds
 * unbound claims to matching volumes (or completes a binding half made), provisions a volume for a claim of a class
 * with a provisioner ({@code Immediate} at once, {@code WaitForFirstConsumer} once the scheduler selected a node),
 * keeps the phases of volumes and claims, and releases a volume whose claim is gone, deleting it when its reclaim
 * policy is {@code Delete}. Upstream retries unbound claims every 15 s; here they are retried when a volume becomes
 * available or a class appears.
 */
public final class PersistentVolumeController extends InformerController {

    /** The annotation naming the provisioner a claim waits for. */
    public static final String ANN_STORAGE_PROVISIONER = "volume.kubernetes.io/storage-provisioner";

    private static final String ANN_BETA_STORAGE_PROVISIONER = "volume.beta.kubernetes.io/storage-provisioner";
    private static final String CLAIM = "claim:";
    private static final String VOLUME = "volume:";
    private static final String PENDING = "Pending";
    private static final String AVAILABLE = "Available";
    private static final String BOUND = "Bound";
    private static final String RELEASED = "Released";
    private static final String LOST = "Lost";

    private final NavigableSet<String> pendingClaims = new TreeSet<>();
    private Informer<PersistentVolumeClaim> claims;
    private Informer<PersistentVolume> volumes;
    private Informer<StorageClass> classes;
    private VolumeBinder binder;

    @Override
    public String name() {
        return "persistentvolume-controller";
    }

    @Override
    protected void startInformers() {
        ObjectStore store = context().store();
        binder = new VolumeBinder(store);
        claims = Informer.start(context(), CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM, new Informer.Handler<>() {
            @Override
            public void onAdd(PersistentVolumeClaim claim) {
                enqueue(CLAIM + Informer.key(claim.getMetadata()));
            }

            @Override
            public void onUpdate(PersistentVolumeClaim old, PersistentVolumeClaim claim) {
                enqueue(CLAIM + Informer.key(claim.getMetadata()));
            }

            @Override
            public void onDelete(PersistentVolumeClaim claim) {
                pendingClaims.remove(Informer.key(claim.getMetadata()));
                for (PersistentVolume volume : volumes.inNamespace("")) {
                    ObjectReference claimRef = volume.getSpec().getClaimRef();
                    if (claimRef != null && PersistentVolumes.isBoundTo(claimRef, claim)) {
                        enqueue(VOLUME + volume.getMetadata().getName());
                    }
                }
            }
        });
        volumes = Informer.start(context(), CoreV1Package.Literals.PERSISTENT_VOLUME, new Informer.Handler<>() {
            @Override
            public void onAdd(PersistentVolume volume) {
                volumeChanged(volume);
            }

            @Override
            public void onUpdate(PersistentVolume old, PersistentVolume volume) {
                volumeChanged(volume);
            }

            @Override
            public void onDelete(PersistentVolume volume) {
                enqueueClaimOf(volume);
            }
        });
        classes = Informer.start(context(), StorageV1Package.Literals.STORAGE_CLASS, new Informer.Handler<>() {
            @Override
            public void onAdd(StorageClass storageClass) {
                requeuePendingClaims();
            }
        });
    }

    private void volumeChanged(PersistentVolume volume) {
        enqueue(VOLUME + volume.getMetadata().getName());
        enqueueClaimOf(volume);
        if (volume.getSpec().getClaimRef() == null && volume.getStatus() != null
                && AVAILABLE.equals(volume.getStatus().getPhase())) {
            requeuePendingClaims();
        }
    }

    private void enqueueClaimOf(PersistentVolume volume) {
        ObjectReference claimRef = volume.getSpec().getClaimRef();
        if (claimRef != null) {
            enqueue(CLAIM + Informer.key(claimRef.getNamespace(), claimRef.getName()));
        }
    }

    private void requeuePendingClaims() {
        pendingClaims.forEach(key -> enqueue(CLAIM + key));
    }

    @Override
    protected void sync(String key) {
        if (key.startsWith(CLAIM)) {
            syncClaim(key.substring(CLAIM.length()));
        } else {
            syncVolume(key.substring(VOLUME.length()));
        }
    }

    private void syncClaim(String key) {
        pendingClaims.remove(key);
        PersistentVolumeClaim claim = claims.get(key);
        if (claim == null) {
            return;
        }
        String volumeName = claim.getSpec().getVolumeName();
        if (volumeName == null || volumeName.isEmpty()) {
            syncUnboundClaim(key, claim);
        } else {
            syncBoundClaim(claim, volumes.get(volumeName));
        }
    }

    private void syncUnboundClaim(String key, PersistentVolumeClaim claim) {
        if (claim.getStatus() == null || !PENDING.equals(claim.getStatus().getPhase())) {
            setClaimPhase(claim, PENDING);
            return;
        }
        String className = PodClaims.storageClassOf(claim);
        StorageClass storageClass = className.isEmpty() ? null : classes.get(className);
        boolean delayBinding = storageClass != null
                && PodClaims.WAIT_FOR_FIRST_CONSUMER.equals(storageClass.getVolumeBindingMode());
        PersistentVolume volume = VolumeMatcher.findBestMatch(claim, volumes.inNamespace(""), delayBinding);
        if (volume != null) {
            binder.bind(volume, claim);
            return;
        }
        pendingClaims.add(key);
        String selectedNode = claim.getMetadata().getAnnotations().get(PodClaims.ANN_SELECTED_NODE);
        if (delayBinding && selectedNode == null) {
            events().record(claim, EventRecorder.NORMAL, "WaitForFirstConsumer",
                    "waiting for first consumer to be created before binding");
        } else if (className.isEmpty()) {
            events().record(claim, EventRecorder.NORMAL, "FailedBinding",
                    "no persistent volumes available for this claim and no storage class is set");
        } else if (storageClass == null) {
            events().record(claim, EventRecorder.WARNING, "ProvisioningFailed",
                    "storageclass.storage.k8s.io \"" + className + "\" not found");
        } else if (!canProvision(storageClass)) {
            events().record(claim, EventRecorder.WARNING, "ProvisioningFailed",
                    "no volume plugin matched name: " + storageClass.getProvisioner());
        } else {
            provision(claim, storageClass, selectedNode);
        }
    }

    private static boolean canProvision(StorageClass storageClass) {
        String provisioner = storageClass.getProvisioner();
        return provisioner != null && !provisioner.isEmpty() && !PodClaims.NO_PROVISIONER.equals(provisioner);
    }

    /** The PV controller hands the claim to the external provisioner, which creates its volume. */
    private void provision(PersistentVolumeClaim claim, StorageClass storageClass, String selectedNode) {
        ObjectStore store = context().store();
        String provisioner = storageClass.getProvisioner();
        PersistentVolumeClaim current = claim;
        if (!provisioner.equals(claim.getMetadata().getAnnotations().get(ANN_STORAGE_PROVISIONER))) {
            PersistentVolumeClaim annotated = EcoreUtil.copy(claim);
            annotated.getMetadata().getAnnotations().put(ANN_BETA_STORAGE_PROVISIONER, provisioner);
            annotated.getMetadata().getAnnotations().put(ANN_STORAGE_PROVISIONER, provisioner);
            current = store.update(annotated);
            events().record(current, EventRecorder.NORMAL, "ExternalProvisioning",
                    "Waiting for a volume to be created either by the external provisioner '" + provisioner
                            + "' or manually by the system administrator. If volume creation is delayed, please"
                            + " verify that the provisioner is running and correctly registered.");
        }
        String volumeName = Provisioner.volumeName(current);
        if (store.peek(CoreV1Package.Literals.PERSISTENT_VOLUME, null, volumeName) != null) {
            return;
        }
        Node node = selectedNode == null ? null : store.peek(CoreV1Package.Literals.NODE, null, selectedNode);
        store.create(Provisioner.volumeFor(current, storageClass, node));
        events().record(current, EventRecorder.NORMAL, "ProvisioningSucceeded",
                "Successfully provisioned volume " + volumeName);
    }

    private void syncBoundClaim(PersistentVolumeClaim claim, PersistentVolume volume) {
        if (volume == null) {
            if (!LOST.equals(claim.getStatus() == null ? null : claim.getStatus().getPhase())) {
                setClaimPhase(claim, LOST);
                events().record(claim, EventRecorder.WARNING, "ClaimLost",
                        "Bound claim has lost its PersistentVolume. Data on this volume is lost!");
            }
            return;
        }
        ObjectReference claimRef = volume.getSpec().getClaimRef();
        if (claimRef == null || PersistentVolumes.isBoundTo(claimRef, claim)) {
            if (!isBindingComplete(claim, volume)) {
                binder.bind(volume, claim);
            }
        } else if (!LOST.equals(claim.getStatus() == null ? null : claim.getStatus().getPhase())) {
            setClaimPhase(claim, LOST);
            events().record(claim, EventRecorder.WARNING, "ClaimMisbound",
                    "Two claims are bound to the same volume, this one is bound incorrectly");
        }
    }

    private static boolean isBindingComplete(PersistentVolumeClaim claim, PersistentVolume volume) {
        return volume.getSpec().getClaimRef() != null && volume.getSpec().getClaimRef().getUid() != null
                && volume.getStatus() != null && BOUND.equals(volume.getStatus().getPhase())
                && claim.getMetadata().getAnnotations().containsKey(PodClaims.ANN_BIND_COMPLETED)
                && claim.getStatus() != null && BOUND.equals(claim.getStatus().getPhase());
    }

    private void syncVolume(String name) {
        PersistentVolume volume = volumes.get(name);
        if (volume == null) {
            return;
        }
        ObjectReference claimRef = volume.getSpec().getClaimRef();
        if (claimRef == null || claimRef.getUid() == null) {
            setVolumePhase(volume, AVAILABLE);
            return;
        }
        PersistentVolumeClaim claim = claims.get(Informer.key(claimRef.getNamespace(), claimRef.getName()));
        if (claim != null && claimRef.getUid().equals(claim.getMetadata().getUid())) {
            if (name.equals(claim.getSpec().getVolumeName())) {
                setVolumePhase(volume, BOUND);
            }
            return;
        }
        setVolumePhase(volume, RELEASED);
        if ("Delete".equals(volume.getSpec().getPersistentVolumeReclaimPolicy())) {
            context().store().delete(CoreV1Package.Literals.PERSISTENT_VOLUME, null, name);
        }
    }

    private void setVolumePhase(PersistentVolume volume, String phase) {
        if (volume.getStatus() != null && phase.equals(volume.getStatus().getPhase())) {
            return;
        }
        PersistentVolume updated = EcoreUtil.copy(volume);
        updated.setStatus(CoreV1Factory.eINSTANCE.createPersistentVolumeStatus());
        updated.getStatus().setPhase(phase);
        context().store().updateStatus(updated);
    }

    private void setClaimPhase(PersistentVolumeClaim claim, String phase) {
        PersistentVolumeClaim updated = EcoreUtil.copy(claim);
        if (updated.getStatus() == null) {
            updated.setStatus(CoreV1Factory.eINSTANCE.createPersistentVolumeClaimStatus());
        }
        updated.getStatus().setPhase(phase);
        context().store().updateStatus(updated);
    }
}
