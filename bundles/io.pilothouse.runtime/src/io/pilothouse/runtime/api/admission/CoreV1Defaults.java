package io.pilothouse.runtime.api.admission;

import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.ClientIPConfig;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.LimitRange;
import io.pilothouse.model.k8s.core.v1.LimitRangeItem;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimSpec;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodTemplate;
import io.pilothouse.model.k8s.core.v1.ReplicationController;
import io.pilothouse.model.k8s.core.v1.Secret;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.core.v1.ServicePort;
import io.pilothouse.model.k8s.core.v1.ServiceSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.types.Quantity;

/** The defaults of upstream's core/v1 scheme. */
final class CoreV1Defaults implements GroupDefaults {

    /** The label every namespace carries with its own name. */
    static final String METADATA_NAME_LABEL = "kubernetes.io/metadata.name";

    private static final int CLIENT_IP_TIMEOUT_SECONDS = 10800;

    @Override
    public void apply(EObject object) {
        switch (object) {
            case Pod pod when pod.getSpec() != null -> PodSpecDefaults.apply(pod.getSpec());
            case PodTemplate template -> PodSpecDefaults.apply(template.getTemplate());
            case ReplicationController controller when controller.getSpec() != null -> apply(controller);
            case Service service when service.getSpec() != null -> apply(service.getSpec());
            case PersistentVolumeClaim claim when claim.getSpec() != null -> apply(claim.getSpec());
            case PersistentVolume volume when volume.getSpec() != null -> {
                if (volume.getSpec().getPersistentVolumeReclaimPolicy() == null) {
                    volume.getSpec().setPersistentVolumeReclaimPolicy("Retain");
                }
                if (volume.getSpec().getVolumeMode() == null) {
                    volume.getSpec().setVolumeMode("Filesystem");
                }
            }
            case Namespace namespace when namespace.getMetadata() != null
                    && namespace.getMetadata().getName() != null ->
                namespace.getMetadata().getLabels().put(METADATA_NAME_LABEL, namespace.getMetadata().getName());
            case LimitRange limitRange when limitRange.getSpec() != null ->
                limitRange.getSpec().getLimits().forEach(CoreV1Defaults::apply);
            case Secret secret when secret.getType() == null -> secret.setType("Opaque");
            default -> {
            }
        }
    }

    /** The volume mode of a claim, also of the claim templates of stateful sets. */
    static void apply(PersistentVolumeClaimSpec spec) {
        if (spec.getVolumeMode() == null) {
            spec.setVolumeMode("Filesystem");
        }
    }

    private static void apply(ReplicationController controller) {
        var spec = controller.getSpec();
        PodSpecDefaults.apply(spec.getTemplate());
        ObjectMeta templateMeta = spec.getTemplate() == null ? null : spec.getTemplate().getMetadata();
        if (templateMeta != null && !templateMeta.getLabels().isEmpty()) {
            if (spec.getSelector().isEmpty()) {
                spec.getSelector().putAll(templateMeta.getLabels().map());
            }
            if (controller.getMetadata() == null) {
                controller.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
            }
            if (controller.getMetadata().getLabels().isEmpty()) {
                controller.getMetadata().getLabels().putAll(templateMeta.getLabels().map());
            }
        }
        if (spec.getReplicas() == null) {
            spec.setReplicas(1);
        }
    }

    private static void apply(ServiceSpec spec) {
        if (spec.getSessionAffinity() == null) {
            spec.setSessionAffinity("None");
        }
        if ("None".equals(spec.getSessionAffinity())) {
            spec.setSessionAffinityConfig(null);
        } else if ("ClientIP".equals(spec.getSessionAffinity())) {
            defaultClientIpTimeout(spec);
        }
        if (spec.getType() == null) {
            spec.setType("ClusterIP");
        }
        for (ServicePort port : spec.getPorts()) {
            if (port.getProtocol() == null) {
                port.setProtocol("TCP");
            }
            IntOrString target = port.getTargetPort();
            if (port.getPort() != null && (target == null || target.equals(IntOrString.ofInt(0))
                    || target.equals(IntOrString.ofString("")))) {
                port.setTargetPort(IntOrString.ofInt(port.getPort()));
            }
        }
        String type = spec.getType();
        boolean external = type.equals("NodePort") || type.equals("LoadBalancer")
                || type.equals("ClusterIP") && !spec.getExternalIPs().isEmpty();
        if (external && spec.getExternalTrafficPolicy() == null) {
            spec.setExternalTrafficPolicy("Cluster");
        }
        if (!type.equals("ExternalName")) {
            if (spec.getInternalTrafficPolicy() == null) {
                spec.setInternalTrafficPolicy("Cluster");
            }
            if (spec.getIpFamilyPolicy() == null) {
                boolean headlessWithoutSelector = "None".equals(spec.getClusterIP()) && spec.getSelector().isEmpty();
                spec.setIpFamilyPolicy(headlessWithoutSelector ? "RequireDualStack" : "SingleStack");
            }
        }
        if (type.equals("LoadBalancer") && spec.getAllocateLoadBalancerNodePorts() == null) {
            spec.setAllocateLoadBalancerNodePorts(true);
        }
    }

    private static void defaultClientIpTimeout(ServiceSpec spec) {
        if (spec.getSessionAffinityConfig() == null) {
            spec.setSessionAffinityConfig(CoreV1Factory.eINSTANCE.createSessionAffinityConfig());
        }
        if (spec.getSessionAffinityConfig().getClientIP() == null) {
            spec.getSessionAffinityConfig().setClientIP(CoreV1Factory.eINSTANCE.createClientIPConfig());
        }
        ClientIPConfig clientIp = spec.getSessionAffinityConfig().getClientIP();
        if (clientIp.getTimeoutSeconds() == null) {
            clientIp.setTimeoutSeconds(CLIENT_IP_TIMEOUT_SECONDS);
        }
    }

    /**
     * A container item's default limit comes from its max, its default request from its default limit, then from its
     * min.
     */
    private static void apply(LimitRangeItem item) {
        if (!"Container".equals(item.getType())) {
            return;
        }
        putMissing(item.getDefault(), item.getMax());
        putMissing(item.getDefaultRequest(), item.getDefault());
        putMissing(item.getDefaultRequest(), item.getMin());
    }

    private static void putMissing(EMap<String, Quantity> target, EMap<String, Quantity> source) {
        for (Map.Entry<String, Quantity> entry : source) {
            if (!target.containsKey(entry.getKey())) {
                target.put(entry.getKey(), entry.getValue());
            }
        }
    }
}
