package io.pilothouse.cli;

import java.io.PrintWriter;

import io.pilothouse.cli.auth.AuthCommand;
import io.pilothouse.cli.explain.ExplainCommand;
import io.pilothouse.cli.lsp.LspCommand;
import io.pilothouse.cli.preview.PreviewCommand;
import io.pilothouse.cli.test.TestCommand;
import io.pilothouse.cli.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The headless {@code pilothouse} command. It runs as a plain Java program over the Pilothouse bundles, with no OSGi
 * framework, so that it starts fast enough to be used in loops and in CI.
 */
@Command(name = "pilothouse", mixinStandardHelpOptions = true, versionProvider = PilothouseVersion.class,
        subcommands = {ValidateCommand.class, PreviewCommand.class, TestCommand.class, AuthCommand.class,
                ExplainCommand.class, LspCommand.class},
        description = "Kubernetes design and preview: validate manifests and preview what a cluster does with them.",
        footerHeading = "%nThe launcher script also provides:%n", footer = {
                "  ide [WORKSPACE]  Start the Pilothouse IDE (default workspace: the examples).",
                "", "Exit codes: 0 success, 1 invalid input found, 2 usage or I/O error."})
public final class Main implements Runnable {

    /** Exit code for a usage or I/O error, as kubeconform and kubectl use it. */
    public static final int USAGE_ERROR = 2;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line and returns its exit code; never calls {@link System#exit}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> USAGE_ERROR);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE_ERROR);
        commandLine.getCommandSpec().exitCodeOnExecutionException(USAGE_ERROR);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
