package io.pilothouse.runtime.api.admission;

import java.util.Map;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.ContainerPort;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.EnvVar;
import io.pilothouse.model.k8s.core.v1.HTTPGetAction;
import io.pilothouse.model.k8s.core.v1.ObjectFieldSelector;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.core.v1.Probe;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.core.v1.VolumeProjection;
import io.pilothouse.model.types.Quantity;

/**
 * The defaults of upstream's core/v1 scheme for a pod spec, shared by pods and by the pod templates of workloads:
 * the spec, its containers, ports, probes, environment field references and volumes.
 */
public final class PodSpecDefaults {

    /** The mode of projected, secret, config map and downward API volume files: 0644. */
    static final int DEFAULT_MODE = 0644;

    private PodSpecDefaults() {}

    /** Applies the defaults to the spec of a template, when it has one. */
    public static void apply(PodTemplateSpec template) {
        if (template != null && template.getSpec() != null) {
            apply(template.getSpec());
        }
    }

    /** Applies the defaults to a pod spec. */
    public static void apply(PodSpec spec) {
        if (spec.getDnsPolicy() == null) {
            spec.setDnsPolicy("ClusterFirst");
        }
        if (spec.getRestartPolicy() == null) {
            spec.setRestartPolicy("Always");
        }
        if (spec.getSecurityContext() == null) {
            spec.setSecurityContext(CoreV1Factory.eINSTANCE.createPodSecurityContext());
        }
        if (spec.getTerminationGracePeriodSeconds() == null) {
            spec.setTerminationGracePeriodSeconds(30L);
        }
        if (spec.getSchedulerName() == null) {
            spec.setSchedulerName("default-scheduler");
        }
        if (spec.getEnableServiceLinks() == null) {
            spec.setEnableServiceLinks(true);
        }
        boolean hostNetwork = Boolean.TRUE.equals(spec.getHostNetwork());
        spec.getInitContainers().forEach(container -> apply(container, hostNetwork));
        spec.getContainers().forEach(container -> apply(container, hostNetwork));
        spec.getVolumes().forEach(PodSpecDefaults::apply);
    }

    /**
     * The pull policy for an image without one: {@code Always} when its tag is {@code latest} (the default tag of an
     * image with neither tag nor digest), {@code IfNotPresent} otherwise, and also for a name that does not parse.
     */
    public static String imagePullPolicy(String image) {
        return "latest".equals(ImageNames.tag(image)) ? "Always" : "IfNotPresent";
    }

    private static void apply(Container container, boolean hostNetwork) {
        if (container.getImagePullPolicy() == null) {
            container.setImagePullPolicy(imagePullPolicy(container.getImage()));
        }
        if (container.getTerminationMessagePath() == null) {
            container.setTerminationMessagePath("/dev/termination-log");
        }
        if (container.getTerminationMessagePolicy() == null) {
            container.setTerminationMessagePolicy("File");
        }
        for (ContainerPort port : container.getPorts()) {
            if (port.getProtocol() == null) {
                port.setProtocol("TCP");
            }
            if (hostNetwork && port.getHostPort() == null) {
                port.setHostPort(port.getContainerPort());
            }
        }
        apply(container.getLivenessProbe());
        apply(container.getReadinessProbe());
        apply(container.getStartupProbe());
        for (EnvVar env : container.getEnv()) {
            if (env.getValueFrom() != null) {
                apply(env.getValueFrom().getFieldRef());
            }
        }
        if (container.getResources() != null) {
            requestsFromLimits(container.getResources());
        }
    }

    /** A limit without request makes the request equal to the limit. */
    private static void requestsFromLimits(ResourceRequirements resources) {
        for (Map.Entry<String, Quantity> limit : resources.getLimits()) {
            if (!resources.getRequests().containsKey(limit.getKey())) {
                resources.getRequests().put(limit.getKey(), limit.getValue());
            }
        }
    }

    private static void apply(Probe probe) {
        if (probe == null) {
            return;
        }
        if (probe.getTimeoutSeconds() == null) {
            probe.setTimeoutSeconds(1);
        }
        if (probe.getPeriodSeconds() == null) {
            probe.setPeriodSeconds(10);
        }
        if (probe.getSuccessThreshold() == null) {
            probe.setSuccessThreshold(1);
        }
        if (probe.getFailureThreshold() == null) {
            probe.setFailureThreshold(3);
        }
        HTTPGetAction httpGet = probe.getHttpGet();
        if (httpGet != null) {
            if (httpGet.getPath() == null) {
                httpGet.setPath("/");
            }
            if (httpGet.getScheme() == null) {
                httpGet.setScheme("HTTP");
            }
        }
    }

    private static void apply(ObjectFieldSelector fieldRef) {
        if (fieldRef != null && fieldRef.getApiVersion() == null) {
            fieldRef.setApiVersion("v1");
        }
    }

    private static void apply(Volume volume) {
        if (hasNoSource(volume)) {
            volume.setEmptyDir(CoreV1Factory.eINSTANCE.createEmptyDirVolumeSource());
        }
        if (volume.getSecret() != null && volume.getSecret().getDefaultMode() == null) {
            volume.getSecret().setDefaultMode(DEFAULT_MODE);
        }
        if (volume.getConfigMap() != null && volume.getConfigMap().getDefaultMode() == null) {
            volume.getConfigMap().setDefaultMode(DEFAULT_MODE);
        }
        if (volume.getDownwardAPI() != null) {
            if (volume.getDownwardAPI().getDefaultMode() == null) {
                volume.getDownwardAPI().setDefaultMode(DEFAULT_MODE);
            }
            volume.getDownwardAPI().getItems().forEach(item -> apply(item.getFieldRef()));
        }
        if (volume.getProjected() != null) {
            if (volume.getProjected().getDefaultMode() == null) {
                volume.getProjected().setDefaultMode(DEFAULT_MODE);
            }
            for (VolumeProjection source : volume.getProjected().getSources()) {
                if (source.getDownwardAPI() != null) {
                    source.getDownwardAPI().getItems().forEach(item -> apply(item.getFieldRef()));
                }
                if (source.getServiceAccountToken() != null
                        && source.getServiceAccountToken().getExpirationSeconds() == null) {
                    source.getServiceAccountToken().setExpirationSeconds(3600L);
                }
            }
        }
    }

    /** Whether no feature but the name is set: such a volume is an emptyDir. */
    private static boolean hasNoSource(Volume volume) {
        return volume.eClass().getEAllStructuralFeatures().stream()
                .filter(feature -> !feature.getName().equals("name"))
                .noneMatch(volume::eIsSet);
    }
}
