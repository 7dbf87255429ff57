package io.pilothouse.cli.explain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pilothouse explain}: why the simulated cluster did what it did. */
@Command(name = "explain", subcommands = ExplainPodCommand.class,
        description = "Explain what the simulated cluster decided for an object of manifests.")
public final class ExplainCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
