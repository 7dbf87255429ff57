package io.pilothouse.lang.parser.antlr;

import io.pilothouse.lang.parser.ScannerTokenSource;
import io.pilothouse.lang.parser.antlr.internal.InternalManifestParser;
import org.antlr.runtime.TokenSource;

/** The production parser's tokens: those of the YAML scanner. */
public class ManifestTokenSource extends ScannerTokenSource {

    public ManifestTokenSource(TokenSource generatedLexer) {
        super(generatedLexer, InternalManifestParser.tokenNames);
    }
}
