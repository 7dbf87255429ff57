package io.pilothouse.runtime.api.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceQuota;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

class ResourceQuotaTest {

    @Test
    void quotaRejectsThePodThatWouldExceedIt() {
        ObjectStore store = AdmissionFixtures.store();
        List<EObject> objects = AdmissionFixtures.load("quota-rejection.yaml");
        store.create(objects.get(0));
        store.create(objects.get(1));
        ApiException failure = assertThrows(ApiException.class, () -> store.create(objects.get(2)));
        assertEquals(403, failure.code());
        assertEquals("pods \"second\" is forbidden: exceeded quota: compute, requested: requests.cpu=2, "
                + "used: requests.cpu=3, limited: requests.cpu=4", failure.getMessage());
        assertEquals("{count/deployments.apps=0, pods=1, requests.cpu=3, requests.nvidia.com/gpu=0}", used(store));
    }

    @Test
    void extendedResourcesAndObjectCountsAreTracked() {
        ObjectStore store = AdmissionFixtures.store();
        store.create(AdmissionFixtures.load("quota-rejection.yaml").get(0));
        String gpuPod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s, namespace: team}
                spec:
                  containers:
                  - name: train
                    image: train:1
                    resources: {requests: {cpu: 1, nvidia.com/gpu: 1}, limits: {nvidia.com/gpu: 1}}
                """;
        store.create(AdmissionFixtures.one(gpuPod.formatted("train-a")));
        ApiException failure = assertThrows(ApiException.class,
                () -> store.create(AdmissionFixtures.one(gpuPod.formatted("train-b"))));
        assertEquals("pods \"train-b\" is forbidden: exceeded quota: compute, requested: requests.nvidia.com/gpu=1, "
                + "used: requests.nvidia.com/gpu=1, limited: requests.nvidia.com/gpu=1", failure.getMessage());
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %s, namespace: team}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: "nginx:1.27"}]}
                """;
        store.create(AdmissionFixtures.one(deployment.formatted("one")));
        store.create(AdmissionFixtures.one(deployment.formatted("two")));
        ApiException third = assertThrows(ApiException.class,
                () -> store.create(AdmissionFixtures.one(deployment.formatted("three"))));
        assertEquals("deployments.apps \"three\" is forbidden: exceeded quota: compute, requested: "
                + "count/deployments.apps=1, used: count/deployments.apps=2, limited: count/deployments.apps=2",
                third.getMessage());
        assertEquals("{count/deployments.apps=2, pods=1, requests.cpu=1, requests.nvidia.com/gpu=1}", used(store));
    }

    @Test
    void podMustStateTheComputeResourcesAQuotaLimits() {
        ObjectStore store = AdmissionFixtures.store();
        store.create(AdmissionFixtures.one("""
                apiVersion: v1
                kind: ResourceQuota
                metadata: {name: compute, namespace: team}
                spec:
                  hard: {requests.cpu: "4", limits.memory: 8Gi}
                """));
        ApiException failure = assertThrows(ApiException.class, () -> store.create(AdmissionFixtures.one("""
                apiVersion: v1
                kind: Pod
                metadata: {name: bare, namespace: team}
                spec:
                  containers: [{name: app, image: "app:1"}, {name: side, image: "side:1"}]
                """)));
        assertEquals("pods \"bare\" is forbidden: failed quota: compute: must specify limits.memory for: app,side; "
                + "requests.cpu for: app,side", failure.getMessage());
    }

    private static String used(ObjectStore store) {
        ResourceQuota quota = store.get(CoreV1Package.Literals.RESOURCE_QUOTA, "team", "compute");
        return new TreeMap<>(quota.getStatus().getUsed().map()).toString();
    }
}
