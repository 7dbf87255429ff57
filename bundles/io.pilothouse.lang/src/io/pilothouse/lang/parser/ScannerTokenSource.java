package io.pilothouse.lang.parser;

import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import io.pilothouse.lang.syntax.YamlScanner;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.TokenSource;

/**
 * Feeds an ANTLR parser generated from the grammar with the tokens of {@link YamlScanner} instead of those of the
 * generated lexer, which cannot read YAML's indentation. The token types are looked up by name in the parser's
 * token names, so the production parser and the content assist parser can both use it.
 */
public class ScannerTokenSource implements TokenSource {

    /** An {@link TokenKind#INVALID} token, carrying the scanner's explanation for the syntax error message. */
    public static final class ProblemToken extends CommonToken {

        private static final long serialVersionUID = 1L;

        private final String problem;

        ProblemToken(CharStream input, int type, int start, int stop, String problem) {
            super(input, type, DEFAULT_CHANNEL, start, stop);
            this.problem = problem;
        }

        /** @return why the text of the token is not valid YAML */
        public String problem() {
            return problem;
        }
    }

    private final CharStream input;
    private final int[] types;
    private final Iterator<Token> tokens;
    private final int length;

    /**
     * @param generatedLexer the generated lexer, which has the input
     * @param tokenNames     the parser's token names ({@code RULE_PLAIN}...) by token type
     */
    public ScannerTokenSource(TokenSource generatedLexer, String[] tokenNames) {
        this.input = ((Lexer) generatedLexer).getCharStream();
        this.length = input.size();
        List<String> names = Arrays.asList(tokenNames);
        TokenKind[] kinds = TokenKind.values();
        this.types = new int[kinds.length];
        for (TokenKind kind : kinds) {
            types[kind.ordinal()] = names.indexOf("RULE_" + kind.name());
        }
        this.tokens = YamlScanner.scan(length == 0 ? "" : input.substring(0, length - 1)).iterator();
    }

    @Override
    public org.antlr.runtime.Token nextToken() {
        if (!tokens.hasNext()) {
            CommonToken eof = new CommonToken(input, org.antlr.runtime.Token.EOF,
                    org.antlr.runtime.Token.DEFAULT_CHANNEL,
                    length, length - 1);
            eof.setText("");
            return eof;
        }
        Token token = tokens.next();
        int type = types[token.kind().ordinal()];
        int stop = token.end() - 1;
        CommonToken result = token.problem() == null
                ? new CommonToken(input, type, org.antlr.runtime.Token.DEFAULT_CHANNEL, token.offset(), stop)
                : new ProblemToken(input, type, token.offset(), stop, token.problem());
        if (token.length() == 0) {
            result.setText("");
        }
        return result;
    }

    @Override
    public String getSourceName() {
        return input.getSourceName();
    }
}
