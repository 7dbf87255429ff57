package io.pilothouse.ui.manifest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Recognizes a Kubernetes manifest: a YAML file with a top-level {@code apiVersion} and a top-level {@code kind}
 * (each at the start of a line, in any document of the stream) within its first {@value #LINES} lines.
 */
public class ManifestContentDescriber implements ITextContentDescriber {

    static final int LINES = 2000;

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(new InputStreamReader(contents, StandardCharsets.UTF_8), description);
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        BufferedReader lines = new BufferedReader(contents);
        boolean apiVersion = false;
        boolean kind = false;
        String line;
        for (int read = 0; read < LINES && (line = lines.readLine()) != null; read++) {
            String key = line.startsWith("\uFEFF") ? line.substring(1) : line;
            apiVersion |= isKey(key, "apiVersion");
            kind |= isKey(key, "kind");
            if (apiVersion && kind) {
                return VALID;
            }
        }
        return INVALID;
    }

    private static boolean isKey(String line, String key) {
        if (!line.startsWith(key)) {
            return false;
        }
        String rest = line.substring(key.length()).stripLeading();
        return rest.startsWith(":");
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
