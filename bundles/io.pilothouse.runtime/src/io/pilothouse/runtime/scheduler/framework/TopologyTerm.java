package io.pilothouse.runtime.scheduler.framework;

/** A term a pod carries that applies to the domains of one topology key, such as a pod affinity term. */
public interface TopologyTerm {

    /** The node label whose values are the term's domains. */
    String topologyKey();
}
