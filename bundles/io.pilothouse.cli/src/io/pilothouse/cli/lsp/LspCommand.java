package io.pilothouse.cli.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pilothouse lsp}: the manifest language's services as a language server on standard input and output, for
 * any LSP client (VS Code, Neovim, ...). Standard output carries nothing but the protocol's messages: whatever else
 * would print there, and the log, goes to standard error or to the {@code --log} file. Exit code 0 when the client
 * asked for {@code shutdown} before {@code exit} or before closing standard input, 1 otherwise.
 */
@Command(name = "lsp", description = {
        "Run the manifest language server (Language Server Protocol) on standard input and output.",
        "It serves diagnostics, completion, hover, code actions, symbols, formatting, folding, semantic tokens, "
                + "definition, references and rename for the .yaml and .yml files of the client's workspace "
                + "folders. Standard output carries only protocol messages. Exit code 0 when the client asked for "
                + "shutdown before exit, 1 otherwise."})
public final class LspCommand implements Callable<Integer> {

    @Option(names = "--log", paramLabel = "FILE", description = "Write the server's log to FILE instead of "
            + "standard error.")
    private Path log;

    @Override
    public Integer call() throws IOException {
        InputStream protocolIn = System.in;
        PrintStream protocolOut = System.out;
        PrintStream logStream = log == null
                ? System.err
                : new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
        System.setOut(logStream);
        System.setIn(InputStream.nullInputStream());
        ServerLog serverLog = new ServerLog(logStream);
        try {
            return ManifestLanguageServer.serve(protocolIn, protocolOut);
        } finally {
            serverLog.close();
            System.setIn(protocolIn);
            System.setOut(protocolOut);
            if (logStream != System.err) {
                logStream.close();
            }
        }
    }
}
