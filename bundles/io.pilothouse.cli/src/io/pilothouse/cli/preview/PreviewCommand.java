package io.pilothouse.cli.preview;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.pilothouse.runtime.preview.PreviewCluster;
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
        ManifestPreview.Result result;
        try {
            result = ManifestPreview.run("pilothouse preview", paths, until, spec.commandLine().getErr());
        } catch (ManifestPreview.Failure e) {
            return e.isUsage() ? 2 : 1;
        }
        PreviewCluster preview = result.cluster();
        out.print(switch (output) {
            case yaml -> ObjectList.yaml(preview.objects());
            case json -> ObjectList.json(preview.objects());
            case wide -> WideTables.of(preview);
        });
        out.flush();
        return result.rejected().isEmpty() ? 0 : 1;
    }
}
