package io.pilothouse.model.validation.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceKinds;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.schema.NameFormats.Format;

/**
 * What kube-apiserver's {@code ValidateObjectMeta} enforces: a name (or generateName) in the format of the kind,
 * a valid namespace name, valid label keys and values (also in label selectors), valid annotation keys and at most
 * 256 KiB of annotations.
 */
final class MetadataFormats {

    /** The most bytes all annotations of an object may take, keys and values. */
    static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;
    /** CronJob names leave room for the suffix of the Jobs they create. */
    static final int CRON_JOB_NAME_MAX_LENGTH = 52;

    private static final Map<String, Format> NAME_FORMATS = Map.of(
            "Namespace", NameFormats::dns1123Label,
            "Service", NameFormats::dns1035Label,
            "Role", NameFormats::pathSegment,
            "ClusterRole", NameFormats::pathSegment,
            "RoleBinding", NameFormats::pathSegment,
            "ClusterRoleBinding", NameFormats::pathSegment);

    private static final EStructuralFeature NAME = MetaV1Package.Literals.OBJECT_META__NAME;
    private static final EStructuralFeature GENERATE_NAME = MetaV1Package.Literals.OBJECT_META__GENERATE_NAME;
    private static final EStructuralFeature NAMESPACE = MetaV1Package.Literals.OBJECT_META__NAMESPACE;
    private static final EStructuralFeature ENTRY_VALUE = MetaV1Package.Literals.STRING_MAP_ENTRY__VALUE;

    private MetadataFormats() {}

    /** Reports a resource without metadata; review kinds (TokenReview, SubjectAccessReview...) need no name. */
    static void nameRequired(EObject resource, Reporter reporter) {
        EStructuralFeature metadata = resource.eClass().getEStructuralFeature("metadata");
        String kind = ResourceKinds.kind(resource.eClass());
        if (metadata != null && ResourceKinds.metadata(resource) == null && !kind.endsWith("Review")) {
            reporter.report(SchemaRules.NAME, FieldErrors.required("metadata.name",
                    "name or generateName is required"), resource, metadata);
        }
    }

    static void objectMeta(EObject object, Reporter reporter) {
        ObjectMeta metadata = (ObjectMeta) object;
        String path = FieldPaths.of(metadata);
        EObject owner = metadata.eContainer();
        if (owner != null && owner.eContainer() == null) {
            names(owner, metadata, path, reporter);
        }
        labels(metadata, metadata.getLabels(), path + ".labels", reporter);
        annotations(metadata, path + ".annotations", reporter);
    }

    static void labelSelector(EObject object, Reporter reporter) {
        LabelSelector selector = (LabelSelector) object;
        labels(selector, selector.getMatchLabels(), FieldPaths.of(selector) + ".matchLabels", reporter);
    }

    private static void names(EObject resource, ObjectMeta metadata, String path, Reporter reporter) {
        String kind = ResourceKinds.kind(resource.eClass());
        Format format = NAME_FORMATS.getOrDefault(kind, NameFormats::dns1123Subdomain);
        String name = metadata.getName();
        String generateName = metadata.getGenerateName();
        if (isEmpty(name) && isEmpty(generateName)) {
            if (!kind.endsWith("Review")) {
                reporter.report(SchemaRules.NAME, FieldErrors.required(path + ".name",
                        "name or generateName is required"), metadata, null);
            }
        } else if (!isEmpty(name)) {
            report(SchemaRules.NAME, format.check(name), path + ".name", name, metadata, NAME, reporter);
            if ("CronJob".equals(kind) && name.length() > CRON_JOB_NAME_MAX_LENGTH) {
                reporter.report(SchemaRules.NAME, FieldErrors.invalid(path + ".name", name,
                        NameFormats.maxLength(CRON_JOB_NAME_MAX_LENGTH)), metadata, NAME);
            }
        } else {
            String masked = generateName.endsWith("-")
                    ? generateName.substring(0, generateName.length() - 1)
                    : generateName;
            report(SchemaRules.NAME, format.check(masked), path + ".generateName", generateName, metadata,
                    GENERATE_NAME, reporter);
        }
        String namespace = metadata.getNamespace();
        if (!isEmpty(namespace) && ResourceKinds.isNamespaced(resource.eClass())) {
            report(SchemaRules.NAMESPACE, NameFormats.dns1123Label(namespace), path + ".namespace", namespace,
                    metadata, NAMESPACE, reporter);
        }
    }

    private static void labels(EObject owner, List<Map.Entry<String, String>> labels, String path,
            Reporter reporter) {
        for (Map.Entry<String, String> label : labels) {
            EObject entry = (EObject) label;
            report(SchemaRules.LABEL, NameFormats.qualifiedName(label.getKey()), path, label.getKey(), entry, null,
                    reporter);
            String value = label.getValue() == null ? "" : label.getValue();
            report(SchemaRules.LABEL, NameFormats.labelValue(value), path, value, entry, ENTRY_VALUE, reporter);
        }
    }

    private static void annotations(ObjectMeta metadata, String path, Reporter reporter) {
        long total = 0;
        for (Map.Entry<String, String> annotation : metadata.getAnnotations()) {
            String key = annotation.getKey();
            report(SchemaRules.ANNOTATION, NameFormats.qualifiedName(key.toLowerCase(Locale.ROOT)), path,
                    key, (EObject) annotation, null, reporter);
            total += NameFormats.byteLength(key) + NameFormats.byteLength(annotation.getValue() == null
                    ? ""
                    : annotation.getValue());
        }
        if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
            reporter.report(SchemaRules.ANNOTATION, FieldErrors.tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT), metadata,
                    MetaV1Package.Literals.OBJECT_META__ANNOTATIONS);
        }
    }

    private static void report(Rule rule, List<String> errors, String path,
            Object value, EObject target, EStructuralFeature feature, Reporter reporter) {
        for (String error : errors) {
            reporter.report(rule, FieldErrors.invalid(path, value, error), target, feature);
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
