package io.pilothouse.runtime.kubelet;

import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EnvFromSource;
import io.pilothouse.model.k8s.core.v1.EnvVar;
import io.pilothouse.model.k8s.core.v1.Secret;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * Checks the ConfigMaps and Secrets a container's environment refers to, as the kubelet does when it generates the
 * container's config; a missing required one gives upstream's {@code CreateContainerConfigError} message.
 */
final class ConfigReferences {

    private ConfigReferences() {}

    /** The error message, or {@code null} when every required reference resolves. */
    static String check(ObjectStore store, String namespace, Container container) {
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null && !isTrue(source.getConfigMapRef().getOptional())
                    && configMap(store, namespace, source.getConfigMapRef().getName()) == null) {
                return "configmap \"" + source.getConfigMapRef().getName() + "\" not found";
            }
            if (source.getSecretRef() != null && !isTrue(source.getSecretRef().getOptional())
                    && secret(store, namespace, source.getSecretRef().getName()) == null) {
                return "secret \"" + source.getSecretRef().getName() + "\" not found";
            }
        }
        for (EnvVar env : container.getEnv()) {
            String error = env.getValueFrom() == null ? null : checkValueFrom(store, namespace, env);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private static String checkValueFrom(ObjectStore store, String namespace, EnvVar env) {
        var configKey = env.getValueFrom().getConfigMapKeyRef();
        if (configKey != null && !isTrue(configKey.getOptional())) {
            ConfigMap configMap = configMap(store, namespace, configKey.getName());
            if (configMap == null) {
                return "configmap \"" + configKey.getName() + "\" not found";
            }
            if (!configMap.getData().containsKey(configKey.getKey())
                    && !configMap.getBinaryData().containsKey(configKey.getKey())) {
                return "couldn't find key " + configKey.getKey() + " in ConfigMap " + namespace + "/"
                        + configKey.getName();
            }
        }
        var secretKey = env.getValueFrom().getSecretKeyRef();
        if (secretKey != null && !isTrue(secretKey.getOptional())) {
            Secret secret = secret(store, namespace, secretKey.getName());
            if (secret == null) {
                return "secret \"" + secretKey.getName() + "\" not found";
            }
            if (!secret.getData().containsKey(secretKey.getKey())
                    && !secret.getStringData().containsKey(secretKey.getKey())) {
                return "couldn't find key " + secretKey.getKey() + " in Secret " + namespace + "/"
                        + secretKey.getName();
            }
        }
        return null;
    }

    private static ConfigMap configMap(ObjectStore store, String namespace, String name) {
        try {
            return store.get(CoreV1Package.Literals.CONFIG_MAP, namespace, name);
        } catch (ApiException notFound) {
            return null;
        }
    }

    private static Secret secret(ObjectStore store, String namespace, String name) {
        try {
            return store.get(CoreV1Package.Literals.SECRET, namespace, name);
        } catch (ApiException notFound) {
            return null;
        }
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
