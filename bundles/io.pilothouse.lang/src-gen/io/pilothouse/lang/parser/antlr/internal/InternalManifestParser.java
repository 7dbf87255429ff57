package io.pilothouse.lang.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import io.pilothouse.lang.services.ManifestGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalManifestParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_DIRECTIVE_TEXT", "RULE_DOC_START", "RULE_DOC_END", "RULE_MAP_BEGIN", "RULE_SEQ_BEGIN", "RULE_BLOCK_END", "RULE_KEY", "RULE_QUESTION", "RULE_DASH", "RULE_COLON", "RULE_LBRACE", "RULE_RBRACE", "RULE_LBRACKET", "RULE_RBRACKET", "RULE_COMMA", "RULE_ANCHOR", "RULE_ALIAS", "RULE_TAG", "RULE_PLAIN", "RULE_SINGLE_QUOTED", "RULE_DOUBLE_QUOTED", "RULE_LITERAL", "RULE_FOLDED", "RULE_WS", "RULE_NL", "RULE_COMMENT", "RULE_INVALID"
    };
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


        public InternalManifestParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalManifestParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalManifestParser.tokenNames; }
    public String getGrammarFileName() { return "InternalManifestParser.g"; }



     	private ManifestGrammarAccess grammarAccess;

        public InternalManifestParser(TokenStream input, ManifestGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "Stream";
       	}

       	@Override
       	protected ManifestGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRuleStream"
    // InternalManifestParser.g:57:1: entryRuleStream returns [EObject current=null] : iv_ruleStream= ruleStream EOF ;
    public final EObject entryRuleStream() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStream = null;


        try {
            // InternalManifestParser.g:57:47: (iv_ruleStream= ruleStream EOF )
            // InternalManifestParser.g:58:2: iv_ruleStream= ruleStream EOF
            {
             newCompositeNode(grammarAccess.getStreamRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStream=ruleStream();

            state._fsp--;

             current =iv_ruleStream; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStream"


    // $ANTLR start "ruleStream"
    // InternalManifestParser.g:64:1: ruleStream returns [EObject current=null] : ( () ( (lv_documents_1_0= ruleDocument ) )* ) ;
    public final EObject ruleStream() throws RecognitionException {
        EObject current = null;

        EObject lv_documents_1_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:70:2: ( ( () ( (lv_documents_1_0= ruleDocument ) )* ) )
            // InternalManifestParser.g:71:2: ( () ( (lv_documents_1_0= ruleDocument ) )* )
            {
            // InternalManifestParser.g:71:2: ( () ( (lv_documents_1_0= ruleDocument ) )* )
            // InternalManifestParser.g:72:3: () ( (lv_documents_1_0= ruleDocument ) )*
            {
            // InternalManifestParser.g:72:3: ()
            // InternalManifestParser.g:73:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getStreamAccess().getStreamAction_0(),
            					current);
            			

            }

            // InternalManifestParser.g:79:3: ( (lv_documents_1_0= ruleDocument ) )*
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( ((LA1_0>=RULE_DIRECTIVE_TEXT && LA1_0<=RULE_DOC_START)) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalManifestParser.g:80:4: (lv_documents_1_0= ruleDocument )
            	    {
            	    // InternalManifestParser.g:80:4: (lv_documents_1_0= ruleDocument )
            	    // InternalManifestParser.g:81:5: lv_documents_1_0= ruleDocument
            	    {

            	    					newCompositeNode(grammarAccess.getStreamAccess().getDocumentsDocumentParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_3);
            	    lv_documents_1_0=ruleDocument();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getStreamRule());
            	    					}
            	    					add(
            	    						current,
            	    						"documents",
            	    						lv_documents_1_0,
            	    						"io.pilothouse.lang.Manifest.Document");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop1;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStream"


    // $ANTLR start "entryRuleDocument"
    // InternalManifestParser.g:102:1: entryRuleDocument returns [EObject current=null] : iv_ruleDocument= ruleDocument EOF ;
    public final EObject entryRuleDocument() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDocument = null;


        try {
            // InternalManifestParser.g:102:49: (iv_ruleDocument= ruleDocument EOF )
            // InternalManifestParser.g:103:2: iv_ruleDocument= ruleDocument EOF
            {
             newCompositeNode(grammarAccess.getDocumentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDocument=ruleDocument();

            state._fsp--;

             current =iv_ruleDocument; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDocument"


    // $ANTLR start "ruleDocument"
    // InternalManifestParser.g:109:1: ruleDocument returns [EObject current=null] : ( () ( (lv_directives_1_0= ruleDirective ) )* this_DOC_START_2= RULE_DOC_START ( (lv_root_3_0= ruleNode ) )? (this_DOC_END_4= RULE_DOC_END )? ) ;
    public final EObject ruleDocument() throws RecognitionException {
        EObject current = null;

        Token this_DOC_START_2=null;
        Token this_DOC_END_4=null;
        EObject lv_directives_1_0 = null;

        EObject lv_root_3_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:115:2: ( ( () ( (lv_directives_1_0= ruleDirective ) )* this_DOC_START_2= RULE_DOC_START ( (lv_root_3_0= ruleNode ) )? (this_DOC_END_4= RULE_DOC_END )? ) )
            // InternalManifestParser.g:116:2: ( () ( (lv_directives_1_0= ruleDirective ) )* this_DOC_START_2= RULE_DOC_START ( (lv_root_3_0= ruleNode ) )? (this_DOC_END_4= RULE_DOC_END )? )
            {
            // InternalManifestParser.g:116:2: ( () ( (lv_directives_1_0= ruleDirective ) )* this_DOC_START_2= RULE_DOC_START ( (lv_root_3_0= ruleNode ) )? (this_DOC_END_4= RULE_DOC_END )? )
            // InternalManifestParser.g:117:3: () ( (lv_directives_1_0= ruleDirective ) )* this_DOC_START_2= RULE_DOC_START ( (lv_root_3_0= ruleNode ) )? (this_DOC_END_4= RULE_DOC_END )?
            {
            // InternalManifestParser.g:117:3: ()
            // InternalManifestParser.g:118:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getDocumentAccess().getDocumentAction_0(),
            					current);
            			

            }

            // InternalManifestParser.g:124:3: ( (lv_directives_1_0= ruleDirective ) )*
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( (LA2_0==RULE_DIRECTIVE_TEXT) ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalManifestParser.g:125:4: (lv_directives_1_0= ruleDirective )
            	    {
            	    // InternalManifestParser.g:125:4: (lv_directives_1_0= ruleDirective )
            	    // InternalManifestParser.g:126:5: lv_directives_1_0= ruleDirective
            	    {

            	    					newCompositeNode(grammarAccess.getDocumentAccess().getDirectivesDirectiveParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_4);
            	    lv_directives_1_0=ruleDirective();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getDocumentRule());
            	    					}
            	    					add(
            	    						current,
            	    						"directives",
            	    						lv_directives_1_0,
            	    						"io.pilothouse.lang.Manifest.Directive");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop2;
                }
            } while (true);

            this_DOC_START_2=(Token)match(input,RULE_DOC_START,FOLLOW_5); 

            			newLeafNode(this_DOC_START_2, grammarAccess.getDocumentAccess().getDOC_STARTTerminalRuleCall_2());
            		
            // InternalManifestParser.g:147:3: ( (lv_root_3_0= ruleNode ) )?
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( ((LA3_0>=RULE_MAP_BEGIN && LA3_0<=RULE_SEQ_BEGIN)||LA3_0==RULE_LBRACE||LA3_0==RULE_LBRACKET||(LA3_0>=RULE_ANCHOR && LA3_0<=RULE_FOLDED)) ) {
                alt3=1;
            }
            switch (alt3) {
                case 1 :
                    // InternalManifestParser.g:148:4: (lv_root_3_0= ruleNode )
                    {
                    // InternalManifestParser.g:148:4: (lv_root_3_0= ruleNode )
                    // InternalManifestParser.g:149:5: lv_root_3_0= ruleNode
                    {

                    					newCompositeNode(grammarAccess.getDocumentAccess().getRootNodeParserRuleCall_3_0());
                    				
                    pushFollow(FOLLOW_6);
                    lv_root_3_0=ruleNode();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getDocumentRule());
                    					}
                    					set(
                    						current,
                    						"root",
                    						lv_root_3_0,
                    						"io.pilothouse.lang.Manifest.Node");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalManifestParser.g:166:3: (this_DOC_END_4= RULE_DOC_END )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==RULE_DOC_END) ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalManifestParser.g:167:4: this_DOC_END_4= RULE_DOC_END
                    {
                    this_DOC_END_4=(Token)match(input,RULE_DOC_END,FOLLOW_2); 

                    				newLeafNode(this_DOC_END_4, grammarAccess.getDocumentAccess().getDOC_ENDTerminalRuleCall_4());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDocument"


    // $ANTLR start "entryRuleDirective"
    // InternalManifestParser.g:176:1: entryRuleDirective returns [EObject current=null] : iv_ruleDirective= ruleDirective EOF ;
    public final EObject entryRuleDirective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDirective = null;


        try {
            // InternalManifestParser.g:176:50: (iv_ruleDirective= ruleDirective EOF )
            // InternalManifestParser.g:177:2: iv_ruleDirective= ruleDirective EOF
            {
             newCompositeNode(grammarAccess.getDirectiveRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDirective=ruleDirective();

            state._fsp--;

             current =iv_ruleDirective; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDirective"


    // $ANTLR start "ruleDirective"
    // InternalManifestParser.g:183:1: ruleDirective returns [EObject current=null] : ( (lv_text_0_0= RULE_DIRECTIVE_TEXT ) ) ;
    public final EObject ruleDirective() throws RecognitionException {
        EObject current = null;

        Token lv_text_0_0=null;


        	enterRule();

        try {
            // InternalManifestParser.g:189:2: ( ( (lv_text_0_0= RULE_DIRECTIVE_TEXT ) ) )
            // InternalManifestParser.g:190:2: ( (lv_text_0_0= RULE_DIRECTIVE_TEXT ) )
            {
            // InternalManifestParser.g:190:2: ( (lv_text_0_0= RULE_DIRECTIVE_TEXT ) )
            // InternalManifestParser.g:191:3: (lv_text_0_0= RULE_DIRECTIVE_TEXT )
            {
            // InternalManifestParser.g:191:3: (lv_text_0_0= RULE_DIRECTIVE_TEXT )
            // InternalManifestParser.g:192:4: lv_text_0_0= RULE_DIRECTIVE_TEXT
            {
            lv_text_0_0=(Token)match(input,RULE_DIRECTIVE_TEXT,FOLLOW_2); 

            				newLeafNode(lv_text_0_0, grammarAccess.getDirectiveAccess().getTextDIRECTIVE_TEXTTerminalRuleCall_0());
            			

            				if (current==null) {
            					current = createModelElement(grammarAccess.getDirectiveRule());
            				}
            				setWithLastConsumed(
            					current,
            					"text",
            					lv_text_0_0,
            					"io.pilothouse.lang.Manifest.DIRECTIVE_TEXT");
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDirective"


    // $ANTLR start "entryRuleNode"
    // InternalManifestParser.g:211:1: entryRuleNode returns [EObject current=null] : iv_ruleNode= ruleNode EOF ;
    public final EObject entryRuleNode() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNode = null;


        try {
            // InternalManifestParser.g:211:45: (iv_ruleNode= ruleNode EOF )
            // InternalManifestParser.g:212:2: iv_ruleNode= ruleNode EOF
            {
             newCompositeNode(grammarAccess.getNodeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNode=ruleNode();

            state._fsp--;

             current =iv_ruleNode; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNode"


    // $ANTLR start "ruleNode"
    // InternalManifestParser.g:218:1: ruleNode returns [EObject current=null] : (this_AliasNode_0= ruleAliasNode | this_ContentNode_1= ruleContentNode ) ;
    public final EObject ruleNode() throws RecognitionException {
        EObject current = null;

        EObject this_AliasNode_0 = null;

        EObject this_ContentNode_1 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:224:2: ( (this_AliasNode_0= ruleAliasNode | this_ContentNode_1= ruleContentNode ) )
            // InternalManifestParser.g:225:2: (this_AliasNode_0= ruleAliasNode | this_ContentNode_1= ruleContentNode )
            {
            // InternalManifestParser.g:225:2: (this_AliasNode_0= ruleAliasNode | this_ContentNode_1= ruleContentNode )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==RULE_ALIAS) ) {
                alt5=1;
            }
            else if ( ((LA5_0>=RULE_MAP_BEGIN && LA5_0<=RULE_SEQ_BEGIN)||LA5_0==RULE_LBRACE||LA5_0==RULE_LBRACKET||LA5_0==RULE_ANCHOR||(LA5_0>=RULE_TAG && LA5_0<=RULE_FOLDED)) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalManifestParser.g:226:3: this_AliasNode_0= ruleAliasNode
                    {

                    			newCompositeNode(grammarAccess.getNodeAccess().getAliasNodeParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_AliasNode_0=ruleAliasNode();

                    state._fsp--;


                    			current = this_AliasNode_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:235:3: this_ContentNode_1= ruleContentNode
                    {

                    			newCompositeNode(grammarAccess.getNodeAccess().getContentNodeParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_ContentNode_1=ruleContentNode();

                    state._fsp--;


                    			current = this_ContentNode_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNode"


    // $ANTLR start "entryRuleAliasNode"
    // InternalManifestParser.g:247:1: entryRuleAliasNode returns [EObject current=null] : iv_ruleAliasNode= ruleAliasNode EOF ;
    public final EObject entryRuleAliasNode() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAliasNode = null;


        try {
            // InternalManifestParser.g:247:50: (iv_ruleAliasNode= ruleAliasNode EOF )
            // InternalManifestParser.g:248:2: iv_ruleAliasNode= ruleAliasNode EOF
            {
             newCompositeNode(grammarAccess.getAliasNodeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAliasNode=ruleAliasNode();

            state._fsp--;

             current =iv_ruleAliasNode; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAliasNode"


    // $ANTLR start "ruleAliasNode"
    // InternalManifestParser.g:254:1: ruleAliasNode returns [EObject current=null] : ( (lv_alias_0_0= RULE_ALIAS ) ) ;
    public final EObject ruleAliasNode() throws RecognitionException {
        EObject current = null;

        Token lv_alias_0_0=null;


        	enterRule();

        try {
            // InternalManifestParser.g:260:2: ( ( (lv_alias_0_0= RULE_ALIAS ) ) )
            // InternalManifestParser.g:261:2: ( (lv_alias_0_0= RULE_ALIAS ) )
            {
            // InternalManifestParser.g:261:2: ( (lv_alias_0_0= RULE_ALIAS ) )
            // InternalManifestParser.g:262:3: (lv_alias_0_0= RULE_ALIAS )
            {
            // InternalManifestParser.g:262:3: (lv_alias_0_0= RULE_ALIAS )
            // InternalManifestParser.g:263:4: lv_alias_0_0= RULE_ALIAS
            {
            lv_alias_0_0=(Token)match(input,RULE_ALIAS,FOLLOW_2); 

            				newLeafNode(lv_alias_0_0, grammarAccess.getAliasNodeAccess().getAliasALIASTerminalRuleCall_0());
            			

            				if (current==null) {
            					current = createModelElement(grammarAccess.getAliasNodeRule());
            				}
            				setWithLastConsumed(
            					current,
            					"alias",
            					lv_alias_0_0,
            					"io.pilothouse.lang.Manifest.ALIAS");
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAliasNode"


    // $ANTLR start "entryRuleContentNode"
    // InternalManifestParser.g:282:1: entryRuleContentNode returns [EObject current=null] : iv_ruleContentNode= ruleContentNode EOF ;
    public final EObject entryRuleContentNode() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleContentNode = null;


        try {
            // InternalManifestParser.g:282:52: (iv_ruleContentNode= ruleContentNode EOF )
            // InternalManifestParser.g:283:2: iv_ruleContentNode= ruleContentNode EOF
            {
             newCompositeNode(grammarAccess.getContentNodeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleContentNode=ruleContentNode();

            state._fsp--;

             current =iv_ruleContentNode; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleContentNode"


    // $ANTLR start "ruleContentNode"
    // InternalManifestParser.g:289:1: ruleContentNode returns [EObject current=null] : ( ( ( (lv_properties_0_0= ruleProperties ) ) ( (lv_value_1_0= ruleValue ) )? ) | ( (lv_value_2_0= ruleValue ) ) ) ;
    public final EObject ruleContentNode() throws RecognitionException {
        EObject current = null;

        EObject lv_properties_0_0 = null;

        EObject lv_value_1_0 = null;

        EObject lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:295:2: ( ( ( ( (lv_properties_0_0= ruleProperties ) ) ( (lv_value_1_0= ruleValue ) )? ) | ( (lv_value_2_0= ruleValue ) ) ) )
            // InternalManifestParser.g:296:2: ( ( ( (lv_properties_0_0= ruleProperties ) ) ( (lv_value_1_0= ruleValue ) )? ) | ( (lv_value_2_0= ruleValue ) ) )
            {
            // InternalManifestParser.g:296:2: ( ( ( (lv_properties_0_0= ruleProperties ) ) ( (lv_value_1_0= ruleValue ) )? ) | ( (lv_value_2_0= ruleValue ) ) )
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==RULE_ANCHOR||LA7_0==RULE_TAG) ) {
                alt7=1;
            }
            else if ( ((LA7_0>=RULE_MAP_BEGIN && LA7_0<=RULE_SEQ_BEGIN)||LA7_0==RULE_LBRACE||LA7_0==RULE_LBRACKET||(LA7_0>=RULE_PLAIN && LA7_0<=RULE_FOLDED)) ) {
                alt7=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }
            switch (alt7) {
                case 1 :
                    // InternalManifestParser.g:297:3: ( ( (lv_properties_0_0= ruleProperties ) ) ( (lv_value_1_0= ruleValue ) )? )
                    {
                    // InternalManifestParser.g:297:3: ( ( (lv_properties_0_0= ruleProperties ) ) ( (lv_value_1_0= ruleValue ) )? )
                    // InternalManifestParser.g:298:4: ( (lv_properties_0_0= ruleProperties ) ) ( (lv_value_1_0= ruleValue ) )?
                    {
                    // InternalManifestParser.g:298:4: ( (lv_properties_0_0= ruleProperties ) )
                    // InternalManifestParser.g:299:5: (lv_properties_0_0= ruleProperties )
                    {
                    // InternalManifestParser.g:299:5: (lv_properties_0_0= ruleProperties )
                    // InternalManifestParser.g:300:6: lv_properties_0_0= ruleProperties
                    {

                    						newCompositeNode(grammarAccess.getContentNodeAccess().getPropertiesPropertiesParserRuleCall_0_0_0());
                    					
                    pushFollow(FOLLOW_7);
                    lv_properties_0_0=ruleProperties();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getContentNodeRule());
                    						}
                    						set(
                    							current,
                    							"properties",
                    							lv_properties_0_0,
                    							"io.pilothouse.lang.Manifest.Properties");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalManifestParser.g:317:4: ( (lv_value_1_0= ruleValue ) )?
                    int alt6=2;
                    int LA6_0 = input.LA(1);

                    if ( ((LA6_0>=RULE_MAP_BEGIN && LA6_0<=RULE_SEQ_BEGIN)||LA6_0==RULE_LBRACE||LA6_0==RULE_LBRACKET||(LA6_0>=RULE_PLAIN && LA6_0<=RULE_FOLDED)) ) {
                        alt6=1;
                    }
                    switch (alt6) {
                        case 1 :
                            // InternalManifestParser.g:318:5: (lv_value_1_0= ruleValue )
                            {
                            // InternalManifestParser.g:318:5: (lv_value_1_0= ruleValue )
                            // InternalManifestParser.g:319:6: lv_value_1_0= ruleValue
                            {

                            						newCompositeNode(grammarAccess.getContentNodeAccess().getValueValueParserRuleCall_0_1_0());
                            					
                            pushFollow(FOLLOW_2);
                            lv_value_1_0=ruleValue();

                            state._fsp--;


                            						if (current==null) {
                            							current = createModelElementForParent(grammarAccess.getContentNodeRule());
                            						}
                            						set(
                            							current,
                            							"value",
                            							lv_value_1_0,
                            							"io.pilothouse.lang.Manifest.Value");
                            						afterParserOrEnumRuleCall();
                            					

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:338:3: ( (lv_value_2_0= ruleValue ) )
                    {
                    // InternalManifestParser.g:338:3: ( (lv_value_2_0= ruleValue ) )
                    // InternalManifestParser.g:339:4: (lv_value_2_0= ruleValue )
                    {
                    // InternalManifestParser.g:339:4: (lv_value_2_0= ruleValue )
                    // InternalManifestParser.g:340:5: lv_value_2_0= ruleValue
                    {

                    					newCompositeNode(grammarAccess.getContentNodeAccess().getValueValueParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_value_2_0=ruleValue();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getContentNodeRule());
                    					}
                    					set(
                    						current,
                    						"value",
                    						lv_value_2_0,
                    						"io.pilothouse.lang.Manifest.Value");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleContentNode"


    // $ANTLR start "entryRuleProperties"
    // InternalManifestParser.g:361:1: entryRuleProperties returns [EObject current=null] : iv_ruleProperties= ruleProperties EOF ;
    public final EObject entryRuleProperties() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProperties = null;


        try {
            // InternalManifestParser.g:361:51: (iv_ruleProperties= ruleProperties EOF )
            // InternalManifestParser.g:362:2: iv_ruleProperties= ruleProperties EOF
            {
             newCompositeNode(grammarAccess.getPropertiesRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleProperties=ruleProperties();

            state._fsp--;

             current =iv_ruleProperties; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleProperties"


    // $ANTLR start "ruleProperties"
    // InternalManifestParser.g:368:1: ruleProperties returns [EObject current=null] : ( ( ( (lv_anchor_0_0= RULE_ANCHOR ) ) ( (lv_tag_1_0= RULE_TAG ) )? ) | ( ( (lv_tag_2_0= RULE_TAG ) ) ( (lv_anchor_3_0= RULE_ANCHOR ) )? ) ) ;
    public final EObject ruleProperties() throws RecognitionException {
        EObject current = null;

        Token lv_anchor_0_0=null;
        Token lv_tag_1_0=null;
        Token lv_tag_2_0=null;
        Token lv_anchor_3_0=null;


        	enterRule();

        try {
            // InternalManifestParser.g:374:2: ( ( ( ( (lv_anchor_0_0= RULE_ANCHOR ) ) ( (lv_tag_1_0= RULE_TAG ) )? ) | ( ( (lv_tag_2_0= RULE_TAG ) ) ( (lv_anchor_3_0= RULE_ANCHOR ) )? ) ) )
            // InternalManifestParser.g:375:2: ( ( ( (lv_anchor_0_0= RULE_ANCHOR ) ) ( (lv_tag_1_0= RULE_TAG ) )? ) | ( ( (lv_tag_2_0= RULE_TAG ) ) ( (lv_anchor_3_0= RULE_ANCHOR ) )? ) )
            {
            // InternalManifestParser.g:375:2: ( ( ( (lv_anchor_0_0= RULE_ANCHOR ) ) ( (lv_tag_1_0= RULE_TAG ) )? ) | ( ( (lv_tag_2_0= RULE_TAG ) ) ( (lv_anchor_3_0= RULE_ANCHOR ) )? ) )
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==RULE_ANCHOR) ) {
                alt10=1;
            }
            else if ( (LA10_0==RULE_TAG) ) {
                alt10=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }
            switch (alt10) {
                case 1 :
                    // InternalManifestParser.g:376:3: ( ( (lv_anchor_0_0= RULE_ANCHOR ) ) ( (lv_tag_1_0= RULE_TAG ) )? )
                    {
                    // InternalManifestParser.g:376:3: ( ( (lv_anchor_0_0= RULE_ANCHOR ) ) ( (lv_tag_1_0= RULE_TAG ) )? )
                    // InternalManifestParser.g:377:4: ( (lv_anchor_0_0= RULE_ANCHOR ) ) ( (lv_tag_1_0= RULE_TAG ) )?
                    {
                    // InternalManifestParser.g:377:4: ( (lv_anchor_0_0= RULE_ANCHOR ) )
                    // InternalManifestParser.g:378:5: (lv_anchor_0_0= RULE_ANCHOR )
                    {
                    // InternalManifestParser.g:378:5: (lv_anchor_0_0= RULE_ANCHOR )
                    // InternalManifestParser.g:379:6: lv_anchor_0_0= RULE_ANCHOR
                    {
                    lv_anchor_0_0=(Token)match(input,RULE_ANCHOR,FOLLOW_8); 

                    						newLeafNode(lv_anchor_0_0, grammarAccess.getPropertiesAccess().getAnchorANCHORTerminalRuleCall_0_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPropertiesRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"anchor",
                    							lv_anchor_0_0,
                    							"io.pilothouse.lang.Manifest.ANCHOR");
                    					

                    }


                    }

                    // InternalManifestParser.g:395:4: ( (lv_tag_1_0= RULE_TAG ) )?
                    int alt8=2;
                    int LA8_0 = input.LA(1);

                    if ( (LA8_0==RULE_TAG) ) {
                        alt8=1;
                    }
                    switch (alt8) {
                        case 1 :
                            // InternalManifestParser.g:396:5: (lv_tag_1_0= RULE_TAG )
                            {
                            // InternalManifestParser.g:396:5: (lv_tag_1_0= RULE_TAG )
                            // InternalManifestParser.g:397:6: lv_tag_1_0= RULE_TAG
                            {
                            lv_tag_1_0=(Token)match(input,RULE_TAG,FOLLOW_2); 

                            						newLeafNode(lv_tag_1_0, grammarAccess.getPropertiesAccess().getTagTAGTerminalRuleCall_0_1_0());
                            					

                            						if (current==null) {
                            							current = createModelElement(grammarAccess.getPropertiesRule());
                            						}
                            						setWithLastConsumed(
                            							current,
                            							"tag",
                            							lv_tag_1_0,
                            							"io.pilothouse.lang.Manifest.TAG");
                            					

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:415:3: ( ( (lv_tag_2_0= RULE_TAG ) ) ( (lv_anchor_3_0= RULE_ANCHOR ) )? )
                    {
                    // InternalManifestParser.g:415:3: ( ( (lv_tag_2_0= RULE_TAG ) ) ( (lv_anchor_3_0= RULE_ANCHOR ) )? )
                    // InternalManifestParser.g:416:4: ( (lv_tag_2_0= RULE_TAG ) ) ( (lv_anchor_3_0= RULE_ANCHOR ) )?
                    {
                    // InternalManifestParser.g:416:4: ( (lv_tag_2_0= RULE_TAG ) )
                    // InternalManifestParser.g:417:5: (lv_tag_2_0= RULE_TAG )
                    {
                    // InternalManifestParser.g:417:5: (lv_tag_2_0= RULE_TAG )
                    // InternalManifestParser.g:418:6: lv_tag_2_0= RULE_TAG
                    {
                    lv_tag_2_0=(Token)match(input,RULE_TAG,FOLLOW_9); 

                    						newLeafNode(lv_tag_2_0, grammarAccess.getPropertiesAccess().getTagTAGTerminalRuleCall_1_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPropertiesRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"tag",
                    							lv_tag_2_0,
                    							"io.pilothouse.lang.Manifest.TAG");
                    					

                    }


                    }

                    // InternalManifestParser.g:434:4: ( (lv_anchor_3_0= RULE_ANCHOR ) )?
                    int alt9=2;
                    int LA9_0 = input.LA(1);

                    if ( (LA9_0==RULE_ANCHOR) ) {
                        alt9=1;
                    }
                    switch (alt9) {
                        case 1 :
                            // InternalManifestParser.g:435:5: (lv_anchor_3_0= RULE_ANCHOR )
                            {
                            // InternalManifestParser.g:435:5: (lv_anchor_3_0= RULE_ANCHOR )
                            // InternalManifestParser.g:436:6: lv_anchor_3_0= RULE_ANCHOR
                            {
                            lv_anchor_3_0=(Token)match(input,RULE_ANCHOR,FOLLOW_2); 

                            						newLeafNode(lv_anchor_3_0, grammarAccess.getPropertiesAccess().getAnchorANCHORTerminalRuleCall_1_1_0());
                            					

                            						if (current==null) {
                            							current = createModelElement(grammarAccess.getPropertiesRule());
                            						}
                            						setWithLastConsumed(
                            							current,
                            							"anchor",
                            							lv_anchor_3_0,
                            							"io.pilothouse.lang.Manifest.ANCHOR");
                            					

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleProperties"


    // $ANTLR start "entryRuleValue"
    // InternalManifestParser.g:457:1: entryRuleValue returns [EObject current=null] : iv_ruleValue= ruleValue EOF ;
    public final EObject entryRuleValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleValue = null;


        try {
            // InternalManifestParser.g:457:46: (iv_ruleValue= ruleValue EOF )
            // InternalManifestParser.g:458:2: iv_ruleValue= ruleValue EOF
            {
             newCompositeNode(grammarAccess.getValueRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleValue=ruleValue();

            state._fsp--;

             current =iv_ruleValue; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleValue"


    // $ANTLR start "ruleValue"
    // InternalManifestParser.g:464:1: ruleValue returns [EObject current=null] : (this_BlockMapping_0= ruleBlockMapping | this_BlockSequence_1= ruleBlockSequence | this_FlowMapping_2= ruleFlowMapping | this_FlowSequence_3= ruleFlowSequence | this_Scalar_4= ruleScalar ) ;
    public final EObject ruleValue() throws RecognitionException {
        EObject current = null;

        EObject this_BlockMapping_0 = null;

        EObject this_BlockSequence_1 = null;

        EObject this_FlowMapping_2 = null;

        EObject this_FlowSequence_3 = null;

        EObject this_Scalar_4 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:470:2: ( (this_BlockMapping_0= ruleBlockMapping | this_BlockSequence_1= ruleBlockSequence | this_FlowMapping_2= ruleFlowMapping | this_FlowSequence_3= ruleFlowSequence | this_Scalar_4= ruleScalar ) )
            // InternalManifestParser.g:471:2: (this_BlockMapping_0= ruleBlockMapping | this_BlockSequence_1= ruleBlockSequence | this_FlowMapping_2= ruleFlowMapping | this_FlowSequence_3= ruleFlowSequence | this_Scalar_4= ruleScalar )
            {
            // InternalManifestParser.g:471:2: (this_BlockMapping_0= ruleBlockMapping | this_BlockSequence_1= ruleBlockSequence | this_FlowMapping_2= ruleFlowMapping | this_FlowSequence_3= ruleFlowSequence | this_Scalar_4= ruleScalar )
            int alt11=5;
            switch ( input.LA(1) ) {
            case RULE_MAP_BEGIN:
                {
                alt11=1;
                }
                break;
            case RULE_SEQ_BEGIN:
                {
                alt11=2;
                }
                break;
            case RULE_LBRACE:
                {
                alt11=3;
                }
                break;
            case RULE_LBRACKET:
                {
                alt11=4;
                }
                break;
            case RULE_PLAIN:
            case RULE_SINGLE_QUOTED:
            case RULE_DOUBLE_QUOTED:
            case RULE_LITERAL:
            case RULE_FOLDED:
                {
                alt11=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }

            switch (alt11) {
                case 1 :
                    // InternalManifestParser.g:472:3: this_BlockMapping_0= ruleBlockMapping
                    {

                    			newCompositeNode(grammarAccess.getValueAccess().getBlockMappingParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_BlockMapping_0=ruleBlockMapping();

                    state._fsp--;


                    			current = this_BlockMapping_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:481:3: this_BlockSequence_1= ruleBlockSequence
                    {

                    			newCompositeNode(grammarAccess.getValueAccess().getBlockSequenceParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_BlockSequence_1=ruleBlockSequence();

                    state._fsp--;


                    			current = this_BlockSequence_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalManifestParser.g:490:3: this_FlowMapping_2= ruleFlowMapping
                    {

                    			newCompositeNode(grammarAccess.getValueAccess().getFlowMappingParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_FlowMapping_2=ruleFlowMapping();

                    state._fsp--;


                    			current = this_FlowMapping_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalManifestParser.g:499:3: this_FlowSequence_3= ruleFlowSequence
                    {

                    			newCompositeNode(grammarAccess.getValueAccess().getFlowSequenceParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_FlowSequence_3=ruleFlowSequence();

                    state._fsp--;


                    			current = this_FlowSequence_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalManifestParser.g:508:3: this_Scalar_4= ruleScalar
                    {

                    			newCompositeNode(grammarAccess.getValueAccess().getScalarParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_Scalar_4=ruleScalar();

                    state._fsp--;


                    			current = this_Scalar_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleValue"


    // $ANTLR start "entryRuleBlockMapping"
    // InternalManifestParser.g:520:1: entryRuleBlockMapping returns [EObject current=null] : iv_ruleBlockMapping= ruleBlockMapping EOF ;
    public final EObject entryRuleBlockMapping() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBlockMapping = null;


        try {
            // InternalManifestParser.g:520:53: (iv_ruleBlockMapping= ruleBlockMapping EOF )
            // InternalManifestParser.g:521:2: iv_ruleBlockMapping= ruleBlockMapping EOF
            {
             newCompositeNode(grammarAccess.getBlockMappingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBlockMapping=ruleBlockMapping();

            state._fsp--;

             current =iv_ruleBlockMapping; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBlockMapping"


    // $ANTLR start "ruleBlockMapping"
    // InternalManifestParser.g:527:1: ruleBlockMapping returns [EObject current=null] : (this_MAP_BEGIN_0= RULE_MAP_BEGIN ( (lv_entries_1_0= ruleMappingEntry ) )+ this_BLOCK_END_2= RULE_BLOCK_END ) ;
    public final EObject ruleBlockMapping() throws RecognitionException {
        EObject current = null;

        Token this_MAP_BEGIN_0=null;
        Token this_BLOCK_END_2=null;
        EObject lv_entries_1_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:533:2: ( (this_MAP_BEGIN_0= RULE_MAP_BEGIN ( (lv_entries_1_0= ruleMappingEntry ) )+ this_BLOCK_END_2= RULE_BLOCK_END ) )
            // InternalManifestParser.g:534:2: (this_MAP_BEGIN_0= RULE_MAP_BEGIN ( (lv_entries_1_0= ruleMappingEntry ) )+ this_BLOCK_END_2= RULE_BLOCK_END )
            {
            // InternalManifestParser.g:534:2: (this_MAP_BEGIN_0= RULE_MAP_BEGIN ( (lv_entries_1_0= ruleMappingEntry ) )+ this_BLOCK_END_2= RULE_BLOCK_END )
            // InternalManifestParser.g:535:3: this_MAP_BEGIN_0= RULE_MAP_BEGIN ( (lv_entries_1_0= ruleMappingEntry ) )+ this_BLOCK_END_2= RULE_BLOCK_END
            {
            this_MAP_BEGIN_0=(Token)match(input,RULE_MAP_BEGIN,FOLLOW_10); 

            			newLeafNode(this_MAP_BEGIN_0, grammarAccess.getBlockMappingAccess().getMAP_BEGINTerminalRuleCall_0());
            		
            // InternalManifestParser.g:539:3: ( (lv_entries_1_0= ruleMappingEntry ) )+
            int cnt12=0;
            loop12:
            do {
                int alt12=2;
                int LA12_0 = input.LA(1);

                if ( (LA12_0==RULE_KEY) ) {
                    alt12=1;
                }


                switch (alt12) {
            	case 1 :
            	    // InternalManifestParser.g:540:4: (lv_entries_1_0= ruleMappingEntry )
            	    {
            	    // InternalManifestParser.g:540:4: (lv_entries_1_0= ruleMappingEntry )
            	    // InternalManifestParser.g:541:5: lv_entries_1_0= ruleMappingEntry
            	    {

            	    					newCompositeNode(grammarAccess.getBlockMappingAccess().getEntriesMappingEntryParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_11);
            	    lv_entries_1_0=ruleMappingEntry();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getBlockMappingRule());
            	    					}
            	    					add(
            	    						current,
            	    						"entries",
            	    						lv_entries_1_0,
            	    						"io.pilothouse.lang.Manifest.MappingEntry");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    if ( cnt12 >= 1 ) break loop12;
                        EarlyExitException eee =
                            new EarlyExitException(12, input);
                        throw eee;
                }
                cnt12++;
            } while (true);

            this_BLOCK_END_2=(Token)match(input,RULE_BLOCK_END,FOLLOW_2); 

            			newLeafNode(this_BLOCK_END_2, grammarAccess.getBlockMappingAccess().getBLOCK_ENDTerminalRuleCall_2());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBlockMapping"


    // $ANTLR start "entryRuleMappingEntry"
    // InternalManifestParser.g:566:1: entryRuleMappingEntry returns [EObject current=null] : iv_ruleMappingEntry= ruleMappingEntry EOF ;
    public final EObject entryRuleMappingEntry() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMappingEntry = null;


        try {
            // InternalManifestParser.g:566:53: (iv_ruleMappingEntry= ruleMappingEntry EOF )
            // InternalManifestParser.g:567:2: iv_ruleMappingEntry= ruleMappingEntry EOF
            {
             newCompositeNode(grammarAccess.getMappingEntryRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMappingEntry=ruleMappingEntry();

            state._fsp--;

             current =iv_ruleMappingEntry; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMappingEntry"


    // $ANTLR start "ruleMappingEntry"
    // InternalManifestParser.g:573:1: ruleMappingEntry returns [EObject current=null] : (this_KEY_0= RULE_KEY ( ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? ) | ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? ) ) ) ;
    public final EObject ruleMappingEntry() throws RecognitionException {
        EObject current = null;

        Token this_KEY_0=null;
        Token lv_explicit_1_0=null;
        Token this_COLON_3=null;
        Token this_COLON_6=null;
        EObject lv_key_2_0 = null;

        EObject lv_value_4_0 = null;

        EObject lv_key_5_0 = null;

        EObject lv_value_7_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:579:2: ( (this_KEY_0= RULE_KEY ( ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? ) | ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? ) ) ) )
            // InternalManifestParser.g:580:2: (this_KEY_0= RULE_KEY ( ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? ) | ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? ) ) )
            {
            // InternalManifestParser.g:580:2: (this_KEY_0= RULE_KEY ( ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? ) | ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? ) ) )
            // InternalManifestParser.g:581:3: this_KEY_0= RULE_KEY ( ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? ) | ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? ) )
            {
            this_KEY_0=(Token)match(input,RULE_KEY,FOLLOW_12); 

            			newLeafNode(this_KEY_0, grammarAccess.getMappingEntryAccess().getKEYTerminalRuleCall_0());
            		
            // InternalManifestParser.g:585:3: ( ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? ) | ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? ) )
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==RULE_QUESTION) ) {
                alt17=1;
            }
            else if ( ((LA17_0>=RULE_MAP_BEGIN && LA17_0<=RULE_SEQ_BEGIN)||LA17_0==RULE_LBRACE||LA17_0==RULE_LBRACKET||(LA17_0>=RULE_ANCHOR && LA17_0<=RULE_FOLDED)) ) {
                alt17=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }
            switch (alt17) {
                case 1 :
                    // InternalManifestParser.g:586:4: ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? )
                    {
                    // InternalManifestParser.g:586:4: ( ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )? )
                    // InternalManifestParser.g:587:5: ( (lv_explicit_1_0= RULE_QUESTION ) ) ( (lv_key_2_0= ruleNode ) )? (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )?
                    {
                    // InternalManifestParser.g:587:5: ( (lv_explicit_1_0= RULE_QUESTION ) )
                    // InternalManifestParser.g:588:6: (lv_explicit_1_0= RULE_QUESTION )
                    {
                    // InternalManifestParser.g:588:6: (lv_explicit_1_0= RULE_QUESTION )
                    // InternalManifestParser.g:589:7: lv_explicit_1_0= RULE_QUESTION
                    {
                    lv_explicit_1_0=(Token)match(input,RULE_QUESTION,FOLLOW_13); 

                    							newLeafNode(lv_explicit_1_0, grammarAccess.getMappingEntryAccess().getExplicitQUESTIONTerminalRuleCall_1_0_0_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getMappingEntryRule());
                    							}
                    							setWithLastConsumed(
                    								current,
                    								"explicit",
                    								lv_explicit_1_0 != null,
                    								"io.pilothouse.lang.Manifest.QUESTION");
                    						

                    }


                    }

                    // InternalManifestParser.g:605:5: ( (lv_key_2_0= ruleNode ) )?
                    int alt13=2;
                    int LA13_0 = input.LA(1);

                    if ( ((LA13_0>=RULE_MAP_BEGIN && LA13_0<=RULE_SEQ_BEGIN)||LA13_0==RULE_LBRACE||LA13_0==RULE_LBRACKET||(LA13_0>=RULE_ANCHOR && LA13_0<=RULE_FOLDED)) ) {
                        alt13=1;
                    }
                    switch (alt13) {
                        case 1 :
                            // InternalManifestParser.g:606:6: (lv_key_2_0= ruleNode )
                            {
                            // InternalManifestParser.g:606:6: (lv_key_2_0= ruleNode )
                            // InternalManifestParser.g:607:7: lv_key_2_0= ruleNode
                            {

                            							newCompositeNode(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_0_1_0());
                            						
                            pushFollow(FOLLOW_14);
                            lv_key_2_0=ruleNode();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getMappingEntryRule());
                            							}
                            							set(
                            								current,
                            								"key",
                            								lv_key_2_0,
                            								"io.pilothouse.lang.Manifest.Node");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }
                            break;

                    }

                    // InternalManifestParser.g:624:5: (this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )? )?
                    int alt15=2;
                    int LA15_0 = input.LA(1);

                    if ( (LA15_0==RULE_COLON) ) {
                        alt15=1;
                    }
                    switch (alt15) {
                        case 1 :
                            // InternalManifestParser.g:625:6: this_COLON_3= RULE_COLON ( (lv_value_4_0= ruleNode ) )?
                            {
                            this_COLON_3=(Token)match(input,RULE_COLON,FOLLOW_7); 

                            						newLeafNode(this_COLON_3, grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_1_0_2_0());
                            					
                            // InternalManifestParser.g:629:6: ( (lv_value_4_0= ruleNode ) )?
                            int alt14=2;
                            int LA14_0 = input.LA(1);

                            if ( ((LA14_0>=RULE_MAP_BEGIN && LA14_0<=RULE_SEQ_BEGIN)||LA14_0==RULE_LBRACE||LA14_0==RULE_LBRACKET||(LA14_0>=RULE_ANCHOR && LA14_0<=RULE_FOLDED)) ) {
                                alt14=1;
                            }
                            switch (alt14) {
                                case 1 :
                                    // InternalManifestParser.g:630:7: (lv_value_4_0= ruleNode )
                                    {
                                    // InternalManifestParser.g:630:7: (lv_value_4_0= ruleNode )
                                    // InternalManifestParser.g:631:8: lv_value_4_0= ruleNode
                                    {

                                    								newCompositeNode(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_1_0_2_1_0());
                                    							
                                    pushFollow(FOLLOW_2);
                                    lv_value_4_0=ruleNode();

                                    state._fsp--;


                                    								if (current==null) {
                                    									current = createModelElementForParent(grammarAccess.getMappingEntryRule());
                                    								}
                                    								set(
                                    									current,
                                    									"value",
                                    									lv_value_4_0,
                                    									"io.pilothouse.lang.Manifest.Node");
                                    								afterParserOrEnumRuleCall();
                                    							

                                    }


                                    }
                                    break;

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:651:4: ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? )
                    {
                    // InternalManifestParser.g:651:4: ( ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )? )
                    // InternalManifestParser.g:652:5: ( (lv_key_5_0= ruleNode ) ) this_COLON_6= RULE_COLON ( (lv_value_7_0= ruleNode ) )?
                    {
                    // InternalManifestParser.g:652:5: ( (lv_key_5_0= ruleNode ) )
                    // InternalManifestParser.g:653:6: (lv_key_5_0= ruleNode )
                    {
                    // InternalManifestParser.g:653:6: (lv_key_5_0= ruleNode )
                    // InternalManifestParser.g:654:7: lv_key_5_0= ruleNode
                    {

                    							newCompositeNode(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_1_0_0());
                    						
                    pushFollow(FOLLOW_15);
                    lv_key_5_0=ruleNode();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getMappingEntryRule());
                    							}
                    							set(
                    								current,
                    								"key",
                    								lv_key_5_0,
                    								"io.pilothouse.lang.Manifest.Node");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    this_COLON_6=(Token)match(input,RULE_COLON,FOLLOW_7); 

                    					newLeafNode(this_COLON_6, grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_1_1_1());
                    				
                    // InternalManifestParser.g:675:5: ( (lv_value_7_0= ruleNode ) )?
                    int alt16=2;
                    int LA16_0 = input.LA(1);

                    if ( ((LA16_0>=RULE_MAP_BEGIN && LA16_0<=RULE_SEQ_BEGIN)||LA16_0==RULE_LBRACE||LA16_0==RULE_LBRACKET||(LA16_0>=RULE_ANCHOR && LA16_0<=RULE_FOLDED)) ) {
                        alt16=1;
                    }
                    switch (alt16) {
                        case 1 :
                            // InternalManifestParser.g:676:6: (lv_value_7_0= ruleNode )
                            {
                            // InternalManifestParser.g:676:6: (lv_value_7_0= ruleNode )
                            // InternalManifestParser.g:677:7: lv_value_7_0= ruleNode
                            {

                            							newCompositeNode(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_1_1_2_0());
                            						
                            pushFollow(FOLLOW_2);
                            lv_value_7_0=ruleNode();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getMappingEntryRule());
                            							}
                            							set(
                            								current,
                            								"value",
                            								lv_value_7_0,
                            								"io.pilothouse.lang.Manifest.Node");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMappingEntry"


    // $ANTLR start "entryRuleBlockSequence"
    // InternalManifestParser.g:700:1: entryRuleBlockSequence returns [EObject current=null] : iv_ruleBlockSequence= ruleBlockSequence EOF ;
    public final EObject entryRuleBlockSequence() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBlockSequence = null;


        try {
            // InternalManifestParser.g:700:54: (iv_ruleBlockSequence= ruleBlockSequence EOF )
            // InternalManifestParser.g:701:2: iv_ruleBlockSequence= ruleBlockSequence EOF
            {
             newCompositeNode(grammarAccess.getBlockSequenceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBlockSequence=ruleBlockSequence();

            state._fsp--;

             current =iv_ruleBlockSequence; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBlockSequence"


    // $ANTLR start "ruleBlockSequence"
    // InternalManifestParser.g:707:1: ruleBlockSequence returns [EObject current=null] : (this_SEQ_BEGIN_0= RULE_SEQ_BEGIN ( (lv_items_1_0= ruleSequenceItem ) )+ this_BLOCK_END_2= RULE_BLOCK_END ) ;
    public final EObject ruleBlockSequence() throws RecognitionException {
        EObject current = null;

        Token this_SEQ_BEGIN_0=null;
        Token this_BLOCK_END_2=null;
        EObject lv_items_1_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:713:2: ( (this_SEQ_BEGIN_0= RULE_SEQ_BEGIN ( (lv_items_1_0= ruleSequenceItem ) )+ this_BLOCK_END_2= RULE_BLOCK_END ) )
            // InternalManifestParser.g:714:2: (this_SEQ_BEGIN_0= RULE_SEQ_BEGIN ( (lv_items_1_0= ruleSequenceItem ) )+ this_BLOCK_END_2= RULE_BLOCK_END )
            {
            // InternalManifestParser.g:714:2: (this_SEQ_BEGIN_0= RULE_SEQ_BEGIN ( (lv_items_1_0= ruleSequenceItem ) )+ this_BLOCK_END_2= RULE_BLOCK_END )
            // InternalManifestParser.g:715:3: this_SEQ_BEGIN_0= RULE_SEQ_BEGIN ( (lv_items_1_0= ruleSequenceItem ) )+ this_BLOCK_END_2= RULE_BLOCK_END
            {
            this_SEQ_BEGIN_0=(Token)match(input,RULE_SEQ_BEGIN,FOLLOW_16); 

            			newLeafNode(this_SEQ_BEGIN_0, grammarAccess.getBlockSequenceAccess().getSEQ_BEGINTerminalRuleCall_0());
            		
            // InternalManifestParser.g:719:3: ( (lv_items_1_0= ruleSequenceItem ) )+
            int cnt18=0;
            loop18:
            do {
                int alt18=2;
                int LA18_0 = input.LA(1);

                if ( (LA18_0==RULE_DASH) ) {
                    alt18=1;
                }


                switch (alt18) {
            	case 1 :
            	    // InternalManifestParser.g:720:4: (lv_items_1_0= ruleSequenceItem )
            	    {
            	    // InternalManifestParser.g:720:4: (lv_items_1_0= ruleSequenceItem )
            	    // InternalManifestParser.g:721:5: lv_items_1_0= ruleSequenceItem
            	    {

            	    					newCompositeNode(grammarAccess.getBlockSequenceAccess().getItemsSequenceItemParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_17);
            	    lv_items_1_0=ruleSequenceItem();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getBlockSequenceRule());
            	    					}
            	    					add(
            	    						current,
            	    						"items",
            	    						lv_items_1_0,
            	    						"io.pilothouse.lang.Manifest.SequenceItem");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    if ( cnt18 >= 1 ) break loop18;
                        EarlyExitException eee =
                            new EarlyExitException(18, input);
                        throw eee;
                }
                cnt18++;
            } while (true);

            this_BLOCK_END_2=(Token)match(input,RULE_BLOCK_END,FOLLOW_2); 

            			newLeafNode(this_BLOCK_END_2, grammarAccess.getBlockSequenceAccess().getBLOCK_ENDTerminalRuleCall_2());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBlockSequence"


    // $ANTLR start "entryRuleSequenceItem"
    // InternalManifestParser.g:746:1: entryRuleSequenceItem returns [EObject current=null] : iv_ruleSequenceItem= ruleSequenceItem EOF ;
    public final EObject entryRuleSequenceItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSequenceItem = null;


        try {
            // InternalManifestParser.g:746:53: (iv_ruleSequenceItem= ruleSequenceItem EOF )
            // InternalManifestParser.g:747:2: iv_ruleSequenceItem= ruleSequenceItem EOF
            {
             newCompositeNode(grammarAccess.getSequenceItemRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSequenceItem=ruleSequenceItem();

            state._fsp--;

             current =iv_ruleSequenceItem; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSequenceItem"


    // $ANTLR start "ruleSequenceItem"
    // InternalManifestParser.g:753:1: ruleSequenceItem returns [EObject current=null] : ( () this_DASH_1= RULE_DASH ( (lv_value_2_0= ruleNode ) )? ) ;
    public final EObject ruleSequenceItem() throws RecognitionException {
        EObject current = null;

        Token this_DASH_1=null;
        EObject lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:759:2: ( ( () this_DASH_1= RULE_DASH ( (lv_value_2_0= ruleNode ) )? ) )
            // InternalManifestParser.g:760:2: ( () this_DASH_1= RULE_DASH ( (lv_value_2_0= ruleNode ) )? )
            {
            // InternalManifestParser.g:760:2: ( () this_DASH_1= RULE_DASH ( (lv_value_2_0= ruleNode ) )? )
            // InternalManifestParser.g:761:3: () this_DASH_1= RULE_DASH ( (lv_value_2_0= ruleNode ) )?
            {
            // InternalManifestParser.g:761:3: ()
            // InternalManifestParser.g:762:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getSequenceItemAccess().getSequenceItemAction_0(),
            					current);
            			

            }

            this_DASH_1=(Token)match(input,RULE_DASH,FOLLOW_7); 

            			newLeafNode(this_DASH_1, grammarAccess.getSequenceItemAccess().getDASHTerminalRuleCall_1());
            		
            // InternalManifestParser.g:772:3: ( (lv_value_2_0= ruleNode ) )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( ((LA19_0>=RULE_MAP_BEGIN && LA19_0<=RULE_SEQ_BEGIN)||LA19_0==RULE_LBRACE||LA19_0==RULE_LBRACKET||(LA19_0>=RULE_ANCHOR && LA19_0<=RULE_FOLDED)) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalManifestParser.g:773:4: (lv_value_2_0= ruleNode )
                    {
                    // InternalManifestParser.g:773:4: (lv_value_2_0= ruleNode )
                    // InternalManifestParser.g:774:5: lv_value_2_0= ruleNode
                    {

                    					newCompositeNode(grammarAccess.getSequenceItemAccess().getValueNodeParserRuleCall_2_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_value_2_0=ruleNode();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getSequenceItemRule());
                    					}
                    					set(
                    						current,
                    						"value",
                    						lv_value_2_0,
                    						"io.pilothouse.lang.Manifest.Node");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSequenceItem"


    // $ANTLR start "entryRuleFlowMapping"
    // InternalManifestParser.g:795:1: entryRuleFlowMapping returns [EObject current=null] : iv_ruleFlowMapping= ruleFlowMapping EOF ;
    public final EObject entryRuleFlowMapping() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFlowMapping = null;


        try {
            // InternalManifestParser.g:795:52: (iv_ruleFlowMapping= ruleFlowMapping EOF )
            // InternalManifestParser.g:796:2: iv_ruleFlowMapping= ruleFlowMapping EOF
            {
             newCompositeNode(grammarAccess.getFlowMappingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFlowMapping=ruleFlowMapping();

            state._fsp--;

             current =iv_ruleFlowMapping; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFlowMapping"


    // $ANTLR start "ruleFlowMapping"
    // InternalManifestParser.g:802:1: ruleFlowMapping returns [EObject current=null] : ( () this_LBRACE_1= RULE_LBRACE ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACE_6= RULE_RBRACE ) ;
    public final EObject ruleFlowMapping() throws RecognitionException {
        EObject current = null;

        Token this_LBRACE_1=null;
        Token this_COMMA_3=null;
        Token this_COMMA_5=null;
        Token this_RBRACE_6=null;
        EObject lv_entries_2_0 = null;

        EObject lv_entries_4_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:808:2: ( ( () this_LBRACE_1= RULE_LBRACE ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACE_6= RULE_RBRACE ) )
            // InternalManifestParser.g:809:2: ( () this_LBRACE_1= RULE_LBRACE ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACE_6= RULE_RBRACE )
            {
            // InternalManifestParser.g:809:2: ( () this_LBRACE_1= RULE_LBRACE ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACE_6= RULE_RBRACE )
            // InternalManifestParser.g:810:3: () this_LBRACE_1= RULE_LBRACE ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACE_6= RULE_RBRACE
            {
            // InternalManifestParser.g:810:3: ()
            // InternalManifestParser.g:811:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getFlowMappingAccess().getFlowMappingAction_0(),
            					current);
            			

            }

            this_LBRACE_1=(Token)match(input,RULE_LBRACE,FOLLOW_18); 

            			newLeafNode(this_LBRACE_1, grammarAccess.getFlowMappingAccess().getLBRACETerminalRuleCall_1());
            		
            // InternalManifestParser.g:821:3: ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( ((LA22_0>=RULE_MAP_BEGIN && LA22_0<=RULE_SEQ_BEGIN)||LA22_0==RULE_QUESTION||LA22_0==RULE_LBRACE||LA22_0==RULE_LBRACKET||(LA22_0>=RULE_ANCHOR && LA22_0<=RULE_FOLDED)) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalManifestParser.g:822:4: ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )?
                    {
                    // InternalManifestParser.g:822:4: ( (lv_entries_2_0= ruleFlowEntry ) )
                    // InternalManifestParser.g:823:5: (lv_entries_2_0= ruleFlowEntry )
                    {
                    // InternalManifestParser.g:823:5: (lv_entries_2_0= ruleFlowEntry )
                    // InternalManifestParser.g:824:6: lv_entries_2_0= ruleFlowEntry
                    {

                    						newCompositeNode(grammarAccess.getFlowMappingAccess().getEntriesFlowEntryParserRuleCall_2_0_0());
                    					
                    pushFollow(FOLLOW_19);
                    lv_entries_2_0=ruleFlowEntry();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getFlowMappingRule());
                    						}
                    						add(
                    							current,
                    							"entries",
                    							lv_entries_2_0,
                    							"io.pilothouse.lang.Manifest.FlowEntry");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalManifestParser.g:841:4: (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )*
                    loop20:
                    do {
                        int alt20=2;
                        int LA20_0 = input.LA(1);

                        if ( (LA20_0==RULE_COMMA) ) {
                            int LA20_1 = input.LA(2);

                            if ( ((LA20_1>=RULE_MAP_BEGIN && LA20_1<=RULE_SEQ_BEGIN)||LA20_1==RULE_QUESTION||LA20_1==RULE_LBRACE||LA20_1==RULE_LBRACKET||(LA20_1>=RULE_ANCHOR && LA20_1<=RULE_FOLDED)) ) {
                                alt20=1;
                            }


                        }


                        switch (alt20) {
                    	case 1 :
                    	    // InternalManifestParser.g:842:5: this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) )
                    	    {
                    	    this_COMMA_3=(Token)match(input,RULE_COMMA,FOLLOW_12); 

                    	    					newLeafNode(this_COMMA_3, grammarAccess.getFlowMappingAccess().getCOMMATerminalRuleCall_2_1_0());
                    	    				
                    	    // InternalManifestParser.g:846:5: ( (lv_entries_4_0= ruleFlowEntry ) )
                    	    // InternalManifestParser.g:847:6: (lv_entries_4_0= ruleFlowEntry )
                    	    {
                    	    // InternalManifestParser.g:847:6: (lv_entries_4_0= ruleFlowEntry )
                    	    // InternalManifestParser.g:848:7: lv_entries_4_0= ruleFlowEntry
                    	    {

                    	    							newCompositeNode(grammarAccess.getFlowMappingAccess().getEntriesFlowEntryParserRuleCall_2_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_19);
                    	    lv_entries_4_0=ruleFlowEntry();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFlowMappingRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"entries",
                    	    								lv_entries_4_0,
                    	    								"io.pilothouse.lang.Manifest.FlowEntry");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop20;
                        }
                    } while (true);

                    // InternalManifestParser.g:866:4: (this_COMMA_5= RULE_COMMA )?
                    int alt21=2;
                    int LA21_0 = input.LA(1);

                    if ( (LA21_0==RULE_COMMA) ) {
                        alt21=1;
                    }
                    switch (alt21) {
                        case 1 :
                            // InternalManifestParser.g:867:5: this_COMMA_5= RULE_COMMA
                            {
                            this_COMMA_5=(Token)match(input,RULE_COMMA,FOLLOW_20); 

                            					newLeafNode(this_COMMA_5, grammarAccess.getFlowMappingAccess().getCOMMATerminalRuleCall_2_2());
                            				

                            }
                            break;

                    }


                    }
                    break;

            }

            this_RBRACE_6=(Token)match(input,RULE_RBRACE,FOLLOW_2); 

            			newLeafNode(this_RBRACE_6, grammarAccess.getFlowMappingAccess().getRBRACETerminalRuleCall_3());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFlowMapping"


    // $ANTLR start "entryRuleFlowSequence"
    // InternalManifestParser.g:881:1: entryRuleFlowSequence returns [EObject current=null] : iv_ruleFlowSequence= ruleFlowSequence EOF ;
    public final EObject entryRuleFlowSequence() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFlowSequence = null;


        try {
            // InternalManifestParser.g:881:53: (iv_ruleFlowSequence= ruleFlowSequence EOF )
            // InternalManifestParser.g:882:2: iv_ruleFlowSequence= ruleFlowSequence EOF
            {
             newCompositeNode(grammarAccess.getFlowSequenceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFlowSequence=ruleFlowSequence();

            state._fsp--;

             current =iv_ruleFlowSequence; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFlowSequence"


    // $ANTLR start "ruleFlowSequence"
    // InternalManifestParser.g:888:1: ruleFlowSequence returns [EObject current=null] : ( () this_LBRACKET_1= RULE_LBRACKET ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACKET_6= RULE_RBRACKET ) ;
    public final EObject ruleFlowSequence() throws RecognitionException {
        EObject current = null;

        Token this_LBRACKET_1=null;
        Token this_COMMA_3=null;
        Token this_COMMA_5=null;
        Token this_RBRACKET_6=null;
        EObject lv_entries_2_0 = null;

        EObject lv_entries_4_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:894:2: ( ( () this_LBRACKET_1= RULE_LBRACKET ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACKET_6= RULE_RBRACKET ) )
            // InternalManifestParser.g:895:2: ( () this_LBRACKET_1= RULE_LBRACKET ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACKET_6= RULE_RBRACKET )
            {
            // InternalManifestParser.g:895:2: ( () this_LBRACKET_1= RULE_LBRACKET ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACKET_6= RULE_RBRACKET )
            // InternalManifestParser.g:896:3: () this_LBRACKET_1= RULE_LBRACKET ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )? this_RBRACKET_6= RULE_RBRACKET
            {
            // InternalManifestParser.g:896:3: ()
            // InternalManifestParser.g:897:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getFlowSequenceAccess().getFlowSequenceAction_0(),
            					current);
            			

            }

            this_LBRACKET_1=(Token)match(input,RULE_LBRACKET,FOLLOW_21); 

            			newLeafNode(this_LBRACKET_1, grammarAccess.getFlowSequenceAccess().getLBRACKETTerminalRuleCall_1());
            		
            // InternalManifestParser.g:907:3: ( ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )? )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( ((LA25_0>=RULE_MAP_BEGIN && LA25_0<=RULE_SEQ_BEGIN)||LA25_0==RULE_QUESTION||LA25_0==RULE_LBRACE||LA25_0==RULE_LBRACKET||(LA25_0>=RULE_ANCHOR && LA25_0<=RULE_FOLDED)) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalManifestParser.g:908:4: ( (lv_entries_2_0= ruleFlowEntry ) ) (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )* (this_COMMA_5= RULE_COMMA )?
                    {
                    // InternalManifestParser.g:908:4: ( (lv_entries_2_0= ruleFlowEntry ) )
                    // InternalManifestParser.g:909:5: (lv_entries_2_0= ruleFlowEntry )
                    {
                    // InternalManifestParser.g:909:5: (lv_entries_2_0= ruleFlowEntry )
                    // InternalManifestParser.g:910:6: lv_entries_2_0= ruleFlowEntry
                    {

                    						newCompositeNode(grammarAccess.getFlowSequenceAccess().getEntriesFlowEntryParserRuleCall_2_0_0());
                    					
                    pushFollow(FOLLOW_22);
                    lv_entries_2_0=ruleFlowEntry();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getFlowSequenceRule());
                    						}
                    						add(
                    							current,
                    							"entries",
                    							lv_entries_2_0,
                    							"io.pilothouse.lang.Manifest.FlowEntry");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalManifestParser.g:927:4: (this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) ) )*
                    loop23:
                    do {
                        int alt23=2;
                        int LA23_0 = input.LA(1);

                        if ( (LA23_0==RULE_COMMA) ) {
                            int LA23_1 = input.LA(2);

                            if ( ((LA23_1>=RULE_MAP_BEGIN && LA23_1<=RULE_SEQ_BEGIN)||LA23_1==RULE_QUESTION||LA23_1==RULE_LBRACE||LA23_1==RULE_LBRACKET||(LA23_1>=RULE_ANCHOR && LA23_1<=RULE_FOLDED)) ) {
                                alt23=1;
                            }


                        }


                        switch (alt23) {
                    	case 1 :
                    	    // InternalManifestParser.g:928:5: this_COMMA_3= RULE_COMMA ( (lv_entries_4_0= ruleFlowEntry ) )
                    	    {
                    	    this_COMMA_3=(Token)match(input,RULE_COMMA,FOLLOW_12); 

                    	    					newLeafNode(this_COMMA_3, grammarAccess.getFlowSequenceAccess().getCOMMATerminalRuleCall_2_1_0());
                    	    				
                    	    // InternalManifestParser.g:932:5: ( (lv_entries_4_0= ruleFlowEntry ) )
                    	    // InternalManifestParser.g:933:6: (lv_entries_4_0= ruleFlowEntry )
                    	    {
                    	    // InternalManifestParser.g:933:6: (lv_entries_4_0= ruleFlowEntry )
                    	    // InternalManifestParser.g:934:7: lv_entries_4_0= ruleFlowEntry
                    	    {

                    	    							newCompositeNode(grammarAccess.getFlowSequenceAccess().getEntriesFlowEntryParserRuleCall_2_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_22);
                    	    lv_entries_4_0=ruleFlowEntry();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFlowSequenceRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"entries",
                    	    								lv_entries_4_0,
                    	    								"io.pilothouse.lang.Manifest.FlowEntry");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop23;
                        }
                    } while (true);

                    // InternalManifestParser.g:952:4: (this_COMMA_5= RULE_COMMA )?
                    int alt24=2;
                    int LA24_0 = input.LA(1);

                    if ( (LA24_0==RULE_COMMA) ) {
                        alt24=1;
                    }
                    switch (alt24) {
                        case 1 :
                            // InternalManifestParser.g:953:5: this_COMMA_5= RULE_COMMA
                            {
                            this_COMMA_5=(Token)match(input,RULE_COMMA,FOLLOW_23); 

                            					newLeafNode(this_COMMA_5, grammarAccess.getFlowSequenceAccess().getCOMMATerminalRuleCall_2_2());
                            				

                            }
                            break;

                    }


                    }
                    break;

            }

            this_RBRACKET_6=(Token)match(input,RULE_RBRACKET,FOLLOW_2); 

            			newLeafNode(this_RBRACKET_6, grammarAccess.getFlowSequenceAccess().getRBRACKETTerminalRuleCall_3());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFlowSequence"


    // $ANTLR start "entryRuleFlowEntry"
    // InternalManifestParser.g:967:1: entryRuleFlowEntry returns [EObject current=null] : iv_ruleFlowEntry= ruleFlowEntry EOF ;
    public final EObject entryRuleFlowEntry() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFlowEntry = null;


        try {
            // InternalManifestParser.g:967:50: (iv_ruleFlowEntry= ruleFlowEntry EOF )
            // InternalManifestParser.g:968:2: iv_ruleFlowEntry= ruleFlowEntry EOF
            {
             newCompositeNode(grammarAccess.getFlowEntryRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFlowEntry=ruleFlowEntry();

            state._fsp--;

             current =iv_ruleFlowEntry; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFlowEntry"


    // $ANTLR start "ruleFlowEntry"
    // InternalManifestParser.g:974:1: ruleFlowEntry returns [EObject current=null] : ( ( ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? ) | ( (lv_key_2_0= ruleNode ) ) ) ( ( (lv_pair_3_0= RULE_COLON ) ) ( (lv_value_4_0= ruleNode ) )? )? ) ;
    public final EObject ruleFlowEntry() throws RecognitionException {
        EObject current = null;

        Token lv_explicit_0_0=null;
        Token lv_pair_3_0=null;
        EObject lv_key_1_0 = null;

        EObject lv_key_2_0 = null;

        EObject lv_value_4_0 = null;



        	enterRule();

        try {
            // InternalManifestParser.g:980:2: ( ( ( ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? ) | ( (lv_key_2_0= ruleNode ) ) ) ( ( (lv_pair_3_0= RULE_COLON ) ) ( (lv_value_4_0= ruleNode ) )? )? ) )
            // InternalManifestParser.g:981:2: ( ( ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? ) | ( (lv_key_2_0= ruleNode ) ) ) ( ( (lv_pair_3_0= RULE_COLON ) ) ( (lv_value_4_0= ruleNode ) )? )? )
            {
            // InternalManifestParser.g:981:2: ( ( ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? ) | ( (lv_key_2_0= ruleNode ) ) ) ( ( (lv_pair_3_0= RULE_COLON ) ) ( (lv_value_4_0= ruleNode ) )? )? )
            // InternalManifestParser.g:982:3: ( ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? ) | ( (lv_key_2_0= ruleNode ) ) ) ( ( (lv_pair_3_0= RULE_COLON ) ) ( (lv_value_4_0= ruleNode ) )? )?
            {
            // InternalManifestParser.g:982:3: ( ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? ) | ( (lv_key_2_0= ruleNode ) ) )
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==RULE_QUESTION) ) {
                alt27=1;
            }
            else if ( ((LA27_0>=RULE_MAP_BEGIN && LA27_0<=RULE_SEQ_BEGIN)||LA27_0==RULE_LBRACE||LA27_0==RULE_LBRACKET||(LA27_0>=RULE_ANCHOR && LA27_0<=RULE_FOLDED)) ) {
                alt27=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 27, 0, input);

                throw nvae;
            }
            switch (alt27) {
                case 1 :
                    // InternalManifestParser.g:983:4: ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? )
                    {
                    // InternalManifestParser.g:983:4: ( ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )? )
                    // InternalManifestParser.g:984:5: ( (lv_explicit_0_0= RULE_QUESTION ) ) ( (lv_key_1_0= ruleNode ) )?
                    {
                    // InternalManifestParser.g:984:5: ( (lv_explicit_0_0= RULE_QUESTION ) )
                    // InternalManifestParser.g:985:6: (lv_explicit_0_0= RULE_QUESTION )
                    {
                    // InternalManifestParser.g:985:6: (lv_explicit_0_0= RULE_QUESTION )
                    // InternalManifestParser.g:986:7: lv_explicit_0_0= RULE_QUESTION
                    {
                    lv_explicit_0_0=(Token)match(input,RULE_QUESTION,FOLLOW_13); 

                    							newLeafNode(lv_explicit_0_0, grammarAccess.getFlowEntryAccess().getExplicitQUESTIONTerminalRuleCall_0_0_0_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getFlowEntryRule());
                    							}
                    							setWithLastConsumed(
                    								current,
                    								"explicit",
                    								lv_explicit_0_0 != null,
                    								"io.pilothouse.lang.Manifest.QUESTION");
                    						

                    }


                    }

                    // InternalManifestParser.g:1002:5: ( (lv_key_1_0= ruleNode ) )?
                    int alt26=2;
                    int LA26_0 = input.LA(1);

                    if ( ((LA26_0>=RULE_MAP_BEGIN && LA26_0<=RULE_SEQ_BEGIN)||LA26_0==RULE_LBRACE||LA26_0==RULE_LBRACKET||(LA26_0>=RULE_ANCHOR && LA26_0<=RULE_FOLDED)) ) {
                        alt26=1;
                    }
                    switch (alt26) {
                        case 1 :
                            // InternalManifestParser.g:1003:6: (lv_key_1_0= ruleNode )
                            {
                            // InternalManifestParser.g:1003:6: (lv_key_1_0= ruleNode )
                            // InternalManifestParser.g:1004:7: lv_key_1_0= ruleNode
                            {

                            							newCompositeNode(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_0_1_0());
                            						
                            pushFollow(FOLLOW_14);
                            lv_key_1_0=ruleNode();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getFlowEntryRule());
                            							}
                            							set(
                            								current,
                            								"key",
                            								lv_key_1_0,
                            								"io.pilothouse.lang.Manifest.Node");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:1023:4: ( (lv_key_2_0= ruleNode ) )
                    {
                    // InternalManifestParser.g:1023:4: ( (lv_key_2_0= ruleNode ) )
                    // InternalManifestParser.g:1024:5: (lv_key_2_0= ruleNode )
                    {
                    // InternalManifestParser.g:1024:5: (lv_key_2_0= ruleNode )
                    // InternalManifestParser.g:1025:6: lv_key_2_0= ruleNode
                    {

                    						newCompositeNode(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_1_0());
                    					
                    pushFollow(FOLLOW_14);
                    lv_key_2_0=ruleNode();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getFlowEntryRule());
                    						}
                    						set(
                    							current,
                    							"key",
                    							lv_key_2_0,
                    							"io.pilothouse.lang.Manifest.Node");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalManifestParser.g:1043:3: ( ( (lv_pair_3_0= RULE_COLON ) ) ( (lv_value_4_0= ruleNode ) )? )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==RULE_COLON) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalManifestParser.g:1044:4: ( (lv_pair_3_0= RULE_COLON ) ) ( (lv_value_4_0= ruleNode ) )?
                    {
                    // InternalManifestParser.g:1044:4: ( (lv_pair_3_0= RULE_COLON ) )
                    // InternalManifestParser.g:1045:5: (lv_pair_3_0= RULE_COLON )
                    {
                    // InternalManifestParser.g:1045:5: (lv_pair_3_0= RULE_COLON )
                    // InternalManifestParser.g:1046:6: lv_pair_3_0= RULE_COLON
                    {
                    lv_pair_3_0=(Token)match(input,RULE_COLON,FOLLOW_7); 

                    						newLeafNode(lv_pair_3_0, grammarAccess.getFlowEntryAccess().getPairCOLONTerminalRuleCall_1_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFlowEntryRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"pair",
                    							lv_pair_3_0 != null,
                    							"io.pilothouse.lang.Manifest.COLON");
                    					

                    }


                    }

                    // InternalManifestParser.g:1062:4: ( (lv_value_4_0= ruleNode ) )?
                    int alt28=2;
                    int LA28_0 = input.LA(1);

                    if ( ((LA28_0>=RULE_MAP_BEGIN && LA28_0<=RULE_SEQ_BEGIN)||LA28_0==RULE_LBRACE||LA28_0==RULE_LBRACKET||(LA28_0>=RULE_ANCHOR && LA28_0<=RULE_FOLDED)) ) {
                        alt28=1;
                    }
                    switch (alt28) {
                        case 1 :
                            // InternalManifestParser.g:1063:5: (lv_value_4_0= ruleNode )
                            {
                            // InternalManifestParser.g:1063:5: (lv_value_4_0= ruleNode )
                            // InternalManifestParser.g:1064:6: lv_value_4_0= ruleNode
                            {

                            						newCompositeNode(grammarAccess.getFlowEntryAccess().getValueNodeParserRuleCall_1_1_0());
                            					
                            pushFollow(FOLLOW_2);
                            lv_value_4_0=ruleNode();

                            state._fsp--;


                            						if (current==null) {
                            							current = createModelElementForParent(grammarAccess.getFlowEntryRule());
                            						}
                            						set(
                            							current,
                            							"value",
                            							lv_value_4_0,
                            							"io.pilothouse.lang.Manifest.Node");
                            						afterParserOrEnumRuleCall();
                            					

                            }


                            }
                            break;

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFlowEntry"


    // $ANTLR start "entryRuleScalar"
    // InternalManifestParser.g:1086:1: entryRuleScalar returns [EObject current=null] : iv_ruleScalar= ruleScalar EOF ;
    public final EObject entryRuleScalar() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleScalar = null;


        try {
            // InternalManifestParser.g:1086:47: (iv_ruleScalar= ruleScalar EOF )
            // InternalManifestParser.g:1087:2: iv_ruleScalar= ruleScalar EOF
            {
             newCompositeNode(grammarAccess.getScalarRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleScalar=ruleScalar();

            state._fsp--;

             current =iv_ruleScalar; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleScalar"


    // $ANTLR start "ruleScalar"
    // InternalManifestParser.g:1093:1: ruleScalar returns [EObject current=null] : ( ( ruleScalarText ) ) ;
    public final EObject ruleScalar() throws RecognitionException {
        EObject current = null;


        	enterRule();

        try {
            // InternalManifestParser.g:1099:2: ( ( ( ruleScalarText ) ) )
            // InternalManifestParser.g:1100:2: ( ( ruleScalarText ) )
            {
            // InternalManifestParser.g:1100:2: ( ( ruleScalarText ) )
            // InternalManifestParser.g:1101:3: ( ruleScalarText )
            {
            // InternalManifestParser.g:1101:3: ( ruleScalarText )
            // InternalManifestParser.g:1102:4: ruleScalarText
            {

            				if (current==null) {
            					current = createModelElement(grammarAccess.getScalarRule());
            				}
            			

            				newCompositeNode(grammarAccess.getScalarAccess().getTargetDocumentCrossReference_0());
            			
            pushFollow(FOLLOW_2);
            ruleScalarText();

            state._fsp--;


            				afterParserOrEnumRuleCall();
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleScalar"


    // $ANTLR start "entryRuleScalarText"
    // InternalManifestParser.g:1119:1: entryRuleScalarText returns [String current=null] : iv_ruleScalarText= ruleScalarText EOF ;
    public final String entryRuleScalarText() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleScalarText = null;


        try {
            // InternalManifestParser.g:1119:50: (iv_ruleScalarText= ruleScalarText EOF )
            // InternalManifestParser.g:1120:2: iv_ruleScalarText= ruleScalarText EOF
            {
             newCompositeNode(grammarAccess.getScalarTextRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleScalarText=ruleScalarText();

            state._fsp--;

             current =iv_ruleScalarText.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleScalarText"


    // $ANTLR start "ruleScalarText"
    // InternalManifestParser.g:1126:1: ruleScalarText returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_PLAIN_0= RULE_PLAIN | this_SINGLE_QUOTED_1= RULE_SINGLE_QUOTED | this_DOUBLE_QUOTED_2= RULE_DOUBLE_QUOTED | this_LITERAL_3= RULE_LITERAL | this_FOLDED_4= RULE_FOLDED ) ;
    public final AntlrDatatypeRuleToken ruleScalarText() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_PLAIN_0=null;
        Token this_SINGLE_QUOTED_1=null;
        Token this_DOUBLE_QUOTED_2=null;
        Token this_LITERAL_3=null;
        Token this_FOLDED_4=null;


        	enterRule();

        try {
            // InternalManifestParser.g:1132:2: ( (this_PLAIN_0= RULE_PLAIN | this_SINGLE_QUOTED_1= RULE_SINGLE_QUOTED | this_DOUBLE_QUOTED_2= RULE_DOUBLE_QUOTED | this_LITERAL_3= RULE_LITERAL | this_FOLDED_4= RULE_FOLDED ) )
            // InternalManifestParser.g:1133:2: (this_PLAIN_0= RULE_PLAIN | this_SINGLE_QUOTED_1= RULE_SINGLE_QUOTED | this_DOUBLE_QUOTED_2= RULE_DOUBLE_QUOTED | this_LITERAL_3= RULE_LITERAL | this_FOLDED_4= RULE_FOLDED )
            {
            // InternalManifestParser.g:1133:2: (this_PLAIN_0= RULE_PLAIN | this_SINGLE_QUOTED_1= RULE_SINGLE_QUOTED | this_DOUBLE_QUOTED_2= RULE_DOUBLE_QUOTED | this_LITERAL_3= RULE_LITERAL | this_FOLDED_4= RULE_FOLDED )
            int alt30=5;
            switch ( input.LA(1) ) {
            case RULE_PLAIN:
                {
                alt30=1;
                }
                break;
            case RULE_SINGLE_QUOTED:
                {
                alt30=2;
                }
                break;
            case RULE_DOUBLE_QUOTED:
                {
                alt30=3;
                }
                break;
            case RULE_LITERAL:
                {
                alt30=4;
                }
                break;
            case RULE_FOLDED:
                {
                alt30=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 30, 0, input);

                throw nvae;
            }

            switch (alt30) {
                case 1 :
                    // InternalManifestParser.g:1134:3: this_PLAIN_0= RULE_PLAIN
                    {
                    this_PLAIN_0=(Token)match(input,RULE_PLAIN,FOLLOW_2); 

                    			current.merge(this_PLAIN_0);
                    		

                    			newLeafNode(this_PLAIN_0, grammarAccess.getScalarTextAccess().getPLAINTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:1142:3: this_SINGLE_QUOTED_1= RULE_SINGLE_QUOTED
                    {
                    this_SINGLE_QUOTED_1=(Token)match(input,RULE_SINGLE_QUOTED,FOLLOW_2); 

                    			current.merge(this_SINGLE_QUOTED_1);
                    		

                    			newLeafNode(this_SINGLE_QUOTED_1, grammarAccess.getScalarTextAccess().getSINGLE_QUOTEDTerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalManifestParser.g:1150:3: this_DOUBLE_QUOTED_2= RULE_DOUBLE_QUOTED
                    {
                    this_DOUBLE_QUOTED_2=(Token)match(input,RULE_DOUBLE_QUOTED,FOLLOW_2); 

                    			current.merge(this_DOUBLE_QUOTED_2);
                    		

                    			newLeafNode(this_DOUBLE_QUOTED_2, grammarAccess.getScalarTextAccess().getDOUBLE_QUOTEDTerminalRuleCall_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalManifestParser.g:1158:3: this_LITERAL_3= RULE_LITERAL
                    {
                    this_LITERAL_3=(Token)match(input,RULE_LITERAL,FOLLOW_2); 

                    			current.merge(this_LITERAL_3);
                    		

                    			newLeafNode(this_LITERAL_3, grammarAccess.getScalarTextAccess().getLITERALTerminalRuleCall_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalManifestParser.g:1166:3: this_FOLDED_4= RULE_FOLDED
                    {
                    this_FOLDED_4=(Token)match(input,RULE_FOLDED,FOLLOW_2); 

                    			current.merge(this_FOLDED_4);
                    		

                    			newLeafNode(this_FOLDED_4, grammarAccess.getScalarTextAccess().getFOLDEDTerminalRuleCall_4());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleScalarText"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000032L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000000030L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000007F941C2L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000042L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000007F94182L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000200002L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000080002L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000400L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000600L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000007F94980L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000007F96182L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000002002L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000001200L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000007F9C980L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000048000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000007FB4980L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000060000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000000020000L});

}