package io.pilothouse.runtime.controllers.serviceaccount;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.emf.ecore.EClass;

import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;

/**
 * kube-controller-manager's {@code root-ca-cert-publisher}: the {@code kube-root-ca.crt} ConfigMap in every active
 * namespace, with the cluster's root CA under {@code ca.crt}. The simulated cluster has no key material: its CA is a
 * fixed PEM block whose body encodes the text {@value #SIMULATED_CA}, the same in every run.
 */
public final class RootCaCertPublisher extends NamespaceObjectPublisher<ConfigMap> {

    /** The name of the ConfigMap. */
    public static final String CONFIG_MAP = "kube-root-ca.crt";
    /** The key of the CA bundle. */
    public static final String CA_CERT = "ca.crt";

    static final String SIMULATED_CA = "Pilothouse simulated cluster root CA";
    private static final String DESCRIPTION = "Contains a CA bundle that can be used to verify the kube-apiserver "
            + "when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other "
            + "usage is guaranteed across distributions of Kubernetes clusters.";

    @Override
    public String name() {
        return "root-ca-cert-publisher";
    }

    @Override
    protected EClass kind() {
        return CoreV1Package.Literals.CONFIG_MAP;
    }

    @Override
    protected String objectName() {
        return CONFIG_MAP;
    }

    @Override
    protected ConfigMap desired(String namespace) {
        ConfigMap configMap = CoreV1Factory.eINSTANCE.createConfigMap();
        configMap.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        configMap.getMetadata().setNamespace(namespace);
        configMap.getMetadata().setName(CONFIG_MAP);
        configMap.getMetadata().getAnnotations().put("kubernetes.io/description", DESCRIPTION);
        configMap.getData().put(CA_CERT, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getEncoder().encodeToString(SIMULATED_CA.getBytes(StandardCharsets.US_ASCII))
                + "\n-----END CERTIFICATE-----\n");
        return configMap;
    }
}
