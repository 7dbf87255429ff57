package io.pilothouse.runtime.api.admission;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.DownwardAPIVolumeFile;
import io.pilothouse.model.k8s.core.v1.KeyToPath;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.core.v1.VolumeMount;
import io.pilothouse.model.k8s.core.v1.VolumeProjection;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Upstream's {@code ServiceAccount} plugin on pod creation: the service account defaults to {@code default} and must
 * exist; unless the pod or the account turns automounting off, every container without a mount at the token path gets
 * the projected {@code kube-api-access-<suffix>} volume (token, cluster CA, namespace). The suffix is upstream's five
 * random characters, here drawn from the pod's namespace and name so that runs repeat.
 */
public final class ServiceAccount implements MutatingAdmission {

    /** The service account of a pod that names none. */
    public static final String DEFAULT_SERVICE_ACCOUNT = "default";

    /** Where containers find the token. */
    public static final String TOKEN_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";

    private static final String VOLUME_PREFIX = "kube-api-access-";
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final int SUFFIX_LENGTH = 5;
    private static final long TOKEN_EXPIRATION_SECONDS = 3607;
    private static final CoreV1Factory CORE = CoreV1Factory.eINSTANCE;

    private final ObjectStore store;

    /** The plugin, reading service accounts from a store. */
    public ServiceAccount(ObjectStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "ServiceAccount";
    }

    @Override
    public void admit(AdmissionRequest request) {
        if (request.operation() != AdmissionRequest.Operation.CREATE || !(request.object() instanceof Pod pod)
                || pod.getSpec() == null || isMirrorPod(pod)) {
            return;
        }
        PodSpec spec = pod.getSpec();
        if (spec.getServiceAccountName() == null || spec.getServiceAccountName().isEmpty()) {
            spec.setServiceAccountName(DEFAULT_SERVICE_ACCOUNT);
        }
        io.pilothouse.model.k8s.core.v1.ServiceAccount account = store.peek(
                CoreV1Package.Literals.SERVICE_ACCOUNT, request.namespace(), spec.getServiceAccountName());
        if (account == null) {
            throw request.forbidden("error looking up service account " + request.namespace() + "/"
                    + spec.getServiceAccountName() + ": serviceaccount \"" + spec.getServiceAccountName()
                    + "\" not found");
        }
        Boolean automount = spec.getAutomountServiceAccountToken() != null
                ? spec.getAutomountServiceAccountToken()
                : account.getAutomountServiceAccountToken();
        if (!Boolean.FALSE.equals(automount)) {
            mountToken(pod);
        }
    }

    private static boolean isMirrorPod(Pod pod) {
        return pod.getMetadata().getAnnotations().containsKey("kubernetes.io/config.mirror");
    }

    private static void mountToken(Pod pod) {
        PodSpec spec = pod.getSpec();
        String volumeName = spec.getVolumes().stream().map(Volume::getName)
                .filter(name -> name != null && name.startsWith(VOLUME_PREFIX)).findFirst().orElse(null);
        boolean hasVolume = volumeName != null;
        if (!hasVolume) {
            volumeName = VOLUME_PREFIX + suffix(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName());
        }
        List<Container> containers = new ArrayList<>(spec.getInitContainers());
        containers.addAll(spec.getContainers());
        boolean needsVolume = false;
        for (Container container : containers) {
            if (container.getVolumeMounts().stream().noneMatch(m -> TOKEN_MOUNT_PATH.equals(m.getMountPath()))) {
                VolumeMount mount = CORE.createVolumeMount();
                mount.setName(volumeName);
                mount.setReadOnly(true);
                mount.setMountPath(TOKEN_MOUNT_PATH);
                container.getVolumeMounts().add(mount);
                needsVolume = true;
            }
        }
        if (!hasVolume && needsVolume) {
            spec.getVolumes().add(tokenVolume(volumeName));
        }
    }

    private static String suffix(String seed) {
        long bits = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(ALPHABET.charAt((int) Math.floorMod(bits, (long) ALPHABET.length())));
            bits /= ALPHABET.length();
        }
        return suffix.toString();
    }

    private static Volume tokenVolume(String name) {
        VolumeProjection token = CORE.createVolumeProjection();
        token.setServiceAccountToken(CORE.createServiceAccountTokenProjection());
        token.getServiceAccountToken().setExpirationSeconds(TOKEN_EXPIRATION_SECONDS);
        token.getServiceAccountToken().setPath("token");
        VolumeProjection caBundle = CORE.createVolumeProjection();
        caBundle.setConfigMap(CORE.createConfigMapProjection());
        caBundle.getConfigMap().setName("kube-root-ca.crt");
        KeyToPath caCert = CORE.createKeyToPath();
        caCert.setKey("ca.crt");
        caCert.setPath("ca.crt");
        caBundle.getConfigMap().getItems().add(caCert);
        VolumeProjection namespace = CORE.createVolumeProjection();
        namespace.setDownwardAPI(CORE.createDownwardAPIProjection());
        DownwardAPIVolumeFile namespaceFile = CORE.createDownwardAPIVolumeFile();
        namespaceFile.setPath("namespace");
        namespaceFile.setFieldRef(CORE.createObjectFieldSelector());
        namespaceFile.getFieldRef().setApiVersion("v1");
        namespaceFile.getFieldRef().setFieldPath("metadata.namespace");
        namespace.getDownwardAPI().getItems().add(namespaceFile);
        Volume volume = CORE.createVolume();
        volume.setName(name);
        volume.setProjected(CORE.createProjectedVolumeSource());
        volume.getProjected().setDefaultMode(PodSpecDefaults.DEFAULT_MODE);
        volume.getProjected().getSources().add(token);
        volume.getProjected().getSources().add(caBundle);
        volume.getProjected().getSources().add(namespace);
        return volume;
    }
}
