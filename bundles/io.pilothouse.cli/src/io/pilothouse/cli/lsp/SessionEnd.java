package io.pilothouse.cli.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

/**
 * How a language server session ends: with the client's {@code exit} notification or with the end of its input.
 * The exit code follows the protocol: 0 when the client asked for {@code shutdown} first, 1 otherwise. Unlike
 * Xtext's default handler it never calls {@link System#exit}, so that the server also runs inside another program.
 */
final class SessionEnd implements ILanguageServerShutdownAndExitHandler {

    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    private volatile boolean shutdownRequested;

    @Override
    public void shutdown() {
        shutdownRequested = true;
    }

    @Override
    public void exit() {
        end();
    }

    /** The client's input stream ended (or failed): the session is over. */
    void inputClosed() {
        end();
    }

    /** Waits for the end of the session and returns the process exit code it calls for. */
    int awaitExitCode() {
        return exitCode.join();
    }

    private void end() {
        exitCode.complete(shutdownRequested ? 0 : 1);
    }
}
