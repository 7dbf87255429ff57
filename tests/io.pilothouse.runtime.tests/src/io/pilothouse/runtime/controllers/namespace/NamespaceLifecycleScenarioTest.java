package io.pilothouse.runtime.controllers.namespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.ConfigMap;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.ResourceQuota;
import io.pilothouse.model.k8s.core.v1.ServiceAccount;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.admission.AdmissionChain;
import io.pilothouse.runtime.api.admission.ObjectValidator;
import io.pilothouse.runtime.controllers.garbagecollector.GarbageCollector;
import io.pilothouse.runtime.api.ServedKinds;
import io.pilothouse.runtime.controllers.resourcequota.ResourceQuotaController;
import io.pilothouse.runtime.controllers.serviceaccount.RootCaCertPublisher;
import io.pilothouse.runtime.controllers.serviceaccount.ServiceAccountsController;

/** The namespace, service account, root CA and quota controllers on the fixture {@code namespace/shop.yaml}. */
class NamespaceLifecycleScenarioTest {

    private final Cluster cluster = new Cluster();

    @BeforeEach
    void createShop() {
        AdmissionChain.install(cluster.store(), ObjectValidator.NONE);
        cluster.add(new ServiceAccountsController());
        cluster.add(new RootCaCertPublisher());
        cluster.add(new ResourceQuotaController());
        cluster.add(new NamespaceController());
        cluster.add(new GarbageCollector());
        List<EObject> objects = load();
        cluster.store().create(objects.get(0));
        cluster.settle();
        objects.subList(1, objects.size()).forEach(cluster.store()::create);
        cluster.settle();
    }

    private static List<EObject> load() {
        var path = java.nio.file.Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources",
                "namespace", "shop.yaml");
        return new io.pilothouse.model.io.ManifestLoader(io.pilothouse.model.io.KindRegistry.builtIn()).load(path)
                .objects();
    }

    @Test
    void everyNamespaceGetsTheDefaultServiceAccountAndTheRootCa() {
        for (String namespace : List.of("default", "kube-system", "kube-public", "kube-node-lease", "shop")) {
            ServiceAccount account = cluster.store().get(CoreV1Package.Literals.SERVICE_ACCOUNT, namespace,
                    "default");
            assertEquals("default", account.getMetadata().getName());
            ConfigMap ca = cluster.store().get(CoreV1Package.Literals.CONFIG_MAP, namespace, "kube-root-ca.crt");
            assertEquals("-----BEGIN CERTIFICATE-----\nUGlsb3Rob3VzZSBzaW11bGF0ZWQgY2x1c3RlciByb290IENB\n"
                    + "-----END CERTIFICATE-----\n", ca.getData().get("ca.crt"));
        }
        cluster.store().delete(CoreV1Package.Literals.SERVICE_ACCOUNT, "shop", "default");
        cluster.settle();
        assertEquals("default", cluster.store().<ServiceAccount>get(CoreV1Package.Literals.SERVICE_ACCOUNT, "shop",
                "default").getMetadata().getName());
    }

    @Test
    void quotaUsageGoesDownWhenObjectsAreDeleted() {
        assertEquals("{count/configmaps=2, pods=1, requests.cpu=500m}", used());
        cluster.store().delete(CoreV1Package.Literals.CONFIG_MAP, "shop", "settings");
        cluster.settle();
        assertEquals("{count/configmaps=1, pods=1, requests.cpu=500m}", used());
        cluster.store().delete(CoreV1Package.Literals.POD, "shop", "api");
        cluster.settle();
        assertEquals("{count/configmaps=1, pods=0, requests.cpu=0}", used());
    }

    private String used() {
        ResourceQuota quota = cluster.store().get(CoreV1Package.Literals.RESOURCE_QUOTA, "shop", "compute");
        return new TreeMap<>(quota.getStatus().getUsed().map()).toString();
    }

    @Test
    void deletingANamespaceRemovesItsContentThenTheNamespace() {
        ConfigMap held = cluster.store().get(CoreV1Package.Literals.CONFIG_MAP, "shop", "settings");
        held.getMetadata().getFinalizers().add("example.com/hold");
        cluster.store().update(held);
        cluster.store().delete(CoreV1Package.Literals.NAMESPACE, null, "shop");
        Namespace terminating = namespace();
        assertEquals("Terminating", terminating.getStatus().getPhase());
        assertEquals(List.of("kubernetes"), terminating.getSpec().getFinalizers());
        ApiException forbidden = assertThrows(ApiException.class, () -> cluster.store().create(load().get(2)));
        assertEquals("configmaps \"settings\" is forbidden: unable to create new content in namespace shop because "
                + "it is being terminated", forbidden.getMessage());
        cluster.settle();
        assertEquals(List.of(
                "NamespaceDeletionDiscoveryFailure=False ResourcesDiscovered: All resources successfully discovered",
                "NamespaceDeletionGroupVersionParsingFailure=False ParsedGroupVersions: All legacy kube types "
                        + "successfully parsed",
                "NamespaceDeletionContentFailure=False ContentDeleted: All content successfully deleted, may be "
                        + "waiting on finalization",
                "NamespaceContentRemaining=True SomeResourcesRemain: Some resources are remaining: configmaps. has "
                        + "1 resource instances",
                "NamespaceFinalizersRemaining=True SomeFinalizersRemain: Some content in the namespace has "
                        + "finalizers remaining: example.com/hold in 1 resource instances"),
                namespace().getStatus().getConditions().stream().map(c -> c.getType() + "=" + c.getStatus() + " "
                        + c.getReason() + ": " + c.getMessage()).toList());
        held = cluster.store().get(CoreV1Package.Literals.CONFIG_MAP, "shop", "settings");
        held.getMetadata().getFinalizers().clear();
        cluster.store().update(held);
        cluster.advance(Duration.ofSeconds(1));
        assertEquals(404, assertThrows(ApiException.class, this::namespace).code());
        for (var kind : ServedKinds.all().stream().filter(k -> KindInfo.of(k).namespaced()).toList()) {
            assertEquals(List.of(), cluster.store().list(kind, "shop", null), kind.getName());
        }
    }

    private Namespace namespace() {
        return cluster.store().get(CoreV1Package.Literals.NAMESPACE, null, "shop");
    }
}
