package io.pilothouse.model.validation.references;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONFIG_MAP_ENV_SOURCE__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONFIG_MAP_KEY_SELECTOR__KEY;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONFIG_MAP_KEY_SELECTOR__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONFIG_MAP_PROJECTION__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONFIG_MAP_VOLUME_SOURCE__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.KEY_TO_PATH__KEY;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.LOCAL_OBJECT_REFERENCE__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__CLAIM_NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__PRIORITY_CLASS_NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__RUNTIME_CLASS_NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__SERVICE_ACCOUNT;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.POD_SPEC__SERVICE_ACCOUNT_NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECRET_ENV_SOURCE__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECRET_KEY_SELECTOR__KEY;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECRET_KEY_SELECTOR__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECRET_PROJECTION__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SECRET_VOLUME_SOURCE__SECRET_NAME;

import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector;
import io.pilothouse.model.k8s.core.v1.EnvFromSource;
import io.pilothouse.model.k8s.core.v1.EnvVar;
import io.pilothouse.model.k8s.core.v1.KeyToPath;
import io.pilothouse.model.k8s.core.v1.LocalObjectReference;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.Secret;
import io.pilothouse.model.k8s.core.v1.SecretKeySelector;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.core.v1.VolumeProjection;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.SetCheck;
import io.pilothouse.model.validation.references.Workloads.ContainerAt;
import io.pilothouse.model.validation.references.Workloads.PodTemplateOf;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a pod refers to: ConfigMaps and Secrets (volumes, projected volumes, {@code envFrom}, {@code valueFrom} key
 * references and their keys, {@code imagePullSecrets}), PersistentVolumeClaims, the ServiceAccount, the
 * PriorityClass and the RuntimeClass. References marked {@code optional: true} are not findings. The
 * {@code default} ServiceAccount, the {@code kube-root-ca.crt} ConfigMap and the built-in PriorityClasses always
 * exist.
 */
final class PodReferences implements SetCheck {

