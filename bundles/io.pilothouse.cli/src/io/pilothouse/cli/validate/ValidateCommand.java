package io.pilothouse.cli.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.pilothouse.cli.validate.InputFiles.Input;
import io.pilothouse.cli.validate.ReportWriter.OutputFormat;
import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ParallelLoader;
import io.pilothouse.model.validation.ValidationConfig;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationOptions;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.Validator;
import io.pilothouse.model.validation.fix.FixEdits;
import io.pilothouse.model.validation.fix.SourceEdit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse validate}: the model's validation engine over files, directories and standard input, with
 * kubeconform's options. Exit code 0 when everything is valid, 1 when any resource is invalid (or has a warning,
 * with {@code --warnings-as-errors}), 2 for a usage or I/O error.
 */
@Command(name = "validate", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Validate Kubernetes manifests: YAML syntax, the v1.36 API schema, what kube-apiserver would "
                + "reject, references between resources, deprecated APIs and best-practice lints.",
                "PATH is a file, a directory (walked for .yaml, .yml and .json files) or - for standard input."})
public final class ValidateCommand implements Callable<Integer> {

    /** The only Kubernetes version Pilothouse models. */
    static final String KUBERNETES_VERSION = "1.36";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories or - for standard input.")
    private List<String> paths;

    @Option(names = "-summary", description = "Print a summary at the end.")
    private boolean summary;

    @Option(names = "-output", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat output;

    @Option(names = "-verbose", description = "Text output: also show info diagnostics and every valid resource.")
    private boolean verbose;

    @Option(names = "-strict", description = "Unknown fields are errors even where kubectl would only warn.")
    private boolean strict;

    @Option(names = "-ignore-missing-schemas", description = "Skip resources of kinds with no schema.")
    private boolean ignoreMissingSchemas;

    @Option(names = "-skip", split = ",", paramLabel = "KINDS",
            description = "Kinds to skip, comma-separated (Kind or group/version/Kind).")
    private Set<String> skip = Set.of();

    @Option(names = "-reject", split = ",", paramLabel = "KINDS",
            description = "Kinds to reject, comma-separated (Kind or group/version/Kind).")
    private Set<String> reject = Set.of();

    @Option(names = "-kubernetes-version", paramLabel = "VERSION", defaultValue = KUBERNETES_VERSION,
            description = "Kubernetes version to validate against (only ${DEFAULT-VALUE}).")
    private String kubernetesVersion;

    @Option(names = "-n", paramLabel = "WORKERS", defaultValue = "4",
            description = "Number of files read in parallel (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = "--lint", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the best-practice lints (default: on; --no-lint turns them off).")
    private boolean lint;

    @Option(names = "--warnings-as-errors", description = "Exit 1 for warnings too.")
    private boolean warningsAsErrors;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file with codes to ignore (default: .pilothouse.yaml when present).")
    private Path config;

    @Override
    public Integer call() {
        checkKubernetesVersion();
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "-n must be at least 1, not " + workers);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Input> inputs;
        byte[] stdin;
        try {
            inputs = InputFiles.expand(paths);
            stdin = inputs.stream().anyMatch(Input::isStdin) ? System.in.readAllBytes() : new byte[0];
        } catch (IOException e) {
            spec.commandLine().getErr().println("pilothouse validate: " + e.getMessage());
            return 2;
        }
        ValidationConfig configuration;
        try {
            configuration = config != null
                    ? ValidationConfig.read(config)
                    : ValidationConfig.discover(Path.of("")).orElse(ValidationConfig.EMPTY);
        } catch (ValidationConfig.InvalidConfigException e) {
            spec.commandLine().getErr().println("pilothouse validate: " + e.getMessage());
            return 2;
        }
        List<LoadResult> loaded = new ParallelLoader(KindRegistry.builtIn(), workers).load(inputs,
                (loader, input) -> input.isStdin()
                        ? loader.load(new ByteArrayInputStream(stdin), input.name())
                        : loader.load(input.path()),
                Input::isStdin);
        ValidationReport report = Validator.builder().options(options()).addDefaults().config(configuration)
                .workers(workers).build()
                .validate(loaded);
        Function<ValidationDiagnostic, List<SourceEdit>> edits = fixEdits(inputs, loaded, stdin);
        ReportWriter writer = switch (output) {
            case json -> new JsonReportWriter(edits);
            case sarif -> new SarifReportWriter(edits);
            default -> ReportWriter.forFormat(output, verbose);
        };
        writer.write(report, inputs.size(), summary, out);
        out.flush();
        boolean failed = report.has(Severity.ERROR) || warningsAsErrors && report.has(Severity.WARNING);
        return failed ? 1 : 0;
    }

    /** @return the edits of the input text carrying out a diagnostic's fix, none when the text cannot be read */
    private static Function<ValidationDiagnostic, List<SourceEdit>> fixEdits(List<Input> inputs,
            List<LoadResult> loaded, byte[] stdin) {
        Map<String, FixEdits> byFile = new HashMap<>();
        return diagnostic -> {
            if (diagnostic.fix() == null || diagnostic.range() == null) {
                return List.of();
            }
            for (int i = 0; i < inputs.size(); i++) {
                Input input = inputs.get(i);
                String file = input.isStdin() ? input.name() : input.path().toString();
                if (file.equals(diagnostic.range().file())) {
                    LoadResult result = loaded.get(i);
                    FixEdits edits = byFile.computeIfAbsent(file,
                            key -> new FixEdits(KindRegistry.builtIn(), result, text(input, stdin)));
                    return edits.edits(diagnostic.fix());
                }
            }
            return List.of();
        };
    }

    /** @return the text of an input as the loader decoded it, without a byte order mark */
    private static String text(Input input, byte[] stdin) {
        try {
            byte[] bytes = input.isStdin() ? stdin : Files.readAllBytes(input.path());
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            return "";
        }
    }

    private ValidationOptions options() {
        return new ValidationOptions(strict, lint, ignoreMissingSchemas, skip, reject, Set.of());
    }

    private void checkKubernetesVersion() {
        String version = kubernetesVersion.startsWith("v") ? kubernetesVersion.substring(1) : kubernetesVersion;
        if (!version.equals(KUBERNETES_VERSION) && !version.startsWith(KUBERNETES_VERSION + ".")) {
            throw new ParameterException(spec.commandLine(), "-kubernetes-version " + kubernetesVersion
                    + " is not supported: Pilothouse models Kubernetes v" + KUBERNETES_VERSION + " only");
        }
    }
}
