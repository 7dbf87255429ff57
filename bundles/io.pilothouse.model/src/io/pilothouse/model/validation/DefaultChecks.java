package io.pilothouse.model.validation;

import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.validation.apiserver.ApiServerChecks;
import io.pilothouse.model.validation.deprecation.DeprecationChecks;
import io.pilothouse.model.validation.lint.LintChecks;
import io.pilothouse.model.validation.references.ReferenceChecks;
import io.pilothouse.model.validation.schema.SchemaChecks;

/**
 * The checks {@link Validator#Validator(ValidationOptions)} runs: every rule family's checks, in family order
 * (schema, API server, references, deprecation, lints), plus the custom resources' schemas from the
 * CustomResourceDefinitions among the inputs. Lints are filtered by {@link ValidationOptions#lint()}.
 */
public final class DefaultChecks {

    private DefaultChecks() {}

    /** @return the per-resource checks of every family */
    public static List<ResourceCheck> resourceChecks() {
        List<ResourceCheck> checks = new ArrayList<>(List.of(new SchemaChecks(), new ApiServerChecks()));
        checks.addAll(LintChecks.all());
        return List.copyOf(checks);
    }

    /** @return the checks across all resources of every family */
    public static List<SetCheck> setChecks() {
        List<SetCheck> checks = new ArrayList<>(ReferenceChecks.all());
        checks.addAll(LintChecks.setChecks());
        return List.copyOf(checks);
    }

    /** @return the checks of documents the model cannot hold (removed and deprecated API versions) */
    public static List<DocumentCheck> documentChecks() {
        return DeprecationChecks.all();
    }
}
