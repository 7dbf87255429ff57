package io.pilothouse.lang.parser.antlr.lexer;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.parser.antlr.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalManifestLexer extends Lexer {
    public static final int RULE_SEQ_BEGIN=8;
    public static final int RULE_LBRACKET=16;
    public static final int RULE_MAP_BEGIN=7;
    public static final int RULE_FOLDED=26;
    public static final int RULE_KEY=10;
    public static final int RULE_TAG=21;
    public static final int RULE_DOUBLE_QUOTED=24;
    public static final int RULE_INVALID=30;
    public static final int RULE_DASH=12;
    public static final int RULE_ALIAS=20;
    public static final int EOF=-1;
    public static final int RULE_LITERAL=25;
    public static final int RULE_LBRACE=14;
    public static final int RULE_COMMA=18;
    public static final int RULE_WS=27;
    public static final int RULE_DOC_END=6;
    public static final int RULE_PLAIN=22;
    public static final int RULE_COMMENT=29;
    public static final int RULE_COLON=13;
    public static final int RULE_RBRACE=15;
    public static final int RULE_SINGLE_QUOTED=23;
    public static final int RULE_ANCHOR=19;
    public static final int RULE_DOC_START=5;
    public static final int RULE_QUESTION=11;
    public static final int RULE_DIRECTIVE_TEXT=4;
    public static final int RULE_NL=28;
    public static final int RULE_BLOCK_END=9;
    public static final int RULE_RBRACKET=17;

    // delegates
    // delegators

    public InternalManifestLexer() {;} 
    public InternalManifestLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalManifestLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalManifestLexer.g"; }

    // $ANTLR start "RULE_DIRECTIVE_TEXT"
    public final void mRULE_DIRECTIVE_TEXT() throws RecognitionException {
        try {
            // InternalManifestLexer.g:14:30: ()
            // InternalManifestLexer.g:14:32: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_DIRECTIVE_TEXT"

    // $ANTLR start "RULE_DOC_START"
    public final void mRULE_DOC_START() throws RecognitionException {
        try {
            // InternalManifestLexer.g:16:25: ()
            // InternalManifestLexer.g:16:27: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_DOC_START"

    // $ANTLR start "RULE_DOC_END"
    public final void mRULE_DOC_END() throws RecognitionException {
        try {
            // InternalManifestLexer.g:18:23: ()
            // InternalManifestLexer.g:18:25: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_DOC_END"

    // $ANTLR start "RULE_MAP_BEGIN"
    public final void mRULE_MAP_BEGIN() throws RecognitionException {
        try {
            // InternalManifestLexer.g:20:25: ()
            // InternalManifestLexer.g:20:27: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_MAP_BEGIN"

    // $ANTLR start "RULE_SEQ_BEGIN"
    public final void mRULE_SEQ_BEGIN() throws RecognitionException {
        try {
            // InternalManifestLexer.g:22:25: ()
            // InternalManifestLexer.g:22:27: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_SEQ_BEGIN"

    // $ANTLR start "RULE_BLOCK_END"
    public final void mRULE_BLOCK_END() throws RecognitionException {
        try {
            // InternalManifestLexer.g:24:25: ()
            // InternalManifestLexer.g:24:27: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_BLOCK_END"

    // $ANTLR start "RULE_KEY"
    public final void mRULE_KEY() throws RecognitionException {
        try {
            // InternalManifestLexer.g:26:19: ()
            // InternalManifestLexer.g:26:21: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_KEY"

    // $ANTLR start "RULE_QUESTION"
    public final void mRULE_QUESTION() throws RecognitionException {
        try {
            // InternalManifestLexer.g:28:24: ()
            // InternalManifestLexer.g:28:26: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_QUESTION"

    // $ANTLR start "RULE_DASH"
    public final void mRULE_DASH() throws RecognitionException {
        try {
            // InternalManifestLexer.g:30:20: ()
            // InternalManifestLexer.g:30:22: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_DASH"

    // $ANTLR start "RULE_COLON"
    public final void mRULE_COLON() throws RecognitionException {
        try {
            // InternalManifestLexer.g:32:21: ()
            // InternalManifestLexer.g:32:23: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_COLON"

    // $ANTLR start "RULE_LBRACE"
    public final void mRULE_LBRACE() throws RecognitionException {
        try {
            // InternalManifestLexer.g:34:22: ()
            // InternalManifestLexer.g:34:24: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_LBRACE"

    // $ANTLR start "RULE_RBRACE"
    public final void mRULE_RBRACE() throws RecognitionException {
        try {
            // InternalManifestLexer.g:36:22: ()
            // InternalManifestLexer.g:36:24: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_RBRACE"

    // $ANTLR start "RULE_LBRACKET"
    public final void mRULE_LBRACKET() throws RecognitionException {
        try {
            // InternalManifestLexer.g:38:24: ()
            // InternalManifestLexer.g:38:26: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_LBRACKET"

    // $ANTLR start "RULE_RBRACKET"
    public final void mRULE_RBRACKET() throws RecognitionException {
        try {
            // InternalManifestLexer.g:40:24: ()
            // InternalManifestLexer.g:40:26: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_RBRACKET"

    // $ANTLR start "RULE_COMMA"
    public final void mRULE_COMMA() throws RecognitionException {
        try {
            // InternalManifestLexer.g:42:21: ()
            // InternalManifestLexer.g:42:23: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_COMMA"

    // $ANTLR start "RULE_ANCHOR"
    public final void mRULE_ANCHOR() throws RecognitionException {
        try {
            // InternalManifestLexer.g:44:22: ()
            // InternalManifestLexer.g:44:24: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANCHOR"

    // $ANTLR start "RULE_ALIAS"
    public final void mRULE_ALIAS() throws RecognitionException {
        try {
            // InternalManifestLexer.g:46:21: ()
            // InternalManifestLexer.g:46:23: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_ALIAS"

    // $ANTLR start "RULE_TAG"
    public final void mRULE_TAG() throws RecognitionException {
        try {
            // InternalManifestLexer.g:48:19: ()
            // InternalManifestLexer.g:48:21: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_TAG"

    // $ANTLR start "RULE_PLAIN"
    public final void mRULE_PLAIN() throws RecognitionException {
        try {
            // InternalManifestLexer.g:50:21: ()
            // InternalManifestLexer.g:50:23: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_PLAIN"

    // $ANTLR start "RULE_SINGLE_QUOTED"
    public final void mRULE_SINGLE_QUOTED() throws RecognitionException {
        try {
            // InternalManifestLexer.g:52:29: ()
            // InternalManifestLexer.g:52:31: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_SINGLE_QUOTED"

    // $ANTLR start "RULE_DOUBLE_QUOTED"
    public final void mRULE_DOUBLE_QUOTED() throws RecognitionException {
        try {
            // InternalManifestLexer.g:54:29: ()
            // InternalManifestLexer.g:54:31: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_DOUBLE_QUOTED"

    // $ANTLR start "RULE_LITERAL"
    public final void mRULE_LITERAL() throws RecognitionException {
        try {
            // InternalManifestLexer.g:56:23: ()
            // InternalManifestLexer.g:56:25: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_LITERAL"

    // $ANTLR start "RULE_FOLDED"
    public final void mRULE_FOLDED() throws RecognitionException {
        try {
            // InternalManifestLexer.g:58:22: ()
            // InternalManifestLexer.g:58:24: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_FOLDED"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            // InternalManifestLexer.g:60:18: ()
            // InternalManifestLexer.g:60:20: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_NL"
    public final void mRULE_NL() throws RecognitionException {
        try {
            // InternalManifestLexer.g:62:18: ()
            // InternalManifestLexer.g:62:20: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_NL"

    // $ANTLR start "RULE_COMMENT"
    public final void mRULE_COMMENT() throws RecognitionException {
        try {
            // InternalManifestLexer.g:64:23: ()
            // InternalManifestLexer.g:64:25: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_COMMENT"

    // $ANTLR start "RULE_INVALID"
    public final void mRULE_INVALID() throws RecognitionException {
        try {
            // InternalManifestLexer.g:66:23: ()
            // InternalManifestLexer.g:66:25: 
            {
            }

        }
        finally {
        }
    }
    // $ANTLR end "RULE_INVALID"

    public void mTokens() throws RecognitionException {
        // InternalManifestLexer.g:1:8: ()
        // InternalManifestLexer.g:1:10: 
        {
        }


    }


 

}