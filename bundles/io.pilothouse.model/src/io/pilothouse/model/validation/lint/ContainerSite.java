package io.pilothouse.model.validation.lint;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONTAINER__NAME;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONTAINER__SECURITY_CONTEXT;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.PodSecurityContext;
import io.pilothouse.model.k8s.core.v1.SecurityContext;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.references.Workloads.ContainerAt;
import io.pilothouse.model.validation.references.Workloads.PodTemplateOf;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A container in its pod, for lints: how messages name it, where findings about its security context go, the
 * fixes that set a security context field, and the effective value of fields the pod's security context defaults.
 */
record ContainerSite(PodTemplateOf pod, ContainerAt at, Reporter reporter) {

    Container container() {
        return at.container();
    }

    /** @return {@code container "api"} or {@code init container "setup"} */
    String label() {
        return (at.init() ? "init container \"" : "container \"") + container().getName() + '"';
    }

    /** Reports on the container's {@code name}. */
    void report(Rule rule, String message, Fix fix) {
        reporter.report(rule, message, container(), CONTAINER__NAME, fix);
    }

    /**
     * Reports a security context finding on the field when it is set, else on the {@code securityContext}, else
     * on the container's {@code name}.
     */
    void reportSecurity(Rule rule, String message, EStructuralFeature feature, Fix fix) {
        SecurityContext context = container().getSecurityContext();
        if (context != null && context.eIsSet(feature)) {
            reporter.report(rule, message, context, feature, fix);
        } else if (context != null) {
            reporter.report(rule, message, container(), CONTAINER__SECURITY_CONTEXT, fix);
        } else {
            report(rule, message, fix);
        }
    }

    /** @return a fix setting a field of the container's security context, creating the context when absent */
    Fix setSecurity(String title, EStructuralFeature feature, Object value) {
        SecurityContext context = container().getSecurityContext();
        if (context != null) {
            return new Fix.SetValue(title, context, feature, value);
        }
        SecurityContext created = CoreV1Factory.eINSTANCE.createSecurityContext();
        created.eSet(feature, value);
        return new Fix.SetValue(title, container(), CONTAINER__SECURITY_CONTEXT, created);
    }

    /** @return the container's value of a security field, else the pod's ({@code null} when neither sets it) */
    Object effective(String field) {
        Object own = value(container().getSecurityContext(), field);
        return own != null ? own : value(podSecurity(), field);
    }

    PodSecurityContext podSecurity() {
        return pod.spec().getSecurityContext();
    }

    private static Object value(EObject context, String field) {
        return context == null ? null : context.eGet(context.eClass().getEStructuralFeature(field));
    }
}
