package io.pilothouse.cli.lsp;

import static io.pilothouse.cli.lsp.LspTestClient.await;
import static io.pilothouse.cli.lsp.LspTestClient.inBackground;
import static io.pilothouse.cli.lsp.LspTestClient.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pilothouse.cli.Main;

/**
 * {@code pilothouse lsp} driven by an LSP4J client over pipes, on a copy of {@code examples/shop} with the fixtures
 * of {@code resources/lsp/}: {@code hpa.yaml} uses a removed API version, {@code web.yaml} is a valid Deployment.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LspServerTest {

    private static final Path FIXTURES = Path.of("resources/lsp");

    /** In web.yaml: the line of {@code "  replicas: 2"}, a key of the DeploymentSpec. */
    private static final int REPLICAS_LINE = 9;

    /** The header of a base protocol message: Content-Length, perhaps Content-Type, then an empty line. */
    private static final Pattern HEADER = Pattern
            .compile("Content-Length: (\\d+)\r\n(?:[A-Za-z-]+: [^\r\n]*\r\n)*\r\n");

    @TempDir
    private static Path temp;

    private static Path shop;
    private static LspTestClient client;
    private static CompletableFuture<Integer> exitCode;
    private static ServerCapabilities capabilities;

    @BeforeAll
    static void startServer() throws IOException {
        shop = temp.resolve("shop");
        copyFiles(Path.of(System.getProperty("pilothouse.repo", "../.."), "examples", "shop"), shop);
        copyFiles(FIXTURES, shop);
        client = new LspTestClient();
        exitCode = inBackground(() -> ManifestLanguageServer.serve(client.serverInput(), client.serverOutput()));
        capabilities = client.initialize(shop).getCapabilities();
        client.open(shop.resolve("hpa.yaml"));
        client.open(shop.resolve("web.yaml"));
    }

    @AfterAll
    static void stopServer() throws IOException {
        await(client.server().shutdown());
        client.server().exit();
        assertEquals(0, await(exitCode));
        client.close();
    }

    @Test
    void announcesTheLanguageServices() {
        assertTrue(capabilities.getCompletionProvider() != null, "completion");
        assertEquals(Either.forLeft(true), capabilities.getHoverProvider(), "hover");
        assertEquals(Either.forLeft(true), capabilities.getDefinitionProvider(), "definition");
        assertEquals(Either.forLeft(true), capabilities.getReferencesProvider(), "references");
        assertEquals(Either.forLeft(true), capabilities.getDocumentSymbolProvider(), "document symbols");
        assertEquals(Either.forLeft(true), capabilities.getWorkspaceSymbolProvider(), "workspace symbols");
        assertEquals(Either.forLeft(true), capabilities.getCodeActionProvider(), "code actions");
        assertEquals(Either.forLeft(true), capabilities.getDocumentFormattingProvider(), "formatting");
        assertEquals(Either.forLeft(true), capabilities.getFoldingRangeProvider(), "folding");
        assertTrue(capabilities.getRenameProvider() != null, "rename");
        assertTrue(capabilities.getSemanticTokensProvider() != null, "semantic tokens");
    }

    @Test
    void publishesTheModelsDiagnostics() throws InterruptedException {
        Diagnostic removedApi = client.awaitDiagnostic(shop.resolve("hpa.yaml"),
                diagnostic -> diagnostic.getMessage().getLeft().contains("autoscaling/v2beta2"));

        assertEquals("no matches for kind \"HorizontalPodAutoscaler\" in version \"autoscaling/v2beta2\": removed "
                + "in v1.26; use autoscaling/v2 HorizontalPodAutoscaler", removedApi.getMessage().getLeft());
        assertEquals(new Range(new Position(1, 12), new Position(1, 31)), removedApi.getRange());
        assertEquals(DiagnosticSeverity.Error, removedApi.getSeverity());
    }

    @Test
    void completesTheKeysOfTheSchema() throws IOException {
        Path typing = shop.resolve("typing.yaml");
        client.open(typing, Files.readString(FIXTURES.resolve("web.yaml"))
                .replace("  replicas: 2\n", "  replicas: 2\n  min\n"));
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri(typing)),
                new Position(REPLICAS_LINE + 1, 5));

        List<String> labels = await(text().completion(params)).getRight().getItems().stream()
                .map(CompletionItem::getLabel).toList();

        assertTrue(labels.contains("minReadySeconds"), () -> "DeploymentSpec keys expected, got " + labels);
    }

    @Test
    void hoversAKey() {
        HoverParams params = new HoverParams(document("web.yaml"), new Position(REPLICAS_LINE, 4));

        Hover hover = await(text().hover(params));

        assertTrue(hover.getContents().getRight().getValue().startsWith("**replicas** `integer`"), hover::toString);
        assertEquals(new Range(new Position(REPLICAS_LINE, 2), new Position(REPLICAS_LINE, 10)), hover.getRange());
    }

    @Test
    void offersTheModelsFixAsACodeAction() throws InterruptedException {
        Diagnostic removedApi = client.awaitDiagnostic(shop.resolve("hpa.yaml"),
                diagnostic -> diagnostic.getMessage().getLeft().contains("autoscaling/v2beta2"));
        CodeActionParams params = new CodeActionParams(document("hpa.yaml"), removedApi.getRange(),
                new CodeActionContext(List.of(removedApi)));

        List<CodeAction> actions = await(text().codeAction(params)).stream().map(Either::getRight).toList();

        CodeAction replace = actions.stream()
                .filter(action -> action.getTitle().equals("Replace autoscaling/v2beta2 with autoscaling/v2"))
                .findFirst().orElseThrow(() -> new AssertionError("no such code action in " + actions));
        assertEquals(List.of(new TextEdit(removedApi.getRange(), "autoscaling/v2")),
                replace.getEdit().getChanges().get(uri(shop.resolve("hpa.yaml"))));
    }

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource(delimiter = '|', textBlock = """
            shutdown, exit         | 0
            exit                   | 1
            shutdown, end of input | 0
            end of input           | 1
            """)
    void exitCodeFollowsTheProtocol(String steps, int expectedCode) throws IOException {
        try (LspTestClient session = new LspTestClient()) {
            CompletableFuture<Integer> code = inBackground(
                    () -> ManifestLanguageServer.serve(session.serverInput(), session.serverOutput()));
            for (String step : steps.split(", ")) {
                switch (step) {
                    case "shutdown" -> await(session.server().shutdown());
                    case "exit" -> session.server().exit();
                    default -> session.endInput();
                }
            }
            assertEquals(expectedCode, await(code));
        }
    }

    @Test
    void theCommandWritesOnlyProtocolMessagesToStandardOutput() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path log = temp.resolve("lsp.log");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        try (LspTestClient session = new LspTestClient()) {
            System.setIn(session.serverInput());
            System.setOut(new PrintStream(new Recording(session.serverOutput(), stdout), true));
            CompletableFuture<Integer> code = inBackground(
                    () -> Main.run(new PrintWriter(out), new PrintWriter(err), "lsp", "--log", log.toString()));
            session.initialize(empty);
            await(session.server().shutdown());
            session.server().exit();

            assertEquals(0, await(code));
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
        }
        assertEquals(List.of("", ""), List.of(out.toString(), err.toString()));
        assertTrue(Files.exists(log), "the --log file");
        List<JsonNode> messages = messages(stdout.toByteArray());
        assertTrue(messages.stream().filter(message -> message.has("result")).count() >= 2,
                () -> "the initialize and shutdown responses, in " + messages);
        messages.forEach(message -> assertEquals("2.0", message.path("jsonrpc").asText(), message::toString));
    }

    private static TextDocumentService text() {
        return client.server().getTextDocumentService();
    }

    private static TextDocumentIdentifier document(String name) {
        return new TextDocumentIdentifier(uri(shop.resolve(name)));
    }

    /** Splits standard output into its base protocol messages, failing on anything that is not one. */
    private static List<JsonNode> messages(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher header = HEADER.matcher(text);
        List<JsonNode> messages = new ArrayList<>();
        for (int at = 0; at < bytes.length; at = header.end() + Integer.parseInt(header.group(1))) {
            assertTrue(header.region(at, text.length()).lookingAt(), "no message header at byte " + at + ": " + text);
            messages.add(new ObjectMapper().readTree(bytes, header.end(), Integer.parseInt(header.group(1))));
        }
        assertFalse(messages.isEmpty(), "no message on standard output");
        return messages;
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** Passes bytes on and keeps a copy of them. */
    private static final class Recording extends FilterOutputStream {

        private final OutputStream copy;

        Recording(OutputStream out, OutputStream copy) {
            super(out);
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
        }
    }
}
