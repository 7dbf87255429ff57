package io.pilothouse.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.Diagnostic;
import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.io.DiagnosticCodes;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.validation.Rule.Family;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;
import io.pilothouse.model.validation.crd.CrdRegistry;
import io.pilothouse.model.validation.crd.CrdValidator;
import io.pilothouse.model.validation.schema.SchemaRules;

/**
 * The validation engine: lifts what the loader found, runs every {@link ResourceCheck} on each resource, every
 * {@link SetCheck} once on all of them and the {@link CustomResourceCheck}s on resources of kinds the model does
 * not know, and reports each finding with its source range, its resource and a verdict
 * per resource as kubeconform gives it. The report is in a fixed order (inputs in the order given, then line, column,
 * code and message), so equal inputs give equal reports. Instances are immutable and may be shared between threads.
 * <p>
 * Unknown fields: the loader reports them as errors, as kube-apiserver's strict field validation (kubectl's default
 * {@code --validate=strict}) rejects them. With {@link ValidationOptions#strict()} off they are warnings, as
 * {@code kubectl --validate=warn} shows them, instead of being dropped as kubeconform does without {@code -strict}:
 * a misspelt field is never what was meant.
 */
public final class Validator {

    private static final Comparator<ValidationDiagnostic> ORDER = Comparator
            .comparingInt((ValidationDiagnostic diagnostic) -> line(diagnostic.range()))
            .thenComparingInt(diagnostic -> diagnostic.range() == null ? 0 : diagnostic.range().column())
            .thenComparing(ValidationDiagnostic::code).thenComparing(ValidationDiagnostic::message);

    private final ValidationOptions options;
    private final DiagnosticPolicy policy;
    private final List<ResourceCheck> resourceChecks;
    private final List<SetCheck> setChecks;
    private final List<CustomResourceCheck> customResourceChecks;
    private final List<DocumentCheck> documentChecks;
    private final boolean crdsFromInputs;
    private final int workers;

    /** A validator with every default check ({@link DefaultChecks}) and the given options. */
    public Validator(ValidationOptions options) {
        this(builder().options(options).addDefaults());
    }

    private Validator(Builder builder) {
        this.options = builder.options;
        this.policy = new DiagnosticPolicy(builder.options, builder.severities);
        this.resourceChecks = List.copyOf(builder.resourceChecks);
        this.setChecks = List.copyOf(builder.setChecks);
        this.customResourceChecks = List.copyOf(builder.customResourceChecks);
        this.documentChecks = List.copyOf(builder.documentChecks);
        this.crdsFromInputs = builder.crdsFromInputs;
        this.workers = builder.workers;
    }

    /** @return a builder without checks and with {@link ValidationOptions#DEFAULTS} */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates what was loaded from a set of inputs, validated together (references may cross inputs). */
    public ValidationReport validate(List<LoadResult> inputs) {
        List<CustomResourceCheck> custom = customChecks(inputs);
        List<CheckedInput> checked = InputWorkers.map(inputs.size(), workers,
                input -> checkInput(input, inputs.get(input), custom));
        List<ResourceEntry> entries = new ArrayList<>();
        List<List<ValidationDiagnostic>> unlocated = new ArrayList<>();
        List<ValidationDiagnostic> synthesized = new ArrayList<>();
        for (CheckedInput input : checked) {
            entries.addAll(input.entries());
            unlocated.add(input.loose());
            synthesized.addAll(input.synthesized());
        }
        Map<EObject, ResourceEntry> byObject = new IdentityHashMap<>();
        List<EObject> resources = new ArrayList<>();
        for (ResourceEntry entry : entries) {
            if (entry.object != null) {
                byObject.put(entry.object, entry);
                resources.add(entry.object);
            }
        }
        DiagnosticCollector collector = new DiagnosticCollector(byObject, policy, synthesized);
        ManifestSet manifests = IndexedManifestSet.of(resources);
        for (SetCheck check : setChecks) {
            check.check(manifests, collector);
        }
        return report(entries, unlocated, synthesized);
    }

    /** What the checks of one input found: its resources, what no resource holds, and what no source locates. */
    private record CheckedInput(List<ResourceEntry> entries, List<ValidationDiagnostic> loose,
            List<ValidationDiagnostic> synthesized) {}

