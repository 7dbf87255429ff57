package io.pilothouse.lang.ide.contentassist.antlr;

import io.pilothouse.lang.ide.contentassist.antlr.internal.InternalManifestParser;
import io.pilothouse.lang.parser.ScannerTokenSource;
import org.antlr.runtime.TokenSource;

/** The content assist parser's tokens: those of the YAML scanner. */
public class ManifestTokenSource extends ScannerTokenSource {

    public ManifestTokenSource(TokenSource generatedLexer) {
        super(generatedLexer, InternalManifestParser.tokenNames);
    }
}
