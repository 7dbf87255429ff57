package io.pilothouse.runtime.api.admission;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.runtime.api.FieldError;

/**
 * The validation of an object by its kind's rules, which the API server runs after mutating admission; its errors
 * make the request {@code Invalid}.
 */
@FunctionalInterface
public interface ObjectValidator {

    /** A validator that finds nothing. */
    ObjectValidator NONE = object -> List.of();

    /** The field errors of an object, in a stable order; empty when it is valid. */
    List<FieldError> validate(EObject object);
}
