package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * Runs the commands of a step in order as KUTTL does, stopping at the first that fails: a command fails when it
 * exits with a non-zero status or is still running at its timeout (unless {@code ignoreFailure}), when its output
 * lacks its {@code expectedOutput}, or when it is not one the runner interprets (never ignored, as KUTTL never
 * ignores a command that cannot start). The cluster settles after each command.
 */
final class StepCommands {

    private StepCommands() {}

    /**
     * Runs the commands.
     *
     * @param defaultTimeout how long a command without its own timeout may run
     * @return why the first failing command failed, with its output unless {@code skipLogOutput}; empty when none
     *         failed
     */
    static Optional<String> run(PreviewCluster cluster, List<Command> commands, Duration defaultTimeout) {
        for (Command command : commands) {
            Optional<String> failure = run(cluster, command, defaultTimeout);
            cluster.settle();
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> run(PreviewCluster cluster, Command command, Duration defaultTimeout) {
        String name = "command \"" + command + "\"";
        if (command.command() != null && command.script() != null) {
            return Optional.of(name + ": command and script can not be set in the same configuration");
        }
        if (command.command() == null) {
            return Optional.of(name + ": scripts are not run; " + supported());
        }
        if (command.timeout() < 0) {
            return Optional.of(name + ": a negative timeout (no limit) is not supported: set a number of seconds");
        }
        Duration limit = command.timeout() > 0 ? Duration.ofSeconds(command.timeout()) : defaultTimeout;
        Kubectl.Outcome outcome;
        try {
            List<String> words = KubectlArgs.split(command.command(), Expectations.TEST_NAMESPACE);
            outcome = new Kubectl(cluster, Expectations.TEST_NAMESPACE).run(words,
                    cluster.clock().now().plus(limit));
        } catch (KubectlArgs.UsageException e) {
            return Optional.of(name + ": " + e.getMessage() + "; " + supported());
        }
        String output = command.skipLogOutput() || outcome.output().isEmpty()
                ? ""
                : "\n" + outcome.output().stripTrailing();
        if (outcome.killed() && !command.ignoreFailure()) {
            return Optional.of(name + " exceeded " + limit.toSeconds() + " sec timeout, context deadline exceeded"
                    + output);
        }
        if (outcome.exitCode() != 0 && !outcome.killed() && !command.ignoreFailure()) {
            return Optional.of(name + " failed, exit status " + outcome.exitCode() + output);
        }
        if (command.expectedOutput() != null && !outcome.output().contains(command.expectedOutput())) {
            return Optional.of(name + ": the output does not contain \"" + command.expectedOutput() + "\"" + output);
        }
        return Optional.empty();
    }

    private static String supported() {
        return "the runner interprets these commands in-process: " + String.join("; ", Kubectl.SUPPORTED);
    }
}
