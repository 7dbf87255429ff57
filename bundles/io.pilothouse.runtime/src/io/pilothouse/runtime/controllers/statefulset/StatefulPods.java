package io.pilothouse.runtime.controllers.statefulset;

import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSetSpec;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimVolumeSource;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.core.v1.Volume;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.controllers.ControllerRefs;

/**
 * The stable identity of a StatefulSet's pods, as upstream's {@code stateful_set_utils.go}: the pod with ordinal
 * {@code i} is {@code <set>-<i>} with hostname {@code <set>-<i>}, subdomain {@code spec.serviceName}, the labels
 * {@value #POD_NAME_LABEL} and {@value #POD_INDEX_LABEL}, and for each volume claim template {@code <claim>} a
 * volume of the claim {@code <claim>-<set>-<i>}.
 */
final class StatefulPods {

    static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
    static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
    static final String REVISION_LABEL = "controller-revision-hash";

    private StatefulPods() {}

    /** {@code spec.replicas}, 1 when unset. */
    static int replicas(StatefulSet set) {
        Integer replicas = set.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    /** {@code spec.ordinals.start}, 0 when unset. */
    static int startOrdinal(StatefulSet set) {
        StatefulSetSpec spec = set.getSpec();
        return spec.getOrdinals() == null || spec.getOrdinals().getStart() == null ? 0 : spec.getOrdinals().getStart();
    }

    /** The ordinal in a pod's name {@code <set>-<ordinal>}, or -1 when the name is not of that form. */
    static int ordinalOf(StatefulSet set, Pod pod) {
        String prefix = set.getMetadata().getName() + '-';
        String name = pod.getMetadata().getName();
        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
            return -1;
        }
        String digits = name.substring(prefix.length());
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 1 && digits.charAt(0) == '0'
                || digits.length() > 9) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    static String podName(StatefulSet set, int ordinal) {
        return set.getMetadata().getName() + '-' + ordinal;
    }

    static String claimName(StatefulSet set, PersistentVolumeClaim template, int ordinal) {
        return template.getMetadata().getName() + '-' + podName(set, ordinal);
    }

    /** The revision label of a pod, or {@code null}. */
    static String revisionOf(Pod pod) {
        return pod.getMetadata().getLabels().get(REVISION_LABEL);
    }

    /** A new pod of the set with the ordinal, from the template of the named revision. */
    static Pod newPod(StatefulSet set, PodTemplateSpec template, String revision, int ordinal) {
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        String name = podName(set, ordinal);
        meta.setName(name);
        meta.setNamespace(set.getMetadata().getNamespace());
        if (template.getMetadata() != null) {
            meta.getLabels().putAll(template.getMetadata().getLabels().map());
            meta.getAnnotations().putAll(template.getMetadata().getAnnotations().map());
        }
        meta.getLabels().put(POD_NAME_LABEL, name);
        meta.getLabels().put(POD_INDEX_LABEL, Integer.toString(ordinal));
        meta.getLabels().put(REVISION_LABEL, revision);
        meta.getOwnerReferences().add(ControllerRefs.newControllerRef(set));
        pod.setMetadata(meta);
        pod.setSpec(EcoreUtil.copy(template.getSpec()));
        pod.getSpec().setHostname(name);
        String serviceName = set.getSpec().getServiceName();
        if (serviceName != null && !serviceName.isEmpty()) {
            pod.getSpec().setSubdomain(serviceName);
        }
        for (PersistentVolumeClaim claim : set.getSpec().getVolumeClaimTemplates()) {
            pod.getSpec().getVolumes().removeIf(v -> v.getName().equals(claim.getMetadata().getName()));
            Volume volume = CoreV1Factory.eINSTANCE.createVolume();
            volume.setName(claim.getMetadata().getName());
            PersistentVolumeClaimVolumeSource source = CoreV1Factory.eINSTANCE
                    .createPersistentVolumeClaimVolumeSource();
            source.setClaimName(claimName(set, claim, ordinal));
            volume.setPersistentVolumeClaim(source);
            pod.getSpec().getVolumes().add(volume);
        }
        return pod;
    }

    /** A new claim of the pod with the ordinal: the template, named, labelled with the set's selector labels. */
    static PersistentVolumeClaim newClaim(StatefulSet set, PersistentVolumeClaim template, int ordinal) {
        PersistentVolumeClaim claim = EcoreUtil.copy(template);
        ObjectMeta meta = claim.getMetadata();
        meta.setName(claimName(set, template, ordinal));
        meta.setNamespace(set.getMetadata().getNamespace());
        if (set.getSpec().getSelector() != null) {
            for (Map.Entry<String, String> label : set.getSpec().getSelector().getMatchLabels()) {
                meta.getLabels().put(label.getKey(), label.getValue());
            }
        }
        claim.setStatus(null);
        return claim;
    }
}