    /** Lifts what the loader found in one input and runs the {@link ResourceCheck}s on its resources. */
    private CheckedInput checkInput(int input, LoadResult loaded, List<CustomResourceCheck> custom) {
        List<ResourceEntry> entries = ResourceLocator.entries(input, loaded);
        List<ValidationDiagnostic> loose = new ArrayList<>();
        for (YamlDocument document : loaded.documents()) {
            checkDocument(document, entries, loose);
        }
        for (Diagnostic diagnostic : loaded.diagnostics()) {
            lift(diagnostic, entries, loose, custom);
        }
        Map<EObject, ResourceEntry> byObject = new IdentityHashMap<>();
        for (ResourceEntry entry : entries) {
            classify(entry);
            if (entry.object != null) {
                byObject.put(entry.object, entry);
            }
        }
        List<ValidationDiagnostic> synthesized = new ArrayList<>();
        DiagnosticCollector collector = new DiagnosticCollector(byObject, policy, synthesized);
        for (ResourceEntry entry : entries) {
            if (entry.object != null && !entry.skipped && !entry.failed) {
                for (ResourceCheck check : resourceChecks) {
                    check.check(entry.object, collector);
                }
            }
        }
        return new CheckedInput(entries, loose, synthesized);
    }

    private List<CustomResourceCheck> customChecks(List<LoadResult> inputs) {
        if (!crdsFromInputs) {
            return customResourceChecks;
        }
        List<YamlDocument> documents = new ArrayList<>();
        inputs.forEach(input -> documents.addAll(input.documents()));
        List<CustomResourceCheck> checks = new ArrayList<>(customResourceChecks);
        checks.add(new CrdValidator(CrdRegistry.of(documents)));
        return checks;
    }

    private void checkDocument(YamlDocument document, List<ResourceEntry> entries, List<ValidationDiagnostic> loose) {
        DocumentCheck.Reporter reporter = (rule, message, range, fix) -> {
            ResourceEntry owner = owner(range, entries);
            if (owner != null && rule.family() == Family.DEPRECATION && rule.severity() == Severity.ERROR) {
                owner.unservedApi = true;
            }
            if (!policy.suppressed(rule.code(), owner)) {
                (owner == null ? loose : owner.diagnostics)
                        .add(new ValidationDiagnostic(policy.severity(rule.code(), rule.severity()), rule.code(),
                                message, range, owner == null ? null : owner.ref, fix));
            }
        };
        for (DocumentCheck check : documentChecks) {
            check.check(document, reporter);
        }
    }

    private static ResourceEntry owner(SourceRange range, List<ResourceEntry> entries) {
        ResourceEntry owner = null;
        if (range != null) {
            for (ResourceEntry entry : entries) {
                if (entry.contains(range)) {
                    owner = entry;
                }
            }
        }
        return owner;
    }

    private void lift(Diagnostic diagnostic, List<ResourceEntry> entries, List<ValidationDiagnostic> loose,
            List<CustomResourceCheck> custom) {
        ResourceEntry owner = owner(diagnostic.location(), entries);
        String code = diagnostic.code();
        String message = diagnostic.message();
        Severity severity = diagnostic.severity();
        if (owner != null && DiagnosticCodes.BIND_UNKNOWN_KIND.equals(code)) {
            CustomResourceCheck check = customCheckOf(owner.ref, custom);
            if (check != null) {
                for (Diagnostic found : check.validate(new YamlDocument(owner.node.range(), owner.node))) {
                    lift(found, entries, loose, custom);
                }
                return;
            }
            if (owner.unservedApi) {
                owner.failed = true;
                return;
            }
            if (options.ignoreMissingSchemas()) {
                owner.skipped = true;
                return;
            }
            owner.failed = true;
            code = SchemaRules.MISSING_SCHEMA.code();
            message = "could not find schema for " + owner.ref.kind();
        } else if (owner != null && DiagnosticCodes.BIND_MISSING_KIND.equals(code)) {
            owner.failed = true;
        } else if (DiagnosticCodes.BIND_UNKNOWN_FIELD.equals(code) && !options.strict()) {
            severity = Severity.WARNING;
        }
        if (policy.suppressed(code, owner)) {
            return;
        }
        ValidationDiagnostic lifted = new ValidationDiagnostic(policy.severity(code, severity), code, message,
                diagnostic.location(), owner == null ? null : owner.ref, null);
        (owner == null ? loose : owner.diagnostics).add(lifted);
    }

    private static CustomResourceCheck customCheckOf(ObjectRef ref, List<CustomResourceCheck> custom) {
        for (CustomResourceCheck check : custom) {
            if (check.knows(ref.apiVersion(), ref.kind())) {
                return check;
            }
        }
        return null;
    }

