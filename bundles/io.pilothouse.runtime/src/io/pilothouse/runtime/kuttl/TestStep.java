package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.runtime.scheduler.profile.Profile;

/**
 * One step of a test case: the files of a case directory that share a number prefix.
 *
 * @param name              the number prefix and the name after it, such as {@code 00-install}
 * @param deletes           the objects deleted before the step applies its objects
 * @param commands          the commands run after the deletes, before the step applies its objects
 * @param apply             the objects applied, in file order
 * @param asserts           the partial objects that must all exist before the timeout
 * @param errors            the partial objects that must not exist
 * @param timeout           the step's own timeout, {@code null} for the suite's
 * @param schedulerProfiles the profiles of a {@code KubeSchedulerConfiguration} among the step's files, which
 *                          configure the scheduler before the step applies its objects; empty when there is none
 */
public record TestStep(String name, List<ObjectReference> deletes, List<Command> commands, List<EObject> apply,
        List<Expectation> asserts, List<Expectation> errors, Duration timeout, List<Profile> schedulerProfiles) {

    public TestStep {
        deletes = List.copyOf(deletes);
        commands = List.copyOf(commands);
        apply = List.copyOf(apply);
        asserts = List.copyOf(asserts);
        errors = List.copyOf(errors);
        schedulerProfiles = List.copyOf(schedulerProfiles);
    }
}
