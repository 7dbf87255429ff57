package io.pilothouse.model.validation;

import java.util.List;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.validation.fix.FixEdits;
import io.pilothouse.model.validation.fix.SourceEdit;

/** The generated Kubernetes and Gateway API packages as a {@link KindRegistry}, and a loader over them. */
public final class BuiltInModel {

    public static final KindRegistry REGISTRY = KindRegistry.builtIn();

    public static final ManifestLoader LOADER = new ManifestLoader(REGISTRY);

    private BuiltInModel() {}

    /** @return the text loaded as a file named {@code test.yaml} */
    public static LoadResult load(String yaml) {
        return LOADER.loadText(yaml, "test.yaml");
    }

    /**
     * @return the report of one text validated with the given checks only, as lines
     *         {@code line:column severity code message}
     */
    public static List<String> findings(String yaml, ResourceCheck... checks) {
        ValidationReport report = Validator.builder().addResourceChecks(checks).build().validate(List.of(load(yaml)));
        return report.diagnostics().stream().map(BuiltInModel::line).toList();
    }

    /**
     * @return the first fix of a diagnostic with {@code code} when the text is validated with the given checks only,
     *         as its title in brackets, a line break and the text with the fix applied
     */
    public static String fixed(String yaml, String code, ResourceCheck... checks) {
        return fixed(yaml, code, Validator.builder().addResourceChecks(checks).build());
    }

    /**
     * @return the first fix of a diagnostic with {@code code} when the text is validated by {@code validator}, as
     *         its title in brackets, a line break and the text with the fix applied
     */
    public static String fixed(String yaml, String code, Validator validator) {
        LoadResult loaded = load(yaml);
        Fix fix = validator.validate(List.of(loaded)).diagnostics().stream()
                .filter(diagnostic -> diagnostic.code().equals(code) && diagnostic.fix() != null)
                .findFirst().orElseThrow().fix();
        return '[' + fix.title() + "]\n" + SourceEdit.apply(yaml, new FixEdits(REGISTRY, loaded, yaml).edits(fix));
    }

    /** @return a diagnostic as {@code line:column SEVERITY code message} */
    public static String line(ValidationDiagnostic diagnostic) {
        String at = diagnostic.range() == null ? "-" : diagnostic.range().line() + ":" + diagnostic.range().column();
        return at + ' ' + diagnostic.severity() + ' ' + diagnostic.code() + ' ' + diagnostic.message();
    }
}