    private static final Set<String> BUILT_IN_PRIORITY_CLASSES = Set.of("system-cluster-critical",
            "system-node-critical");

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        References references = new References(new ResourceIndex(manifests.resources()), reporter);
        for (PodTemplateOf pod : Workloads.podTemplates(manifests.resources())) {
            new PodScope(references, pod.workload(), Resources.namespace(pod.workload())).check(pod);
        }
    }

    /**
     * The references of one pod, resolved in its namespace; a missing ConfigMap, Secret or PersistentVolumeClaim
     * comes with a fix creating it after the workload.
     */
    private record PodScope(References references, EObject workload, String namespace) {

        void check(PodTemplateOf pod) {
            PodSpec spec = pod.spec();
            for (Volume volume : spec.getVolumes()) {
                volume(volume);
            }
            for (ContainerAt at : pod.containers()) {
                for (EnvFromSource source : at.container().getEnvFrom()) {
                    if (source.getConfigMapRef() != null && !isTrue(source.getConfigMapRef().getOptional())) {
                        configMap(source.getConfigMapRef().getName(), List.of(), source.getConfigMapRef(),
                                CONFIG_MAP_ENV_SOURCE__NAME);
                    }
                    if (source.getSecretRef() != null && !isTrue(source.getSecretRef().getOptional())) {
                        secret(source.getSecretRef().getName(), List.of(), source.getSecretRef(),
                                SECRET_ENV_SOURCE__NAME);
                    }
                }
                for (EnvVar env : at.container().getEnv()) {
                    if (env.getValueFrom() != null) {
                        keyRef(env.getValueFrom().getConfigMapKeyRef());
                        keyRef(env.getValueFrom().getSecretKeyRef());
                    }
                }
            }
            for (LocalObjectReference pullSecret : spec.getImagePullSecrets()) {
                secret(pullSecret.getName(), List.of(), pullSecret, LOCAL_OBJECT_REFERENCE__NAME);
            }
            serviceAccount(spec);
            if (spec.getPriorityClassName() != null
                    && !BUILT_IN_PRIORITY_CLASSES.contains(spec.getPriorityClassName())) {
                references.require(ReferenceRules.PRIORITY_CLASS, "scheduling.k8s.io", "PriorityClass", "",
                        spec.getPriorityClassName(), spec, POD_SPEC__PRIORITY_CLASS_NAME);
            }
            references.require(ReferenceRules.RUNTIME_CLASS, "node.k8s.io", "RuntimeClass", "",
                    spec.getRuntimeClassName(), spec, POD_SPEC__RUNTIME_CLASS_NAME);
        }

        private void volume(Volume volume) {
            if (volume.getConfigMap() != null && !isTrue(volume.getConfigMap().getOptional())) {
                EObject found = configMap(volume.getConfigMap().getName(), keysOf(volume.getConfigMap().getItems()),
                        volume.getConfigMap(), CONFIG_MAP_VOLUME_SOURCE__NAME);
                keys(found, volume.getConfigMap().getItems());
            }
            if (volume.getSecret() != null && !isTrue(volume.getSecret().getOptional())) {
                EObject found = secret(volume.getSecret().getSecretName(), keysOf(volume.getSecret().getItems()),
                        volume.getSecret(), SECRET_VOLUME_SOURCE__SECRET_NAME);
                keys(found, volume.getSecret().getItems());
            }
            if (volume.getPersistentVolumeClaim() != null) {
                String claim = volume.getPersistentVolumeClaim().getClaimName();
                references.require(ReferenceRules.PERSISTENT_VOLUME_CLAIM, "", "PersistentVolumeClaim", namespace,
                        claim, volume.getPersistentVolumeClaim(), PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE__CLAIM_NAME,
                        () -> MissingResources.persistentVolumeClaim(workload, claim));
            }
            if (volume.getProjected() != null) {
                for (VolumeProjection source : volume.getProjected().getSources()) {
                    if (source.getConfigMap() != null && !isTrue(source.getConfigMap().getOptional())) {
                        keys(configMap(source.getConfigMap().getName(), keysOf(source.getConfigMap().getItems()),
                                source.getConfigMap(), CONFIG_MAP_PROJECTION__NAME), source.getConfigMap().getItems());
                    }
                    if (source.getSecret() != null && !isTrue(source.getSecret().getOptional())) {
                        keys(secret(source.getSecret().getName(), keysOf(source.getSecret().getItems()),
                                source.getSecret(), SECRET_PROJECTION__NAME), source.getSecret().getItems());
                    }
                }
            }
        }

        private void keyRef(ConfigMapKeySelector selector) {
            if (selector != null && !isTrue(selector.getOptional())) {
                key(configMap(selector.getName(), keyList(selector.getKey()), selector, CONFIG_MAP_KEY_SELECTOR__NAME),
                        selector.getKey(), selector, CONFIG_MAP_KEY_SELECTOR__KEY);
            }
        }

        private void keyRef(SecretKeySelector selector) {
            if (selector != null && !isTrue(selector.getOptional())) {
                key(secret(selector.getName(), keyList(selector.getKey()), selector, SECRET_KEY_SELECTOR__NAME),
                        selector.getKey(), selector, SECRET_KEY_SELECTOR__KEY);
            }
        }

        private void keys(EObject source, List<KeyToPath> items) {
            for (KeyToPath item : items) {
                key(source, item.getKey(), item, KEY_TO_PATH__KEY);
            }
        }

        private void key(EObject source, String key, EObject referrer, EStructuralFeature feature) {
            if (source == null || key == null || keysOf(source).contains(key)) {
                return;
            }
            references.report(ReferenceRules.KEY, "couldn't find key " + key + " in " + Resources.kind(source) + ' '
                    + namespace + '/' + Resources.name(source), referrer, feature);
        }

        /** @param keys the keys the reference names, which a created ConfigMap holds */
        private EObject configMap(String name, List<String> keys, EObject referrer, EStructuralFeature feature) {
            if ("kube-root-ca.crt".equals(name)) {
                return null;
            }
            return references.require(ReferenceRules.CONFIG_MAP, "", "ConfigMap", namespace, name, referrer, feature,
                    () -> MissingResources.configMap(workload, name, keys)).orElse(null);
        }

        /** @param keys the keys the reference names, which a created Secret holds */
        private EObject secret(String name, List<String> keys, EObject referrer, EStructuralFeature feature) {
            return references.require(ReferenceRules.SECRET, "", "Secret", namespace, name, referrer, feature,
                    () -> MissingResources.secret(workload, name, keys)).orElse(null);
        }

        private static List<String> keysOf(List<KeyToPath> items) {
            return items.stream().map(KeyToPath::getKey).filter(key -> key != null && !key.isEmpty()).toList();
        }

        private static List<String> keyList(String key) {
            return key == null || key.isEmpty() ? List.of() : List.of(key);
        }

        private void serviceAccount(PodSpec spec) {
            boolean named = spec.getServiceAccountName() != null && !spec.getServiceAccountName().isEmpty();
            String name = named ? spec.getServiceAccountName() : spec.getServiceAccount();
            if (!"default".equals(name)) {
                references.require(ReferenceRules.SERVICE_ACCOUNT, "", "ServiceAccount", namespace, name, spec,
                        named ? POD_SPEC__SERVICE_ACCOUNT_NAME : POD_SPEC__SERVICE_ACCOUNT);
            }
        }

        private static Set<String> keysOf(EObject source) {
            Set<String> keys = new TreeSet<>();
            if (source instanceof ConfigMap configMap) {
                keys.addAll(configMap.getData().keySet());
                keys.addAll(configMap.getBinaryData().keySet());
            } else if (source instanceof Secret secret) {
                keys.addAll(secret.getData().keySet());
                keys.addAll(secret.getStringData().keySet());
            }
            return keys;
        }

        private static boolean isTrue(Boolean value) {
            return Boolean.TRUE.equals(value);
        }
    }
}
