package io.pilothouse.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * Reads Kubernetes manifests (multi-document YAML or a JSON stream) from a file, a stream, a reader or text, and
 * binds them to the EClasses of a {@link KindRegistry}. Never throws for bad input: every problem, including I/O
 * failures, is a {@link Diagnostic} in the result, and a broken document does not keep the others from loading.
 * Instances are immutable and may be shared between threads.
 */
public final class ManifestLoader {

    private final KindRegistry registry;
    private final LoadLimits limits;
    private final ManifestParser parser;

    public ManifestLoader(KindRegistry registry) {
        this(registry, LoadLimits.DEFAULTS);
    }

    public ManifestLoader(KindRegistry registry, LoadLimits limits) {
        this.registry = registry;
        this.limits = limits;
        this.parser = new ManifestParser(limits);
    }

    /** Loads a file; its path is the file name of every {@link SourceRange}. */
    public LoadResult load(Path path) {
        String file = path.toString();
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return failed(parser.tooLarge(size, start(file)));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return load(in, file);
            }
        } catch (IOException e) {
            return failed(Diagnostic.error(DiagnosticCodes.IO_READ, "cannot read " + file + ": " + e, start(file)));
        }
    }

    /** Loads a stream of bytes (UTF-8) named {@code displayName} in diagnostics; the stream is not closed. */
    public LoadResult load(InputStream in, String displayName) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                return failed(parser.tooLarge(bytes.length, start(displayName)));
            }
            return bind(parser.parse(bytes, displayName));
        } catch (IOException e) {
            return failed(Diagnostic.error(DiagnosticCodes.IO_READ, "cannot read " + displayName + ": " + e,
                    start(displayName)));
        }
    }

    /** Loads characters named {@code displayName} in diagnostics; the reader is not closed. */
    public LoadResult load(Reader reader, String displayName) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
                if (text.length() > limits.maxFileBytes()) {
                    return failed(parser.tooLarge(text.length(), start(displayName)));
                }
            }
        } catch (IOException e) {
            return failed(Diagnostic.error(DiagnosticCodes.IO_READ, "cannot read " + displayName + ": " + e,
                    start(displayName)));
        }
        return loadText(text.toString(), displayName);
    }

    /** Loads text, e.g. an editor's content or what was piped to standard input ({@code displayName} "-"). */
    public LoadResult loadText(String text, String displayName) {
        return bind(parser.parse(text, displayName));
    }

    private LoadResult bind(ManifestParser.Result parsed) {
        return bind(parsed.documents(), parsed.diagnostics());
    }

    /**
     * Binds value trees that another parser read (the manifest language's) to typed objects, exactly as
     * {@link #loadText} binds its own.
     *
     * @param parseDiagnostics the parser's problems, which come first in the result
     */
    public LoadResult bind(List<YamlDocument> documents, List<Diagnostic> parseDiagnostics) {
        List<Diagnostic> diagnostics = new ArrayList<>(parseDiagnostics);
        SourceMap sourceMap = new SourceMap();
        UnknownFields unknownFields = new UnknownFields();
        List<EObject> objects = new ArrayList<>();
        EObjectBinder binder = new EObjectBinder(registry, diagnostics, sourceMap, unknownFields);
        for (YamlDocument document : documents) {
            binder.bind(document.root(), objects);
        }
        return new LoadResult(documents, objects, sourceMap, unknownFields, diagnostics);
    }

    private static LoadResult failed(Diagnostic diagnostic) {
        return new LoadResult(List.of(), List.of(), new SourceMap(), new UnknownFields(), List.of(diagnostic));
    }

    private static SourceRange start(String file) {
        return new SourceRange(file, 1, 1, 0, 0);
    }
}
