package io.pilothouse.lang.parser;

import io.pilothouse.lang.parser.ScannerTokenSource.ProblemToken;
import io.pilothouse.lang.syntax.TokenKind;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in YAML's words: the scanner's reason for text it could not read, and for a token where the
 * structure allows none, what YAML says about it ("mapping values are not allowed here").
 */
public class ManifestSyntaxErrors extends SyntaxErrorMessageProvider {

    /** The issue code of every syntax error, the same as the model loader's. */
    public static final String CODE = "YAML-SYNTAX";

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException exception = context.getRecognitionException();
        Token token = exception == null ? null : exception.token;
        if (token instanceof ProblemToken problem) {
            return new SyntaxErrorMessage(problem.problem(), CODE);
        }
        String unclosed = unclosedFlow(token, context.getDefaultMessage());
        return new SyntaxErrorMessage(unclosed != null ? unclosed : message(token, context.getTokenNames()), CODE);
    }

    /** @return the message for a flow collection still open where the document or its block ends, or null */
    private static String unclosedFlow(Token token, String defaultMessage) {
        boolean ends = token == null || token.getType() == Token.EOF || "".equals(token.getText());
        if (!ends || defaultMessage == null) {
            return null;
        }
        if (defaultMessage.contains("RULE_RBRACKET")) {
            return "the flow sequence is not closed: ']' is missing";
        }
        return defaultMessage.contains("RULE_RBRACE") ? "the flow mapping is not closed: '}' is missing" : null;
    }

    private static String message(Token token, String[] tokenNames) {
        if (token == null || token.getType() == Token.EOF) {
            return "unexpected end of the document: a value or a closing bracket is missing";
        }
        TokenKind kind = kindOf(token, tokenNames);
        if (kind == null) {
            return "unexpected '" + token.getText() + "'";
        }
        return switch (kind) {
            case COLON -> "mapping values are not allowed here; quote a value that contains ': '";
            case DASH -> "a sequence entry is not allowed here";
            case KEY, MAP_BEGIN -> "a mapping key is not allowed here; check the indentation";
            case SEQ_BEGIN -> "a sequence is not allowed here; check the indentation";
            case BLOCK_END -> "the block ends too early; check the indentation";
            case RBRACKET, RBRACE -> "unexpected '" + token.getText() + "': no collection to close";
            case COMMA -> "unexpected ',' outside a flow collection; quote the value";
            case DOC_START, DOC_END -> "unexpected document marker inside a flow collection";
            default -> "unexpected " + describe(kind) + " '" + token.getText() + "'; check the indentation";
        };
    }

    private static TokenKind kindOf(Token token, String[] tokenNames) {
        if (tokenNames == null || token.getType() < 0 || token.getType() >= tokenNames.length) {
            return null;
        }
        String name = tokenNames[token.getType()];
        return name.startsWith("RULE_") ? TokenKind.valueOf(name.substring(5)) : null;
    }

    private static String describe(TokenKind kind) {
        return kind.scalar() ? "value" : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
