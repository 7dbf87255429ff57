package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.validation.CustomResourceCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates custom resources against the CustomResourceDefinitions of a {@link CrdRegistry} as kube-apiserver does
 * on create: the version must be served; unknown fields are pruned (and reported, like kubectl's strict field
 * validation); defaults are applied; then the OpenAPI schema, the metadata, list sets and maps, embedded resources
 * and, when none of that blocks them, the {@code x-kubernetes-validations} CEL rules are checked.
 * Safe to share between threads.
 */
public final class CrdValidator implements CustomResourceCheck {

    private static final String RULES_SKIPPED_MESSAGE = "<nil>: Invalid value: null: some validation rules were not "
            + "checked because the object was invalid; correct the existing errors to complete validation";

    private final CrdRegistry registry;

    public CrdValidator(CrdRegistry registry) {
        this.registry = registry;
    }

    /** @return whether the registry defines {@code kind} in the group of {@code apiVersion} */
    @Override
    public boolean knows(String apiVersion, String kind) {
        return registry.knows(apiVersion, kind);
    }

    /** @return the problems of {@code document}; none if it is not a custom resource the registry defines */
    @Override
    public List<Diagnostic> validate(YamlDocument document) {
        if (!(document.root() instanceof YamlMapping root)) {
            return List.of();
        }
        String apiVersion = Schema.text(root, "apiVersion");
        String kind = Schema.text(root, "kind");
        CustomResourceType type = registry.find(apiVersion, kind);
        if (type == null) {
            return List.of();
        }
        CustomResourceType.Version version = type.version(apiVersion.substring(apiVersion.indexOf('/') + 1));
        if (version == null || !version.served()) {
            return List.of(new Finding(CrdRules.VERSION_NOT_SERVED, "no matches for kind " + GoText.quote(kind)
                    + " in version " + GoText.quote(apiVersion), Finding.at(root.get("apiVersion"), root.range()),
                    false).toDiagnostic());
        }
        List<Finding> findings = new ArrayList<>();
        YamlNode resource = version.schema() == null
                ? root
                : new Pruning(findings).resource(root, version.schema());
        MetadataChecks.validate(root, findings);
        if (version.schema() != null) {
            check(resource, version.schema(), root.range(), findings);
        }
        return findings.stream().map(Finding::toDiagnostic).toList();
    }

    private void check(YamlNode resource, Schema schema, SourceRange where, List<Finding> findings) {
        ListTypes listTypes = new ListTypes();
        new SchemaValidator(findings, listTypes).validate(resource, schema, FieldPath.ROOT, where);
        findings.addAll(listTypes.findings());
        if (!hasRules(schema)) {
            return;
        }
        if (findings.stream().anyMatch(Finding::blocksValidationRules)) {
            findings.add(new Finding(CrdRules.RULES_SKIPPED, RULES_SKIPPED_MESSAGE, where, false));
        } else {
            new CelValidator(registry.compiler(), findings).validate(resource, schema, FieldPath.ROOT, where);
        }
    }

    private static boolean hasRules(Schema schema) {
        return !schema.validations.isEmpty()
                || schema.properties.values().stream().anyMatch(CrdValidator::hasRules)
                || schema.items != null && hasRules(schema.items)
                || schema.additionalProperties != null && hasRules(schema.additionalProperties);
    }
}
