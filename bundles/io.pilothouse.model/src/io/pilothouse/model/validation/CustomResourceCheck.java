package io.pilothouse.model.validation;

import java.util.List;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.YamlDocument;

/**
 * Validates resources of kinds the model has no EClass for, from their documents, for example custom resources
 * against the CustomResourceDefinitions given. A resource of a kind it knows is not reported as a missing schema.
 */
public interface CustomResourceCheck {

    /** @return whether this check knows {@code kind} of {@code apiVersion} */
    boolean knows(String apiVersion, String kind);

    /** @return the problems of one resource's document */
    List<Diagnostic> validate(YamlDocument document);
}
