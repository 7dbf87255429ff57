package io.pilothouse.runtime.kuttl;

/**
 * A command of a {@code TestStep}, with KUTTL's fields. The runner runs no processes: it interprets the kubectl
 * commands of {@link Kubectl#SUPPORTED} in-process, against the case's cluster, in virtual time.
 *
 * @param command        the command line, split as a shell would ({@code $NAMESPACE} is the test's namespace)
 * @param script         a shell script; never run, the step fails naming the supported commands
 * @param namespaced     whether KUTTL appends {@code --namespace}; the runner's test namespace is the default one
 *                       already, so this changes nothing
 * @param ignoreFailure  whether a non-zero exit status (or a command killed at its timeout) is ignored
 * @param background     whether KUTTL starts it in the background; a step's commands run in the foreground anyway
 * @param timeout        the seconds it may run, 0 for the step runner's default; negative (no limit) is refused
 * @param skipLogOutput  whether its output is left out of the step's failures
 * @param expectedOutput not a KUTTL field (KUTTL ignores it): a text the output must contain, whatever the exit
 *                       status, or {@code null}
 */
public record Command(String command, String script, boolean namespaced, boolean ignoreFailure, boolean background,
        int timeout, boolean skipLogOutput, String expectedOutput) {

    /** The command as KUTTL names it in its messages: the command line, or the script. */
    @Override
    public String toString() {
        return command != null ? command : script;
    }
}
