package io.pilothouse.runtime.controllers.daemonset;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.NodeAffinity;
import io.pilothouse.model.k8s.core.v1.NodeSelector;
import io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement;
import io.pilothouse.model.k8s.core.v1.NodeSelectorTerm;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.scheduler.plugins.NodeSelectorMatcher;
import io.pilothouse.runtime.scheduler.plugins.Tolerations;

/**
 * The pods of a DaemonSet, as upstream's {@code daemon/util}: a pod is the template with the DaemonSet tolerations
 * added, the labels {@value #REVISION_LABEL} (and {@value #GENERATION_LABEL} when the set carries the deprecated
 * template generation annotation), and a required node affinity term that pins it to its node by
 * {@code metadata.name}, so the scheduler binds it there.
 */
final class DaemonPods {

    static final String REVISION_LABEL = "controller-revision-hash";
    static final String GENERATION_LABEL = "pod-template-generation";
    static final String GENERATION_ANNOTATION = "deprecated.daemonset.template.generation";

    private static final String NO_EXECUTE = Tolerations.NO_EXECUTE;
    private static final String NO_SCHEDULE = Tolerations.NO_SCHEDULE;
    private static final List<String[]> TOLERATED = List.of(new String[] {"node.kubernetes.io/not-ready", NO_EXECUTE},
            new String[] {"node.kubernetes.io/unreachable", NO_EXECUTE},
            new String[] {"node.kubernetes.io/disk-pressure", NO_SCHEDULE},
            new String[] {"node.kubernetes.io/memory-pressure", NO_SCHEDULE},
            new String[] {"node.kubernetes.io/pid-pressure", NO_SCHEDULE},
            new String[] {"node.kubernetes.io/unschedulable", NO_SCHEDULE});
    private static final String NETWORK_UNAVAILABLE = "node.kubernetes.io/network-unavailable";

    /** Scheduled pods first, then oldest first, then by name: upstream's {@code podByCreationTimestampAndPhase}. */
    static final Comparator<Pod> OLDEST_FIRST = Comparator.comparing((Pod pod) -> pod.getSpec().getNodeName() == null
            || pod.getSpec().getNodeName().isEmpty())
            .thenComparing(pod -> pod.getMetadata().getCreationTimestamp().toInstant())
            .thenComparing(pod -> pod.getMetadata().getName());

    private DaemonPods() {}

    /**
     * The template's spec with the DaemonSet tolerations added where no equal one exists, as upstream's
     * {@code AddOrUpdateDaemonPodTolerations}: not-ready and unreachable NoExecute without tolerationSeconds, the
     * node condition and unschedulable NoSchedule taints, and network-unavailable for host-network pods.
     */
    static PodSpec withTolerations(PodSpec template) {
        PodSpec spec = EcoreUtil.copy(template);
        for (String[] taint : TOLERATED) {
            addToleration(spec, taint[0], taint[1]);
        }
        if (Boolean.TRUE.equals(spec.getHostNetwork())) {
            addToleration(spec, NETWORK_UNAVAILABLE, NO_SCHEDULE);
        }
        return spec;
    }

    private static void addToleration(PodSpec spec, String key, String effect) {
        Toleration toleration = CoreV1Factory.eINSTANCE.createToleration();
        toleration.setKey(key);
        toleration.setOperator("Exists");
        toleration.setEffect(effect);
        if (spec.getTolerations().stream().noneMatch(existing -> EcoreUtil.equals(existing, toleration))) {
            spec.getTolerations().add(toleration);
        }
    }

    /** A new pod of the set for the node, labelled with the revision hash. */
    static Pod newPod(DaemonSet set, String hash, String nodeName) {
        PodTemplateSpec template = set.getSpec().getTemplate();
        ObjectMeta meta = MetaV1Factory.eINSTANCE.createObjectMeta();
        meta.setNamespace(set.getMetadata().getNamespace());
        meta.setGenerateName(set.getMetadata().getName() + "-");
        if (template.getMetadata() != null) {
            meta.getLabels().putAll(template.getMetadata().getLabels().map());
            meta.getAnnotations().putAll(template.getMetadata().getAnnotations().map());
            meta.getFinalizers().addAll(template.getMetadata().getFinalizers());
        }
        String generation = set.getMetadata().getAnnotations().get(GENERATION_ANNOTATION);
        if (generation != null) {
            meta.getLabels().put(GENERATION_LABEL, generation);
        }
        meta.getLabels().put(REVISION_LABEL, hash);
        meta.getOwnerReferences().add(ControllerRefs.newControllerRef(set));
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        pod.setMetadata(meta);
        pod.setSpec(withTolerations(template.getSpec()));
        pinToNode(pod.getSpec(), nodeName);
        return pod;
    }

    /**
     * Replaces the required node affinity terms by one that matches the node's name, as upstream's
     * {@code ReplaceDaemonSetPodNodeNameNodeAffinity}; the preferred terms stay.
     */
    static void pinToNode(PodSpec spec, String nodeName) {
        NodeSelectorRequirement requirement = CoreV1Factory.eINSTANCE.createNodeSelectorRequirement();
        requirement.setKey(NodeSelectorMatcher.NAME_FIELD);
        requirement.setOperator("In");
        requirement.getValues().add(nodeName);
        NodeSelectorTerm term = CoreV1Factory.eINSTANCE.createNodeSelectorTerm();
        term.getMatchFields().add(requirement);
        NodeSelector required = CoreV1Factory.eINSTANCE.createNodeSelector();
        required.getNodeSelectorTerms().add(term);
        if (spec.getAffinity() == null) {
            spec.setAffinity(CoreV1Factory.eINSTANCE.createAffinity());
        }
        Affinity affinity = spec.getAffinity();
        if (affinity.getNodeAffinity() == null) {
            affinity.setNodeAffinity(CoreV1Factory.eINSTANCE.createNodeAffinity());
        }
        NodeAffinity nodeAffinity = affinity.getNodeAffinity();
        nodeAffinity.setRequiredDuringSchedulingIgnoredDuringExecution(required);
    }

    /**
     * The node a pod runs on or is pinned to, as upstream's {@code GetTargetNodeName}: {@code spec.nodeName}, else
     * the single name of the required node affinity's {@code metadata.name} field term; {@code null} for neither.
     */
    static String targetNode(Pod pod) {
        PodSpec spec = pod.getSpec();
        if (spec.getNodeName() != null && !spec.getNodeName().isEmpty()) {
            return spec.getNodeName();
        }
        if (spec.getAffinity() == null || spec.getAffinity().getNodeAffinity() == null) {
            return null;
        }
        NodeSelector required = spec.getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution();
        if (required == null) {
            return null;
        }
        for (NodeSelectorTerm term : required.getNodeSelectorTerms()) {
            for (NodeSelectorRequirement field : term.getMatchFields()) {
                if (NodeSelectorMatcher.NAME_FIELD.equals(field.getKey()) && "In".equals(field.getOperator())
                        && field.getValues().size() == 1) {
                    return field.getValues().get(0);
                }
            }
        }
        return null;
    }

    /**
     * Whether a pod is of the set's current template, as upstream's {@code IsPodUpdated}: its revision label is the
     * hash, or its template generation label is the set's.
     */
    static boolean isUpdated(DaemonSet set, Pod pod, String hash) {
        String generation = set.getMetadata().getAnnotations().get(GENERATION_ANNOTATION);
        return hash.equals(pod.getMetadata().getLabels().get(REVISION_LABEL))
                || generation != null && generation.equals(pod.getMetadata().getLabels().get(GENERATION_LABEL));
    }
}
