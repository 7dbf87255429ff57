package io.pilothouse.runtime.api.admission;

import java.util.List;

import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.model.k8s.storage.v1.StorageV1Package;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code DefaultStorageClass} plugin on claim creation: a claim that names no class (neither
 * {@code storageClassName} nor the beta annotation; an empty name is a choice of no class) gets the default class,
 * if there is one.
 */
public final class DefaultStorageClass implements MutatingAdmission {

    /** The annotation that makes a class the default. */
    public static final String IS_DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

    private static final String BETA_IS_DEFAULT_CLASS = "storageclass.beta.kubernetes.io/is-default-class";
    private static final String BETA_STORAGE_CLASS = "volume.beta.kubernetes.io/storage-class";

    private final ObjectStore store;

    /** The plugin, reading storage classes from a store. */
    public DefaultStorageClass(ObjectStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DefaultStorageClass";
    }

    @Override
    public void admit(AdmissionRequest request) {
        if (request.operation() != AdmissionRequest.Operation.CREATE
                || !(request.object() instanceof PersistentVolumeClaim claim) || claim.getSpec() == null
                || claim.getSpec().getStorageClassName() != null
                || claim.getMetadata().getAnnotations().containsKey(BETA_STORAGE_CLASS)) {
            return;
        }
        StorageClass defaultClass = defaultClass(store.list(StorageV1Package.Literals.STORAGE_CLASS, null, null));
        if (defaultClass != null) {
            claim.getSpec().setStorageClassName(defaultClass.getMetadata().getName());
        }
    }

    /**
     * The default class among classes, as upstream's {@code GetDefaultClass}: of the classes annotated as default,
     * the newest, and of equally new ones the first by name; {@code null} when none is.
     */
    public static StorageClass defaultClass(List<StorageClass> classes) {
        StorageClass chosen = null;
        for (StorageClass storageClass : classes) {
            if (isDefault(storageClass.getMetadata()) && (chosen == null || isPreferred(storageClass, chosen))) {
                chosen = storageClass;
            }
        }
        return chosen;
    }

    private static boolean isDefault(ObjectMeta meta) {
        return "true".equals(meta.getAnnotations().get(IS_DEFAULT_CLASS))
                || "true".equals(meta.getAnnotations().get(BETA_IS_DEFAULT_CLASS));
    }

    private static boolean isPreferred(StorageClass candidate, StorageClass chosen) {
        ObjectMeta meta = candidate.getMetadata();
        int byAge = meta.getCreationTimestamp().compareTo(chosen.getMetadata().getCreationTimestamp());
        return byAge != 0 ? byAge > 0 : meta.getName().compareTo(chosen.getMetadata().getName()) < 0;
    }
}
