package io.pilothouse.cli.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP4J client at the far end of two pipes, as an editor would be: it records the diagnostics the server
 * publishes and ignores its messages and telemetry. Every wait is bounded by {@link #TIMEOUT}, so that a broken
 * server fails a test instead of hanging it.
 */
final class LspTestClient implements LanguageClient, AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Pipe toServer;
    private final Pipe toClient;
    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private final LanguageServer server;

    LspTestClient() throws IOException {
        toServer = Pipe.open();
        toClient = Pipe.open();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this,
                Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** What the server reads: the messages this client sends. */
    InputStream serverInput() {
        return Channels.newInputStream(toServer.source());
    }

    /** Where the server writes: the messages this client receives. */
    OutputStream serverOutput() {
        return Channels.newOutputStream(toClient.sink());
    }

    LanguageServer server() {
        return server;
    }

    /** Initializes the server on one workspace folder, as a client supporting the usual capabilities. */
    InitializeResult initialize(Path folder) {
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        textDocument.setDocumentSymbol(new DocumentSymbolCapabilities(true));
        textDocument.setFoldingRange(new FoldingRangeCapabilities());
        textDocument.setRename(new RenameCapabilities(true, false));
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceFolders(true);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities(workspace, textDocument, null));
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(folder), folder.getFileName().toString())));
        InitializeResult result = await(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    /** Opens a file of the workspace with its text on disk. */
    void open(Path file) throws IOException {
        open(file, Files.readString(file));
    }

    /** Opens a document with the text an editor holds for it, whether or not it is saved. */
    void open(Path file, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(file), "yaml", 1, text)));
    }

    /**
     * Waits for the server to publish, for {@code file}, a diagnostic that {@code wanted} accepts, and returns it;
     * fails with the last diagnostics published for the file when none comes in time.
     */
    Diagnostic awaitDiagnostic(Path file, Predicate<Diagnostic> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<Diagnostic> last = List.of();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams params = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (params != null && Path.of(URI.create(params.getUri())).equals(file)) {
                last = params.getDiagnostics();
                Optional<Diagnostic> match = last.stream().filter(wanted).findFirst();
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        throw new AssertionError("no such diagnostic published for " + file + " in " + TIMEOUT + "; last: " + last);
    }

    /** Runs a server (or the command) on a daemon thread of its own, so that a hung one cannot hold the JVM. */
    static <T> CompletableFuture<T> inBackground(Supplier<T> server) {
        return CompletableFuture.supplyAsync(server, command -> Thread.ofPlatform().daemon().start(command));
    }

    static String uri(Path path) {
        return path.toUri().toString();
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Ends the server's input, as when an editor quits without a word. */
    void endInput() throws IOException {
        toServer.sink().close();
    }

    /** Ends both directions, which also stops this client's reader. */
    @Override
    public void close() throws IOException {
        toServer.sink().close();
        toClient.sink().close();
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.add(diagnostics);
    }

    @Override
    public void telemetryEvent(Object object) {
        // telemetry is no part of these tests
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        // messages to the user are no part of these tests
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        // the server's log is no part of these tests
    }
}
