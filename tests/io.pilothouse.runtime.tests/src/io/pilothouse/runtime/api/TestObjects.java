package io.pilothouse.runtime.api;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/** Small objects for the store tests. */
final class TestObjects {

    private TestObjects() {}

    static Pod pod(String namespace, String name, String image) {
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        pod.setMetadata(meta(namespace, name));
        pod.setSpec(CoreV1Factory.eINSTANCE.createPodSpec());
        Container container = CoreV1Factory.eINSTANCE.createContainer();
        container.setName("main");
        container.setImage(image);
        pod.getSpec().getContainers().add(container);
        return pod;
    }

    static Deployment deployment(String namespace, String name, int replicas) {
        Deployment deployment = AppsV1Factory.eINSTANCE.createDeployment();
        deployment.setMetadata(meta(namespace, name));
        deployment.setSpec(AppsV1Factory.eINSTANCE.createDeploymentSpec());
        deployment.getSpec().setReplicas(replicas);
        return deployment;
    }

    static Namespace namespace(String name) {
        Namespace namespace = CoreV1Factory.eINSTANCE.createNamespace();
        namespace.setMetadata(meta(null, name));
        return namespace;
    }

    static ObjectMeta meta(String namespace, String name) {
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.setNamespace(namespace);
        meta.setName(name);
        return meta;
    }
}
