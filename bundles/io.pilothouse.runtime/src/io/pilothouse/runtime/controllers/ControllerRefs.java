package io.pilothouse.runtime.controllers;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.KindInfo;

/** Controller references, as apimachinery's {@code metav1.GetControllerOf} and {@code NewControllerRef}. */
public final class ControllerRefs {

    private ControllerRefs() {}

    /** The owner reference with {@code controller: true}, or {@code null}. */
    public static OwnerReference controllerOf(ObjectMeta meta) {
        for (OwnerReference reference : meta.getOwnerReferences()) {
            if (Boolean.TRUE.equals(reference.getController())) {
                return reference;
            }
        }
        return null;
    }

    /** A reference to the owner with {@code controller} and {@code blockOwnerDeletion} true. */
    public static OwnerReference newControllerRef(EObject owner) {
        KindInfo info = KindInfo.of(owner.eClass());
        ObjectMeta meta = info.metadata(owner);
        OwnerReference reference = MetaV1Factory.eINSTANCE.createOwnerReference();
        reference.setApiVersion(info.gvk().apiVersion());
        reference.setKind(info.gvk().kind());
        reference.setName(meta.getName());
        reference.setUid(meta.getUid());
        reference.setController(true);
        reference.setBlockOwnerDeletion(true);
        return reference;
    }

    /** Whether the object's controller reference names the owner with the given uid. */
    public static boolean isControlledBy(ObjectMeta meta, String ownerUid) {
        OwnerReference controller = controllerOf(meta);
        return controller != null && controller.getUid().equals(ownerUid);
    }
}
