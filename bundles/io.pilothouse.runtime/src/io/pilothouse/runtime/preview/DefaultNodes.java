package io.pilothouse.runtime.preview;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeCondition;
import io.pilothouse.model.k8s.core.v1.NodeStatus;
import io.pilothouse.model.k8s.core.v1.NodeSystemInfo;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.model.k8s.storage.v1.StorageV1Factory;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.api.admission.DefaultStorageClass;

/**
 * The default cluster of a preview whose input has no nodes: three kubeadm workers {@code worker-a}, {@code worker-b}
 * and {@code worker-c}, one per zone {@code zone-a}, {@code zone-b}, {@code zone-c} of region {@code region-1}, each
 * with 4 CPUs, 16Gi of memory and room for 110 pods, Ready since the epoch of the virtual clock; and, unless the
 * input brings storage classes, kind's default StorageClass {@code standard}.
 */
public final class DefaultNodes {

    /** The names of the default nodes, in creation order. */
    public static final List<String> NAMES = List.of("worker-a", "worker-b", "worker-c");

    /** The region label of every default node. */
    public static final String REGION = "region-1";

    /** The name of the default StorageClass. */
    public static final String STORAGE_CLASS = "standard";

    /** The kubelet version the default nodes report. */
    public static final String KUBELET_VERSION = "v1.36.0";

    private static final List<String[]> CAPACITY = List.of(new String[] {"cpu", "4"},
            new String[] {"memory", "16Gi"}, new String[] {"pods", "110"});

    private DefaultNodes() {}

    /** New instances of the default nodes, with their status. */
    public static List<Node> create() {
        return NAMES.stream().map(DefaultNodes::node).toList();
    }

    /** The default nodes, then the default StorageClass when the input has no StorageClass. */
    public static List<EObject> create(List<? extends EObject> input) {
        List<EObject> objects = new ArrayList<>(create());
        if (input.stream().noneMatch(StorageClass.class::isInstance)) {
            objects.add(storageClass());
        }
        return objects;
    }

    /**
     * kind's default class: {@code standard}, annotated as the default, provisioned by {@code rancher.io/local-path},
     * reclaim policy {@code Delete}, binding mode {@code WaitForFirstConsumer}.
     */
    public static StorageClass storageClass() {
        StorageClass storageClass = StorageV1Factory.eINSTANCE.createStorageClass();
        storageClass.setApiVersion("storage.k8s.io/v1");
        storageClass.setKind("StorageClass");
        storageClass.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        storageClass.getMetadata().setName(STORAGE_CLASS);
        storageClass.getMetadata().getAnnotations().put(DefaultStorageClass.IS_DEFAULT_CLASS, "true");
        storageClass.setProvisioner("rancher.io/local-path");
        storageClass.setReclaimPolicy("Delete");
        storageClass.setVolumeBindingMode("WaitForFirstConsumer");
        return storageClass;
    }

    private static Node node(String name) {
        CoreV1Factory core = CoreV1Factory.eINSTANCE;
        Node node = core.createNode();
        node.setApiVersion("v1");
        node.setKind("Node");
        node.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        node.getMetadata().setName(name);
        var labels = node.getMetadata().getLabels();
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("kubernetes.io/hostname", name);
        labels.put("kubernetes.io/os", "linux");
        labels.put("topology.kubernetes.io/region", REGION);
        labels.put("topology.kubernetes.io/zone", "zone-" + name.substring(name.length() - 1));
        NodeStatus status = core.createNodeStatus();
        for (String[] resource : CAPACITY) {
            status.getCapacity().put(resource[0], Quantity.valueOf(resource[1]));
            status.getAllocatable().put(resource[0], Quantity.valueOf(resource[1]));
        }
        NodeCondition ready = core.createNodeCondition();
        ready.setType("Ready");
        ready.setStatus("True");
        ready.setReason("KubeletReady");
        ready.setMessage("kubelet is posting ready status");
        ready.setLastHeartbeatTime(Time.of(VirtualClock.EPOCH));
        ready.setLastTransitionTime(Time.of(VirtualClock.EPOCH));
        status.getConditions().add(ready);
        status.setNodeInfo(nodeInfo());
        node.setStatus(status);
        return node;
    }

    private static NodeSystemInfo nodeInfo() {
        NodeSystemInfo info = CoreV1Factory.eINSTANCE.createNodeSystemInfo();
        info.setArchitecture("amd64");
        info.setOperatingSystem("linux");
        info.setKubeletVersion(KUBELET_VERSION);
        info.setContainerRuntimeVersion("containerd://2.1.0");
        info.setKernelVersion("6.8.0-generic");
        info.setOsImage("Ubuntu 24.04 LTS");
        return info;
    }
}
