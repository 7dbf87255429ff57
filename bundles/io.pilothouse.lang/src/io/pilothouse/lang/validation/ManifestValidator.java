package io.pilothouse.lang.validation;

/** Checks of the syntax tree itself; the Kubernetes checks run in {@link ManifestResourceValidator}. */
public class ManifestValidator extends AbstractManifestValidator {
}
