package io.pilothouse.cli.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.pilothouse.cli.validate.InputFiles;
import io.pilothouse.cli.validate.ReportWriter;
import io.pilothouse.cli.validate.InputFiles.Input;
import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.validation.ValidationOptions;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.Validator;
import io.pilothouse.runtime.api.apply.AppliedObject;
import io.pilothouse.runtime.preview.PreviewCluster;
import io.pilothouse.runtime.scheduler.profile.SchedulerConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse preview}: applies manifests to a simulated cluster, lets it settle (and run on for
 * {@code --until}), and prints what the cluster holds. Exit code 0, 1 when the input is invalid or an object is
 * rejected, 2 for a usage or I/O error.
 */
@Command(name = "preview", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Preview what a Kubernetes v1.36 cluster does with manifests, in virtual time.",
                "PATH is a file, a directory (walked for .yaml, .yml and .json files) or - for standard input."})
public final class PreviewCommand implements Callable<Integer> {

    /** The output formats. */
    enum Output {
        yaml, json, wide
    }

    /**
     * Lints off; a {@code KubeSchedulerConfiguration} among the inputs is not a Kubernetes API object but the
     * scheduler's configuration, so it is skipped by validation and read by the preview.
     */
    private static final ValidationOptions NO_LINTS = new ValidationOptions(false, false, false,
            Set.of(SchedulerConfiguration.API_VERSION + "/" + SchedulerConfiguration.KIND), Set.of(), Set.of());

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories or - for standard input.")
    private List<String> paths;

    @Option(names = "--until", paramLabel = "DURATION",
            description = "Virtual time to run on for after the cluster settles (Go syntax: 90s, 5m).")
    private String until;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "wide",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Output output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration duration;
        List<LoadResult> loaded = new ArrayList<>();
        try {
            duration = until == null
                    ? Duration.ZERO
                    : io.pilothouse.model.types.Duration.valueOf(until).toJavaDuration();
            ManifestLoader loader = new ManifestLoader(KindRegistry.builtIn());
            for (Input input : InputFiles.expand(paths)) {
                loaded.add(input.isStdin() ? loader.load(System.in, input.name()) : loader.load(input.path()));
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("pilothouse preview: " + e.getMessage());
            return 2;
        }
        ValidationReport report = Validator.builder().options(NO_LINTS).addDefaults().build().validate(loaded);
        if (report.has(Severity.ERROR)) {
            report.diagnostics().stream().filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
                    .forEach(diagnostic -> err.println(ReportWriter.line(diagnostic)));
            return 1;
        }
        PreviewCluster preview = new PreviewCluster();
        List<AppliedObject> failed;
        try {
            failed = preview.applyLoaded(loaded).stream()
                    .filter(applied -> applied.outcome() == AppliedObject.Outcome.FAILED).toList();
        } catch (IllegalArgumentException e) {
            err.println("pilothouse preview: " + e.getMessage());
            return 1;
        }
        failed.forEach(applied -> err.println("Error from server: " + applied));
        preview.settle();
        preview.advance(duration);
        out.print(switch (output) {
            case yaml -> ObjectList.yaml(preview.objects());
            case json -> ObjectList.json(preview.objects());
            case wide -> WideTables.of(preview);
        });
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }
}
