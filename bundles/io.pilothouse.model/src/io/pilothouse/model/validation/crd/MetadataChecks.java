package io.pilothouse.model.validation.crd;

import com.google.re2j.Pattern;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.validation.crd.FieldError.Type;
import java.util.List;
import java.util.Set;

/**
 * The object metadata of a custom resource: the fields of ObjectMeta only (strict field validation), and a name
 * (or generateName) that is a DNS subdomain, as kube-apiserver requires of custom resources.
 */
final class MetadataChecks {

    private static final Set<String> OBJECT_META_FIELDS = Set.of("name", "generateName", "namespace", "selfLink",
            "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
            "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "managedFields");
    private static final int MAX_NAME_LENGTH = 253;
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
    private static final String DNS_SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower case "
            + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. "
            + "'example.com', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private MetadataChecks() {}

    static void validate(YamlMapping root, List<Finding> findings) {
        YamlMapping metadata = root.get("metadata") instanceof YamlMapping mapping ? mapping : null;
        SourceRange where = metadata != null ? metadata.range() : root.range();
        if (metadata != null) {
            for (YamlMapping.Entry entry : metadata.entries()) {
                if (!OBJECT_META_FIELDS.contains(entry.key())) {
                    findings.add(new Finding(CrdRules.UNKNOWN_FIELD, "unknown field "
                            + GoText.quote("metadata." + entry.key()), entry.keyRange(), false));
                }
            }
        }
        String name = metadata == null ? null : Schema.text(metadata, "name");
        if (name == null || name.isEmpty()) {
            String generateName = metadata == null ? null : Schema.text(metadata, "generateName");
            if (generateName == null || generateName.isEmpty()) {
                findings.add(Finding.of(CrdRules.METADATA, new FieldError(Type.REQUIRED, "metadata.name", null,
                        "name or generateName is required"), where));
            }
            return;
        }
        SourceRange nameRange = Finding.at(metadata.get("name"), where);
        if (name.length() > MAX_NAME_LENGTH) {
            findings.add(invalidName(name, "must be no more than " + MAX_NAME_LENGTH + " characters", nameRange));
        }
        if (!DNS_SUBDOMAIN.matches(name)) {
            findings.add(invalidName(name, DNS_SUBDOMAIN_MESSAGE, nameRange));
        }
    }

    private static Finding invalidName(String name, String detail, SourceRange location) {
        return Finding.of(CrdRules.METADATA,
                new FieldError(Type.INVALID, "metadata.name", GoText.quote(name), detail), location);
    }
}
