package io.pilothouse.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where checks report what they find; the engine adds the source range, the resource's identity and suppression. */
public interface Reporter {

    /**
     * Reports a finding of {@code rule} on {@code target}: on the value of {@code feature} when it is not
     * {@code null}, else on the whole object.
     *
     * @param fix a machine-applicable fix, or {@code null} when there is none
     */
    void report(Rule rule, String message, EObject target, EStructuralFeature feature, Fix fix);

    /** Reports a finding without a fix. */
    default void report(Rule rule, String message, EObject target, EStructuralFeature feature) {
        report(rule, message, target, feature, null);
    }
}
