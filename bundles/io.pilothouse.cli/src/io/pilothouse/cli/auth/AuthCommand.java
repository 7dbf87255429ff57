package io.pilothouse.cli.auth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pilothouse auth}: inspect authorization, as {@code kubectl auth}. */
@Command(name = "auth", subcommands = CanICommand.class,
        description = "Inspect authorization: what the RBAC objects of manifests allow.")
public final class AuthCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
