package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodAffinityTerm;
import io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.TopologyTerm;

/**
 * The pod (anti-)affinity terms of one pod, compiled once as upstream's {@code PodInfo} does: each term's namespaces
 * (the pod's own when neither namespaces nor a namespace selector is given) and its selector with the
 * requirements of {@code matchLabelKeys} ({@code In} the pod's value) and {@code mismatchLabelKeys}
 * ({@code NotIn}) added, as kube-apiserver merges them when the pod is created. A malformed selector leaves its
 * kind of terms empty, as upstream's {@code PodInfo} does: the incoming pod fails with the error, and existing pods
 * count without those terms (the API server does not validate them all).
 *
 * @param requiredAffinity      the required affinity terms
 * @param requiredAntiAffinity  the required anti-affinity terms
 * @param preferredAffinity     the preferred affinity terms with their weights
 * @param preferredAntiAffinity the preferred anti-affinity terms with their weights
 * @param parseError            the first malformed selector's error, {@code null} when none
 */
record InterPodAffinityTerms(List<Term> requiredAffinity, List<Term> requiredAntiAffinity,
        List<Term> preferredAffinity, List<Term> preferredAntiAffinity, String parseError) {

    static final InterPodAffinityTerms NONE = new InterPodAffinityTerms(List.of(), List.of(), List.of(), List.of(),
            null);

    /**
     * One compiled term.
     *
     * @param namespaces        the namespaces named (or the pod's own)
     * @param namespaceSelector the namespace selector, {@link LabelSelectorMatcher#NOTHING} when unset
     * @param selector          the pod selector
     * @param topologyKey       the node label of the domain
     * @param weight            the weight of a preferred term, 0 for a required one
     */
    record Term(Set<String> namespaces, LabelSelectorMatcher namespaceSelector, LabelSelectorMatcher selector,
            String topologyKey, int weight) implements TopologyTerm {

        /** Whether a pod, whose namespace has the given labels ({@code null}: none), is one the term selects. */
        boolean matches(PodInfo pod, Map<String, String> namespaceLabels) {
            return (namespaces.contains(pod.namespace())
                    || namespaceSelector.matches(namespaceLabels == null ? Map.of() : namespaceLabels))
                    && selector.matches(pod.labels());
        }

        /**
         * The term with the namespaces its selector picks among the given ones added to its namespaces and the
         * selector dropped, as upstream's {@code mergeAffinityTermNamespacesIfNotEmpty}; an empty selector (every
         * namespace) stays.
         */
        Term resolved(Map<String, Map<String, String>> allNamespaceLabels) {
            if (namespaceSelector.isEmpty()) {
                return this;
            }
            Set<String> merged = new HashSet<>(namespaces);
            allNamespaceLabels.forEach((name, labels) -> {
                if (namespaceSelector.matches(labels)) {
                    merged.add(name);
                }
            });
            return new Term(Set.copyOf(merged), LabelSelectorMatcher.NOTHING, selector, topologyKey, weight);
        }
    }

    /** Compiles the terms of a pod. */
    static InterPodAffinityTerms of(Pod pod) {
        Affinity affinity = pod.getSpec().getAffinity();
        if (affinity == null || affinity.getPodAffinity() == null && affinity.getPodAntiAffinity() == null) {
            return NONE;
        }
        String[] error = new String[1];
        List<Term> requiredAffinity = List.of();
        List<Term> preferredAffinity = List.of();
        if (affinity.getPodAffinity() != null) {
            requiredAffinity = compiled(error, () -> required(pod,
                    affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()));
            preferredAffinity = compiled(error, () -> preferred(pod,
                    affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()));
        }
        List<Term> requiredAnti = List.of();
        List<Term> preferredAnti = List.of();
        if (affinity.getPodAntiAffinity() != null) {
            requiredAnti = compiled(error, () -> required(pod,
                    affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()));
            preferredAnti = compiled(error, () -> preferred(pod,
                    affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()));
        }
        return new InterPodAffinityTerms(requiredAffinity, requiredAnti, preferredAffinity, preferredAnti, error[0]);
    }

    /** The terms of one kind; none when a selector is malformed, whose error is kept unless one came before. */
    private static List<Term> compiled(String[] error, Supplier<List<Term>> compile) {
        try {
            return compile.get();
        } catch (IllegalArgumentException e) {
            if (error[0] == null) {
                error[0] = e.getMessage();
            }
            return List.of();
        }
    }

    /** Whether a pod matches every required affinity term (false when there are none). */
    boolean matchesAllRequiredAffinity(PodInfo pod) {
        if (requiredAffinity.isEmpty()) {
            return false;
        }
        for (Term term : requiredAffinity) {
            if (!term.matches(pod, null)) {
                return false;
            }
        }
        return true;
    }

    /** The terms with their namespace selectors resolved against the namespaces. */
    InterPodAffinityTerms resolved(Map<String, Map<String, String>> allNamespaceLabels) {
        return new InterPodAffinityTerms(resolve(requiredAffinity, allNamespaceLabels),
                resolve(requiredAntiAffinity, allNamespaceLabels), resolve(preferredAffinity, allNamespaceLabels),
                resolve(preferredAntiAffinity, allNamespaceLabels), parseError);
    }

    private static List<Term> resolve(List<Term> terms, Map<String, Map<String, String>> allNamespaceLabels) {
        return terms.stream().map(term -> term.resolved(allNamespaceLabels)).toList();
    }

    private static List<Term> required(Pod pod, List<PodAffinityTerm> terms) {
        List<Term> compiled = new ArrayList<>(terms.size());
        for (PodAffinityTerm term : terms) {
            compiled.add(compile(pod, term, 0));
        }
        return List.copyOf(compiled);
    }

    private static List<Term> preferred(Pod pod, List<WeightedPodAffinityTerm> terms) {
        List<Term> compiled = new ArrayList<>(terms.size());
        for (WeightedPodAffinityTerm term : terms) {
            if (term.getPodAffinityTerm() != null) {
                compiled.add(compile(pod, term.getPodAffinityTerm(), term.getWeight() == null ? 0 : term.getWeight()));
            }
        }
        return List.copyOf(compiled);
    }

    private static Term compile(Pod pod, PodAffinityTerm term, int weight) {
        Set<String> namespaces = Set.copyOf(term.getNamespaces());
        if (namespaces.isEmpty() && term.getNamespaceSelector() == null) {
            namespaces = Set.of(pod.getMetadata().getNamespace());
        }
        LabelSelectorMatcher selector = LabelSelectorMatcher.of(term.getLabelSelector());
        if (term.getLabelSelector() != null) {
            Map<String, String> labels = pod.getMetadata().getLabels().map();
            for (String key : term.getMatchLabelKeys()) {
                if (labels.containsKey(key)) {
                    selector = selector.with(key, true, labels.get(key));
                }
            }
            for (String key : term.getMismatchLabelKeys()) {
                if (labels.containsKey(key)) {
                    selector = selector.with(key, false, labels.get(key));
                }
            }
        }
        return new Term(namespaces, LabelSelectorMatcher.of(term.getNamespaceSelector()), selector,
                term.getTopologyKey(), weight);
    }
}
