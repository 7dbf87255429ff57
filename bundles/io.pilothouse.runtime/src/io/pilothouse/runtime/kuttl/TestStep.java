package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One step of a test case: the files of a case directory that share a number prefix.
 *
 * @param name    the number prefix and the name after it, such as {@code 00-install}
 * @param deletes the objects deleted before the step applies its objects
 * @param apply   the objects applied, in file order
 * @param asserts the partial objects that must all exist before the timeout
 * @param errors  the partial objects that must not exist
 * @param timeout the step's own timeout, {@code null} for the suite's
 */
public record TestStep(String name, List<ObjectReference> deletes, List<EObject> apply, List<Expectation> asserts,
        List<Expectation> errors, Duration timeout) {

    public TestStep {
        deletes = List.copyOf(deletes);
        apply = List.copyOf(apply);
        asserts = List.copyOf(asserts);
        errors = List.copyOf(errors);
    }
}
