package io.pilothouse.model.validation.apiserver;

import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinitionSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.Reporter;

/** kube-apiserver's naming rule for CustomResourceDefinitions: the name is the plural, a dot and the group. */
final class CustomResourceDefinitionChecks {

    private CustomResourceDefinitionChecks() {}

    static void check(CustomResourceDefinition definition, Reporter reporter) {
        ObjectMeta metadata = definition.getMetadata();
        CustomResourceDefinitionSpec spec = definition.getSpec();
        if (metadata == null || metadata.getName() == null || spec == null) {
            return;
        }
        String plural = spec.getNames() == null || spec.getNames().getPlural() == null
                ? ""
                : spec.getNames().getPlural();
        String group = spec.getGroup() == null ? "" : spec.getGroup();
        if (!metadata.getName().equals(plural + "." + group)) {
            reporter.report(ApiServerRules.CRD_NAME, FieldErrors.invalid("metadata.name", metadata.getName(),
                    "must be spec.names.plural+\".\"+spec.group"), metadata, MetaV1Package.Literals.OBJECT_META__NAME);
        }
    }
}
