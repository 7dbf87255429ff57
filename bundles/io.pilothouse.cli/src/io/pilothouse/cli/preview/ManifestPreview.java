package io.pilothouse.cli.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.pilothouse.cli.validate.InputFiles;
import io.pilothouse.cli.validate.InputFiles.Input;
import io.pilothouse.cli.validate.ReportWriter;
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

/**
 * Manifests run as {@code pilothouse preview} runs them: loaded from files, directories or standard input, validated
 * as the API server would, applied to a fresh {@link PreviewCluster} (a {@code KubeSchedulerConfiguration} among them
 * configuring its scheduler), settled and run on for {@code --until}. Problems are reported on the error stream.
 */
public final class ManifestPreview {

    /**
     * Lints off; a {@code KubeSchedulerConfiguration} among the inputs is not a Kubernetes API object but the
     * scheduler's configuration, so it is skipped by validation and read by the preview.
     */
    private static final ValidationOptions NO_LINTS = new ValidationOptions(false, false, false,
            Set.of(SchedulerConfiguration.API_VERSION + "/" + SchedulerConfiguration.KIND), Set.of(), Set.of());

    /** Why the manifests could not be previewed; it has been reported on the error stream. */
    public static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        private final boolean usage;

        private Failure(boolean usage) {
            this.usage = usage;
        }

        /** Whether it is a usage or I/O error; otherwise the input is invalid. */
        public boolean isUsage() {
            return usage;
        }
    }

    /**
     * A previewed cluster.
     *
     * @param cluster  the cluster, settled and run on
     * @param rejected the objects the API server rejected (reported on the error stream), in apply order
     */
    public record Result(PreviewCluster cluster, List<AppliedObject> rejected) {}

    private ManifestPreview() {}

    /**
     * Previews manifests.
     *
     * @param command the command name errors start with, such as {@code pilothouse preview}
     * @param paths   files, directories or {@code -} for standard input
     * @param until   the virtual time to run on for after settling, in Go syntax, or {@code null}
     * @throws Failure when an argument, a file or the input is wrong (reported on {@code err})
     */
    public static Result run(String command, List<String> paths, String until, PrintWriter err) throws Failure {
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
            err.println(command + ": " + e.getMessage());
            throw new Failure(true);
        }
        ValidationReport report = Validator.builder().options(NO_LINTS).addDefaults().build().validate(loaded);
        if (report.has(Severity.ERROR)) {
            report.diagnostics().stream().filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
                    .forEach(diagnostic -> err.println(ReportWriter.line(diagnostic)));
            throw new Failure(false);
        }
        PreviewCluster preview = new PreviewCluster();
        List<AppliedObject> rejected;
        try {
            rejected = preview.applyLoaded(loaded).stream()
                    .filter(applied -> applied.outcome() == AppliedObject.Outcome.FAILED).toList();
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            throw new Failure(false);
        }
        rejected.forEach(applied -> err.println("Error from server: " + applied));
        preview.settle();
        preview.advance(duration);
        return new Result(preview, rejected);
    }
}