    private void classify(ResourceEntry entry) {
        if (DiagnosticPolicy.names(options.rejectKinds(), entry.ref)) {
            entry.failed = true;
            entry.skipped = false;
            entry.diagnostics.clear();
            Rule rule = SchemaRules.PROHIBITED_KIND;
            if (!policy.suppressed(rule.code(), entry)) {
                entry.diagnostics.add(new ValidationDiagnostic(policy.severity(rule.code(), rule.severity()),
                        rule.code(), "prohibited resource kind " + entry.ref.kind(),
                        ResourceLocator.kindRange(entry.node), entry.ref, null));
            }
        } else if (entry.skipped || DiagnosticPolicy.names(options.skipKinds(), entry.ref)) {
            entry.skipped = true;
            entry.diagnostics.clear();
        }
    }

    private static ValidationReport report(List<ResourceEntry> entries, List<List<ValidationDiagnostic>> unlocated,
            List<ValidationDiagnostic> synthesized) {
        Map<Integer, List<ValidationDiagnostic>> byInput = new LinkedHashMap<>();
        for (int input = 0; input < unlocated.size(); input++) {
            byInput.put(input, new ArrayList<>(unlocated.get(input)));
        }
        List<ResourceResult> results = new ArrayList<>();
        for (ResourceEntry entry : entries) {
            entry.diagnostics.sort(ORDER);
            results.add(new ResourceResult(entry.node.range().file(), entry.ref, entry.status(), entry.diagnostics));
            byInput.get(entry.input).addAll(entry.diagnostics);
        }
        List<ValidationDiagnostic> all = new ArrayList<>();
        for (List<ValidationDiagnostic> diagnostics : byInput.values()) {
            diagnostics.sort(ORDER);
            all.addAll(diagnostics);
        }
        synthesized.sort(ORDER);
        all.addAll(synthesized);
        return new ValidationReport(results, all);
    }

    private static int line(SourceRange range) {
        return range == null ? 0 : range.line();
    }

    /** Assembles a validator: options, checks, severity overrides. */
    public static final class Builder {

        private ValidationOptions options = ValidationOptions.DEFAULTS;
        private final List<ResourceCheck> resourceChecks = new ArrayList<>();
        private final List<SetCheck> setChecks = new ArrayList<>();
        private final List<CustomResourceCheck> customResourceChecks = new ArrayList<>();
        private final List<DocumentCheck> documentChecks = new ArrayList<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private boolean crdsFromInputs;
        private int workers = 1;

        private Builder() {}

        public Builder options(ValidationOptions value) {
            this.options = value;
            return this;
        }

        public Builder addResourceChecks(ResourceCheck... checks) {
            resourceChecks.addAll(List.of(checks));
            return this;
        }

        public Builder addSetChecks(SetCheck... checks) {
            setChecks.addAll(List.of(checks));
            return this;
        }

        /** Adds checks of resources whose kind the model does not know (custom resources). */
        public Builder addCustomResourceChecks(CustomResourceCheck... checks) {
            customResourceChecks.addAll(List.of(checks));
            return this;
        }

        /** Adds checks of the documents themselves, for what the model cannot hold. */
        public Builder addDocumentChecks(DocumentCheck... checks) {
            documentChecks.addAll(List.of(checks));
            return this;
        }

        /**
         * Adds every check of {@link DefaultChecks}, and validates custom resources against the
         * CustomResourceDefinitions among the inputs.
         */
        public Builder addDefaults() {
            resourceChecks.addAll(DefaultChecks.resourceChecks());
            setChecks.addAll(DefaultChecks.setChecks());
            documentChecks.addAll(DefaultChecks.documentChecks());
            crdsFromInputs = true;
            return this;
        }

        /** Reports the diagnostics of {@code code} with {@code severity} instead of the rule's own. */
        public Builder severity(String code, Severity severity) {
            severities.put(code, severity);
            return this;
        }

        /** Applies a configuration file: its severity overrides and its ignored codes (added to the options'). */
        public Builder config(ValidationConfig config) {
            severities.putAll(config.severities());
            options = config.applyTo(options);
            return this;
        }

        /**
         * Checks the inputs' resources on up to {@code count} threads ({@code pilothouse validate -n}); the checks
         * across all resources run after them. The report does not depend on the count.
         */
        public Builder workers(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("workers must be at least 1, not " + count);
            }
            workers = count;
            return this;
        }

        public Validator build() {
            return new Validator(this);
        }
    }
}
