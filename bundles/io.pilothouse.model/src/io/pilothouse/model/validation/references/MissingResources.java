package io.pilothouse.model.validation.references;

import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec;
import io.pilothouse.model.k8s.core.v1.Secret;
import io.pilothouse.model.k8s.core.v1.VolumeResourceRequirements;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.validation.Fix;
import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * Fixes that create a resource a pod refers to, as a new document after the workload: named as referenced, in the
 * workload's namespace (written as the workload writes it), holding the keys the reference names with empty values.
 */
final class MissingResources {

    private MissingResources() {}

    /** @return a fix adding ConfigMap {@code name} with {@code keys} (empty strings) after {@code workload} */
    static Fix configMap(EObject workload, String name, List<String> keys) {
        ConfigMap configMap = CoreV1Factory.eINSTANCE.createConfigMap();
        configMap.setMetadata(metadata(workload, name));
        keys.forEach(key -> configMap.getData().put(key, ""));
        return add(workload, configMap);
    }

    /** @return a fix adding an {@code Opaque} Secret {@code name} with {@code keys} in {@code stringData} */
    static Fix secret(EObject workload, String name, List<String> keys) {
        Secret secret = CoreV1Factory.eINSTANCE.createSecret();
        secret.setMetadata(metadata(workload, name));
        secret.setType("Opaque");
        keys.forEach(key -> secret.getStringData().put(key, ""));
        return add(workload, secret);
    }

    /** @return a fix adding a {@code ReadWriteOnce} PersistentVolumeClaim {@code name} requesting 1Gi */
    static Fix persistentVolumeClaim(EObject workload, String name) {
        PersistentVolumeClaimSpec spec = CoreV1Factory.eINSTANCE.createPersistentVolumeClaimSpec();
        spec.getAccessModes().add("ReadWriteOnce");
        VolumeResourceRequirements resources = CoreV1Factory.eINSTANCE.createVolumeResourceRequirements();
        resources.getRequests().put("storage", Quantity.valueOf("1Gi"));
        spec.setResources(resources);
        PersistentVolumeClaim claim = CoreV1Factory.eINSTANCE.createPersistentVolumeClaim();
        claim.setMetadata(metadata(workload, name));
        claim.setSpec(spec);
        return add(workload, claim);
    }

    private static Fix add(EObject workload, EObject resource) {
        return new Fix.AddResource("Create " + Resources.kind(resource) + ' ' + Resources.name(resource), workload,
                resource);
    }

    private static ObjectMeta metadata(EObject workload, String name) {
        ObjectMeta metadata = MetaV1Factory.eINSTANCE.createObjectMeta();
        metadata.setName(name);
        ObjectMeta own = Resources.metadata(workload);
        if (own != null) {
            metadata.setNamespace(own.getNamespace());
        }
        return metadata;
    }
}
