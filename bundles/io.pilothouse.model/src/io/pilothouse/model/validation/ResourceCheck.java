package io.pilothouse.model.validation;

import org.eclipse.emf.ecore.EObject;

/** A check of one top-level resource on its own (schema, API-server and lint checks). */
@FunctionalInterface
public interface ResourceCheck {

    void check(EObject resource, Reporter reporter);
}
