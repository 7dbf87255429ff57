package io.pilothouse.model.validation;

/** A check across every resource given together (references, duplicates). */
@FunctionalInterface
public interface SetCheck {

    void check(ManifestSet manifests, Reporter reporter);
}
