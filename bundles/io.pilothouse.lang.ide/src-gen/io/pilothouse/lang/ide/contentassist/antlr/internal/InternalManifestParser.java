package io.pilothouse.lang.ide.contentassist.antlr.internal;
import java.util.Map;
import java.util.HashMap;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import io.pilothouse.lang.services.ManifestGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalManifestParser extends AbstractInternalContentAssistParser {
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
    	private final Map<String, String> tokenNameToValue = new HashMap<String, String>();
    	
    	{
    	}

    	public void setGrammarAccess(ManifestGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		String result = tokenNameToValue.get(tokenName);
    		if (result == null)
    			result = tokenName;
    		return result;
    	}



    // $ANTLR start "entryRuleStream"
    // InternalManifestParser.g:55:1: entryRuleStream : ruleStream EOF ;
    public final void entryRuleStream() throws RecognitionException {
        try {
            // InternalManifestParser.g:56:1: ( ruleStream EOF )
            // InternalManifestParser.g:57:1: ruleStream EOF
            {
             before(grammarAccess.getStreamRule()); 
            pushFollow(FOLLOW_1);
            ruleStream();

            state._fsp--;

             after(grammarAccess.getStreamRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleStream"


    // $ANTLR start "ruleStream"
    // InternalManifestParser.g:64:1: ruleStream : ( ( rule__Stream__Group__0 ) ) ;
    public final void ruleStream() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:68:2: ( ( ( rule__Stream__Group__0 ) ) )
            // InternalManifestParser.g:69:2: ( ( rule__Stream__Group__0 ) )
            {
            // InternalManifestParser.g:69:2: ( ( rule__Stream__Group__0 ) )
            // InternalManifestParser.g:70:3: ( rule__Stream__Group__0 )
            {
             before(grammarAccess.getStreamAccess().getGroup()); 
            // InternalManifestParser.g:71:3: ( rule__Stream__Group__0 )
            // InternalManifestParser.g:71:4: rule__Stream__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Stream__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStreamAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleStream"


    // $ANTLR start "entryRuleDocument"
    // InternalManifestParser.g:80:1: entryRuleDocument : ruleDocument EOF ;
    public final void entryRuleDocument() throws RecognitionException {
        try {
            // InternalManifestParser.g:81:1: ( ruleDocument EOF )
            // InternalManifestParser.g:82:1: ruleDocument EOF
            {
             before(grammarAccess.getDocumentRule()); 
            pushFollow(FOLLOW_1);
            ruleDocument();

            state._fsp--;

             after(grammarAccess.getDocumentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDocument"


    // $ANTLR start "ruleDocument"
    // InternalManifestParser.g:89:1: ruleDocument : ( ( rule__Document__Group__0 ) ) ;
    public final void ruleDocument() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:93:2: ( ( ( rule__Document__Group__0 ) ) )
            // InternalManifestParser.g:94:2: ( ( rule__Document__Group__0 ) )
            {
            // InternalManifestParser.g:94:2: ( ( rule__Document__Group__0 ) )
            // InternalManifestParser.g:95:3: ( rule__Document__Group__0 )
            {
             before(grammarAccess.getDocumentAccess().getGroup()); 
            // InternalManifestParser.g:96:3: ( rule__Document__Group__0 )
            // InternalManifestParser.g:96:4: rule__Document__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Document__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDocumentAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDocument"


    // $ANTLR start "entryRuleDirective"
    // InternalManifestParser.g:105:1: entryRuleDirective : ruleDirective EOF ;
    public final void entryRuleDirective() throws RecognitionException {
        try {
            // InternalManifestParser.g:106:1: ( ruleDirective EOF )
            // InternalManifestParser.g:107:1: ruleDirective EOF
            {
             before(grammarAccess.getDirectiveRule()); 
            pushFollow(FOLLOW_1);
            ruleDirective();

            state._fsp--;

             after(grammarAccess.getDirectiveRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDirective"


    // $ANTLR start "ruleDirective"
    // InternalManifestParser.g:114:1: ruleDirective : ( ( rule__Directive__TextAssignment ) ) ;
    public final void ruleDirective() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:118:2: ( ( ( rule__Directive__TextAssignment ) ) )
            // InternalManifestParser.g:119:2: ( ( rule__Directive__TextAssignment ) )
            {
            // InternalManifestParser.g:119:2: ( ( rule__Directive__TextAssignment ) )
            // InternalManifestParser.g:120:3: ( rule__Directive__TextAssignment )
            {
             before(grammarAccess.getDirectiveAccess().getTextAssignment()); 
            // InternalManifestParser.g:121:3: ( rule__Directive__TextAssignment )
            // InternalManifestParser.g:121:4: rule__Directive__TextAssignment
            {
            pushFollow(FOLLOW_2);
            rule__Directive__TextAssignment();

            state._fsp--;


            }

             after(grammarAccess.getDirectiveAccess().getTextAssignment()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDirective"


    // $ANTLR start "entryRuleNode"
    // InternalManifestParser.g:130:1: entryRuleNode : ruleNode EOF ;
    public final void entryRuleNode() throws RecognitionException {
        try {
            // InternalManifestParser.g:131:1: ( ruleNode EOF )
            // InternalManifestParser.g:132:1: ruleNode EOF
            {
             before(grammarAccess.getNodeRule()); 
            pushFollow(FOLLOW_1);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getNodeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleNode"


    // $ANTLR start "ruleNode"
    // InternalManifestParser.g:139:1: ruleNode : ( ( rule__Node__Alternatives ) ) ;
    public final void ruleNode() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:143:2: ( ( ( rule__Node__Alternatives ) ) )
            // InternalManifestParser.g:144:2: ( ( rule__Node__Alternatives ) )
            {
            // InternalManifestParser.g:144:2: ( ( rule__Node__Alternatives ) )
            // InternalManifestParser.g:145:3: ( rule__Node__Alternatives )
            {
             before(grammarAccess.getNodeAccess().getAlternatives()); 
            // InternalManifestParser.g:146:3: ( rule__Node__Alternatives )
            // InternalManifestParser.g:146:4: rule__Node__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Node__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getNodeAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleNode"


    // $ANTLR start "entryRuleAliasNode"
    // InternalManifestParser.g:155:1: entryRuleAliasNode : ruleAliasNode EOF ;
    public final void entryRuleAliasNode() throws RecognitionException {
        try {
            // InternalManifestParser.g:156:1: ( ruleAliasNode EOF )
            // InternalManifestParser.g:157:1: ruleAliasNode EOF
            {
             before(grammarAccess.getAliasNodeRule()); 
            pushFollow(FOLLOW_1);
            ruleAliasNode();

            state._fsp--;

             after(grammarAccess.getAliasNodeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAliasNode"


    // $ANTLR start "ruleAliasNode"
    // InternalManifestParser.g:164:1: ruleAliasNode : ( ( rule__AliasNode__AliasAssignment ) ) ;
    public final void ruleAliasNode() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:168:2: ( ( ( rule__AliasNode__AliasAssignment ) ) )
            // InternalManifestParser.g:169:2: ( ( rule__AliasNode__AliasAssignment ) )
            {
            // InternalManifestParser.g:169:2: ( ( rule__AliasNode__AliasAssignment ) )
            // InternalManifestParser.g:170:3: ( rule__AliasNode__AliasAssignment )
            {
             before(grammarAccess.getAliasNodeAccess().getAliasAssignment()); 
            // InternalManifestParser.g:171:3: ( rule__AliasNode__AliasAssignment )
            // InternalManifestParser.g:171:4: rule__AliasNode__AliasAssignment
            {
            pushFollow(FOLLOW_2);
            rule__AliasNode__AliasAssignment();

            state._fsp--;


            }

             after(grammarAccess.getAliasNodeAccess().getAliasAssignment()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAliasNode"


    // $ANTLR start "entryRuleContentNode"
    // InternalManifestParser.g:180:1: entryRuleContentNode : ruleContentNode EOF ;
    public final void entryRuleContentNode() throws RecognitionException {
        try {
            // InternalManifestParser.g:181:1: ( ruleContentNode EOF )
            // InternalManifestParser.g:182:1: ruleContentNode EOF
            {
             before(grammarAccess.getContentNodeRule()); 
            pushFollow(FOLLOW_1);
            ruleContentNode();

            state._fsp--;

             after(grammarAccess.getContentNodeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleContentNode"


    // $ANTLR start "ruleContentNode"
    // InternalManifestParser.g:189:1: ruleContentNode : ( ( rule__ContentNode__Alternatives ) ) ;
    public final void ruleContentNode() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:193:2: ( ( ( rule__ContentNode__Alternatives ) ) )
            // InternalManifestParser.g:194:2: ( ( rule__ContentNode__Alternatives ) )
            {
            // InternalManifestParser.g:194:2: ( ( rule__ContentNode__Alternatives ) )
            // InternalManifestParser.g:195:3: ( rule__ContentNode__Alternatives )
            {
             before(grammarAccess.getContentNodeAccess().getAlternatives()); 
            // InternalManifestParser.g:196:3: ( rule__ContentNode__Alternatives )
            // InternalManifestParser.g:196:4: rule__ContentNode__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ContentNode__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getContentNodeAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleContentNode"


    // $ANTLR start "entryRuleProperties"
    // InternalManifestParser.g:205:1: entryRuleProperties : ruleProperties EOF ;
    public final void entryRuleProperties() throws RecognitionException {
        try {
            // InternalManifestParser.g:206:1: ( ruleProperties EOF )
            // InternalManifestParser.g:207:1: ruleProperties EOF
            {
             before(grammarAccess.getPropertiesRule()); 
            pushFollow(FOLLOW_1);
            ruleProperties();

            state._fsp--;

             after(grammarAccess.getPropertiesRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleProperties"


    // $ANTLR start "ruleProperties"
    // InternalManifestParser.g:214:1: ruleProperties : ( ( rule__Properties__Alternatives ) ) ;
    public final void ruleProperties() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:218:2: ( ( ( rule__Properties__Alternatives ) ) )
            // InternalManifestParser.g:219:2: ( ( rule__Properties__Alternatives ) )
            {
            // InternalManifestParser.g:219:2: ( ( rule__Properties__Alternatives ) )
            // InternalManifestParser.g:220:3: ( rule__Properties__Alternatives )
            {
             before(grammarAccess.getPropertiesAccess().getAlternatives()); 
            // InternalManifestParser.g:221:3: ( rule__Properties__Alternatives )
            // InternalManifestParser.g:221:4: rule__Properties__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Properties__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getPropertiesAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleProperties"


    // $ANTLR start "entryRuleValue"
    // InternalManifestParser.g:230:1: entryRuleValue : ruleValue EOF ;
    public final void entryRuleValue() throws RecognitionException {
        try {
            // InternalManifestParser.g:231:1: ( ruleValue EOF )
            // InternalManifestParser.g:232:1: ruleValue EOF
            {
             before(grammarAccess.getValueRule()); 
            pushFollow(FOLLOW_1);
            ruleValue();

            state._fsp--;

             after(grammarAccess.getValueRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleValue"


    // $ANTLR start "ruleValue"
    // InternalManifestParser.g:239:1: ruleValue : ( ( rule__Value__Alternatives ) ) ;
    public final void ruleValue() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:243:2: ( ( ( rule__Value__Alternatives ) ) )
            // InternalManifestParser.g:244:2: ( ( rule__Value__Alternatives ) )
            {
            // InternalManifestParser.g:244:2: ( ( rule__Value__Alternatives ) )
            // InternalManifestParser.g:245:3: ( rule__Value__Alternatives )
            {
             before(grammarAccess.getValueAccess().getAlternatives()); 
            // InternalManifestParser.g:246:3: ( rule__Value__Alternatives )
            // InternalManifestParser.g:246:4: rule__Value__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Value__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getValueAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleValue"


    // $ANTLR start "entryRuleBlockMapping"
    // InternalManifestParser.g:255:1: entryRuleBlockMapping : ruleBlockMapping EOF ;
    public final void entryRuleBlockMapping() throws RecognitionException {
        try {
            // InternalManifestParser.g:256:1: ( ruleBlockMapping EOF )
            // InternalManifestParser.g:257:1: ruleBlockMapping EOF
            {
             before(grammarAccess.getBlockMappingRule()); 
            pushFollow(FOLLOW_1);
            ruleBlockMapping();

            state._fsp--;

             after(grammarAccess.getBlockMappingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBlockMapping"


    // $ANTLR start "ruleBlockMapping"
    // InternalManifestParser.g:264:1: ruleBlockMapping : ( ( rule__BlockMapping__Group__0 ) ) ;
    public final void ruleBlockMapping() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:268:2: ( ( ( rule__BlockMapping__Group__0 ) ) )
            // InternalManifestParser.g:269:2: ( ( rule__BlockMapping__Group__0 ) )
            {
            // InternalManifestParser.g:269:2: ( ( rule__BlockMapping__Group__0 ) )
            // InternalManifestParser.g:270:3: ( rule__BlockMapping__Group__0 )
            {
             before(grammarAccess.getBlockMappingAccess().getGroup()); 
            // InternalManifestParser.g:271:3: ( rule__BlockMapping__Group__0 )
            // InternalManifestParser.g:271:4: rule__BlockMapping__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__BlockMapping__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBlockMappingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBlockMapping"


    // $ANTLR start "entryRuleMappingEntry"
    // InternalManifestParser.g:280:1: entryRuleMappingEntry : ruleMappingEntry EOF ;
    public final void entryRuleMappingEntry() throws RecognitionException {
        try {
            // InternalManifestParser.g:281:1: ( ruleMappingEntry EOF )
            // InternalManifestParser.g:282:1: ruleMappingEntry EOF
            {
             before(grammarAccess.getMappingEntryRule()); 
            pushFollow(FOLLOW_1);
            ruleMappingEntry();

            state._fsp--;

             after(grammarAccess.getMappingEntryRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMappingEntry"


    // $ANTLR start "ruleMappingEntry"
    // InternalManifestParser.g:289:1: ruleMappingEntry : ( ( rule__MappingEntry__Group__0 ) ) ;
    public final void ruleMappingEntry() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:293:2: ( ( ( rule__MappingEntry__Group__0 ) ) )
            // InternalManifestParser.g:294:2: ( ( rule__MappingEntry__Group__0 ) )
            {
            // InternalManifestParser.g:294:2: ( ( rule__MappingEntry__Group__0 ) )
            // InternalManifestParser.g:295:3: ( rule__MappingEntry__Group__0 )
            {
             before(grammarAccess.getMappingEntryAccess().getGroup()); 
            // InternalManifestParser.g:296:3: ( rule__MappingEntry__Group__0 )
            // InternalManifestParser.g:296:4: rule__MappingEntry__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMappingEntryAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMappingEntry"


    // $ANTLR start "entryRuleBlockSequence"
    // InternalManifestParser.g:305:1: entryRuleBlockSequence : ruleBlockSequence EOF ;
    public final void entryRuleBlockSequence() throws RecognitionException {
        try {
            // InternalManifestParser.g:306:1: ( ruleBlockSequence EOF )
            // InternalManifestParser.g:307:1: ruleBlockSequence EOF
            {
             before(grammarAccess.getBlockSequenceRule()); 
            pushFollow(FOLLOW_1);
            ruleBlockSequence();

            state._fsp--;

             after(grammarAccess.getBlockSequenceRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBlockSequence"


    // $ANTLR start "ruleBlockSequence"
    // InternalManifestParser.g:314:1: ruleBlockSequence : ( ( rule__BlockSequence__Group__0 ) ) ;
    public final void ruleBlockSequence() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:318:2: ( ( ( rule__BlockSequence__Group__0 ) ) )
            // InternalManifestParser.g:319:2: ( ( rule__BlockSequence__Group__0 ) )
            {
            // InternalManifestParser.g:319:2: ( ( rule__BlockSequence__Group__0 ) )
            // InternalManifestParser.g:320:3: ( rule__BlockSequence__Group__0 )
            {
             before(grammarAccess.getBlockSequenceAccess().getGroup()); 
            // InternalManifestParser.g:321:3: ( rule__BlockSequence__Group__0 )
            // InternalManifestParser.g:321:4: rule__BlockSequence__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__BlockSequence__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBlockSequenceAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBlockSequence"


    // $ANTLR start "entryRuleSequenceItem"
    // InternalManifestParser.g:330:1: entryRuleSequenceItem : ruleSequenceItem EOF ;
    public final void entryRuleSequenceItem() throws RecognitionException {
        try {
            // InternalManifestParser.g:331:1: ( ruleSequenceItem EOF )
            // InternalManifestParser.g:332:1: ruleSequenceItem EOF
            {
             before(grammarAccess.getSequenceItemRule()); 
            pushFollow(FOLLOW_1);
            ruleSequenceItem();

            state._fsp--;

             after(grammarAccess.getSequenceItemRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSequenceItem"


    // $ANTLR start "ruleSequenceItem"
    // InternalManifestParser.g:339:1: ruleSequenceItem : ( ( rule__SequenceItem__Group__0 ) ) ;
    public final void ruleSequenceItem() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:343:2: ( ( ( rule__SequenceItem__Group__0 ) ) )
            // InternalManifestParser.g:344:2: ( ( rule__SequenceItem__Group__0 ) )
            {
            // InternalManifestParser.g:344:2: ( ( rule__SequenceItem__Group__0 ) )
            // InternalManifestParser.g:345:3: ( rule__SequenceItem__Group__0 )
            {
             before(grammarAccess.getSequenceItemAccess().getGroup()); 
            // InternalManifestParser.g:346:3: ( rule__SequenceItem__Group__0 )
            // InternalManifestParser.g:346:4: rule__SequenceItem__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SequenceItem__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSequenceItemAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSequenceItem"


    // $ANTLR start "entryRuleFlowMapping"
    // InternalManifestParser.g:355:1: entryRuleFlowMapping : ruleFlowMapping EOF ;
    public final void entryRuleFlowMapping() throws RecognitionException {
        try {
            // InternalManifestParser.g:356:1: ( ruleFlowMapping EOF )
            // InternalManifestParser.g:357:1: ruleFlowMapping EOF
            {
             before(grammarAccess.getFlowMappingRule()); 
            pushFollow(FOLLOW_1);
            ruleFlowMapping();

            state._fsp--;

             after(grammarAccess.getFlowMappingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleFlowMapping"


    // $ANTLR start "ruleFlowMapping"
    // InternalManifestParser.g:364:1: ruleFlowMapping : ( ( rule__FlowMapping__Group__0 ) ) ;
    public final void ruleFlowMapping() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:368:2: ( ( ( rule__FlowMapping__Group__0 ) ) )
            // InternalManifestParser.g:369:2: ( ( rule__FlowMapping__Group__0 ) )
            {
            // InternalManifestParser.g:369:2: ( ( rule__FlowMapping__Group__0 ) )
            // InternalManifestParser.g:370:3: ( rule__FlowMapping__Group__0 )
            {
             before(grammarAccess.getFlowMappingAccess().getGroup()); 
            // InternalManifestParser.g:371:3: ( rule__FlowMapping__Group__0 )
            // InternalManifestParser.g:371:4: rule__FlowMapping__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getFlowMappingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleFlowMapping"


    // $ANTLR start "entryRuleFlowSequence"
    // InternalManifestParser.g:380:1: entryRuleFlowSequence : ruleFlowSequence EOF ;
    public final void entryRuleFlowSequence() throws RecognitionException {
        try {
            // InternalManifestParser.g:381:1: ( ruleFlowSequence EOF )
            // InternalManifestParser.g:382:1: ruleFlowSequence EOF
            {
             before(grammarAccess.getFlowSequenceRule()); 
            pushFollow(FOLLOW_1);
            ruleFlowSequence();

            state._fsp--;

             after(grammarAccess.getFlowSequenceRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleFlowSequence"


    // $ANTLR start "ruleFlowSequence"
    // InternalManifestParser.g:389:1: ruleFlowSequence : ( ( rule__FlowSequence__Group__0 ) ) ;
    public final void ruleFlowSequence() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:393:2: ( ( ( rule__FlowSequence__Group__0 ) ) )
            // InternalManifestParser.g:394:2: ( ( rule__FlowSequence__Group__0 ) )
            {
            // InternalManifestParser.g:394:2: ( ( rule__FlowSequence__Group__0 ) )
            // InternalManifestParser.g:395:3: ( rule__FlowSequence__Group__0 )
            {
             before(grammarAccess.getFlowSequenceAccess().getGroup()); 
            // InternalManifestParser.g:396:3: ( rule__FlowSequence__Group__0 )
            // InternalManifestParser.g:396:4: rule__FlowSequence__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getFlowSequenceAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleFlowSequence"


    // $ANTLR start "entryRuleFlowEntry"
    // InternalManifestParser.g:405:1: entryRuleFlowEntry : ruleFlowEntry EOF ;
    public final void entryRuleFlowEntry() throws RecognitionException {
        try {
            // InternalManifestParser.g:406:1: ( ruleFlowEntry EOF )
            // InternalManifestParser.g:407:1: ruleFlowEntry EOF
            {
             before(grammarAccess.getFlowEntryRule()); 
            pushFollow(FOLLOW_1);
            ruleFlowEntry();

            state._fsp--;

             after(grammarAccess.getFlowEntryRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleFlowEntry"


    // $ANTLR start "ruleFlowEntry"
    // InternalManifestParser.g:414:1: ruleFlowEntry : ( ( rule__FlowEntry__Group__0 ) ) ;
    public final void ruleFlowEntry() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:418:2: ( ( ( rule__FlowEntry__Group__0 ) ) )
            // InternalManifestParser.g:419:2: ( ( rule__FlowEntry__Group__0 ) )
            {
            // InternalManifestParser.g:419:2: ( ( rule__FlowEntry__Group__0 ) )
            // InternalManifestParser.g:420:3: ( rule__FlowEntry__Group__0 )
            {
             before(grammarAccess.getFlowEntryAccess().getGroup()); 
            // InternalManifestParser.g:421:3: ( rule__FlowEntry__Group__0 )
            // InternalManifestParser.g:421:4: rule__FlowEntry__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getFlowEntryAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleFlowEntry"


    // $ANTLR start "entryRuleScalar"
    // InternalManifestParser.g:430:1: entryRuleScalar : ruleScalar EOF ;
    public final void entryRuleScalar() throws RecognitionException {
        try {
            // InternalManifestParser.g:431:1: ( ruleScalar EOF )
            // InternalManifestParser.g:432:1: ruleScalar EOF
            {
             before(grammarAccess.getScalarRule()); 
            pushFollow(FOLLOW_1);
            ruleScalar();

            state._fsp--;

             after(grammarAccess.getScalarRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleScalar"


    // $ANTLR start "ruleScalar"
    // InternalManifestParser.g:439:1: ruleScalar : ( ( rule__Scalar__TargetAssignment ) ) ;
    public final void ruleScalar() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:443:2: ( ( ( rule__Scalar__TargetAssignment ) ) )
            // InternalManifestParser.g:444:2: ( ( rule__Scalar__TargetAssignment ) )
            {
            // InternalManifestParser.g:444:2: ( ( rule__Scalar__TargetAssignment ) )
            // InternalManifestParser.g:445:3: ( rule__Scalar__TargetAssignment )
            {
             before(grammarAccess.getScalarAccess().getTargetAssignment()); 
            // InternalManifestParser.g:446:3: ( rule__Scalar__TargetAssignment )
            // InternalManifestParser.g:446:4: rule__Scalar__TargetAssignment
            {
            pushFollow(FOLLOW_2);
            rule__Scalar__TargetAssignment();

            state._fsp--;


            }

             after(grammarAccess.getScalarAccess().getTargetAssignment()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleScalar"


    // $ANTLR start "entryRuleScalarText"
    // InternalManifestParser.g:455:1: entryRuleScalarText : ruleScalarText EOF ;
    public final void entryRuleScalarText() throws RecognitionException {
        try {
            // InternalManifestParser.g:456:1: ( ruleScalarText EOF )
            // InternalManifestParser.g:457:1: ruleScalarText EOF
            {
             before(grammarAccess.getScalarTextRule()); 
            pushFollow(FOLLOW_1);
            ruleScalarText();

            state._fsp--;

             after(grammarAccess.getScalarTextRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleScalarText"


    // $ANTLR start "ruleScalarText"
    // InternalManifestParser.g:464:1: ruleScalarText : ( ( rule__ScalarText__Alternatives ) ) ;
    public final void ruleScalarText() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:468:2: ( ( ( rule__ScalarText__Alternatives ) ) )
            // InternalManifestParser.g:469:2: ( ( rule__ScalarText__Alternatives ) )
            {
            // InternalManifestParser.g:469:2: ( ( rule__ScalarText__Alternatives ) )
            // InternalManifestParser.g:470:3: ( rule__ScalarText__Alternatives )
            {
             before(grammarAccess.getScalarTextAccess().getAlternatives()); 
            // InternalManifestParser.g:471:3: ( rule__ScalarText__Alternatives )
            // InternalManifestParser.g:471:4: rule__ScalarText__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ScalarText__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getScalarTextAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleScalarText"


    // $ANTLR start "rule__Node__Alternatives"
    // InternalManifestParser.g:479:1: rule__Node__Alternatives : ( ( ruleAliasNode ) | ( ruleContentNode ) );
    public final void rule__Node__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:483:1: ( ( ruleAliasNode ) | ( ruleContentNode ) )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==RULE_ALIAS) ) {
                alt1=1;
            }
            else if ( ((LA1_0>=RULE_MAP_BEGIN && LA1_0<=RULE_SEQ_BEGIN)||LA1_0==RULE_LBRACE||LA1_0==RULE_LBRACKET||LA1_0==RULE_ANCHOR||(LA1_0>=RULE_TAG && LA1_0<=RULE_FOLDED)) ) {
                alt1=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }
            switch (alt1) {
                case 1 :
                    // InternalManifestParser.g:484:2: ( ruleAliasNode )
                    {
                    // InternalManifestParser.g:484:2: ( ruleAliasNode )
                    // InternalManifestParser.g:485:3: ruleAliasNode
                    {
                     before(grammarAccess.getNodeAccess().getAliasNodeParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleAliasNode();

                    state._fsp--;

                     after(grammarAccess.getNodeAccess().getAliasNodeParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:490:2: ( ruleContentNode )
                    {
                    // InternalManifestParser.g:490:2: ( ruleContentNode )
                    // InternalManifestParser.g:491:3: ruleContentNode
                    {
                     before(grammarAccess.getNodeAccess().getContentNodeParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleContentNode();

                    state._fsp--;

                     after(grammarAccess.getNodeAccess().getContentNodeParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Node__Alternatives"


    // $ANTLR start "rule__ContentNode__Alternatives"
    // InternalManifestParser.g:500:1: rule__ContentNode__Alternatives : ( ( ( rule__ContentNode__Group_0__0 ) ) | ( ( rule__ContentNode__ValueAssignment_1 ) ) );
    public final void rule__ContentNode__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:504:1: ( ( ( rule__ContentNode__Group_0__0 ) ) | ( ( rule__ContentNode__ValueAssignment_1 ) ) )
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==RULE_ANCHOR||LA2_0==RULE_TAG) ) {
                alt2=1;
            }
            else if ( ((LA2_0>=RULE_MAP_BEGIN && LA2_0<=RULE_SEQ_BEGIN)||LA2_0==RULE_LBRACE||LA2_0==RULE_LBRACKET||(LA2_0>=RULE_PLAIN && LA2_0<=RULE_FOLDED)) ) {
                alt2=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }
            switch (alt2) {
                case 1 :
                    // InternalManifestParser.g:505:2: ( ( rule__ContentNode__Group_0__0 ) )
                    {
                    // InternalManifestParser.g:505:2: ( ( rule__ContentNode__Group_0__0 ) )
                    // InternalManifestParser.g:506:3: ( rule__ContentNode__Group_0__0 )
                    {
                     before(grammarAccess.getContentNodeAccess().getGroup_0()); 
                    // InternalManifestParser.g:507:3: ( rule__ContentNode__Group_0__0 )
                    // InternalManifestParser.g:507:4: rule__ContentNode__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ContentNode__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getContentNodeAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:511:2: ( ( rule__ContentNode__ValueAssignment_1 ) )
                    {
                    // InternalManifestParser.g:511:2: ( ( rule__ContentNode__ValueAssignment_1 ) )
                    // InternalManifestParser.g:512:3: ( rule__ContentNode__ValueAssignment_1 )
                    {
                     before(grammarAccess.getContentNodeAccess().getValueAssignment_1()); 
                    // InternalManifestParser.g:513:3: ( rule__ContentNode__ValueAssignment_1 )
                    // InternalManifestParser.g:513:4: rule__ContentNode__ValueAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__ContentNode__ValueAssignment_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getContentNodeAccess().getValueAssignment_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__Alternatives"


    // $ANTLR start "rule__Properties__Alternatives"
    // InternalManifestParser.g:521:1: rule__Properties__Alternatives : ( ( ( rule__Properties__Group_0__0 ) ) | ( ( rule__Properties__Group_1__0 ) ) );
    public final void rule__Properties__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:525:1: ( ( ( rule__Properties__Group_0__0 ) ) | ( ( rule__Properties__Group_1__0 ) ) )
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==RULE_ANCHOR) ) {
                alt3=1;
            }
            else if ( (LA3_0==RULE_TAG) ) {
                alt3=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }
            switch (alt3) {
                case 1 :
                    // InternalManifestParser.g:526:2: ( ( rule__Properties__Group_0__0 ) )
                    {
                    // InternalManifestParser.g:526:2: ( ( rule__Properties__Group_0__0 ) )
                    // InternalManifestParser.g:527:3: ( rule__Properties__Group_0__0 )
                    {
                     before(grammarAccess.getPropertiesAccess().getGroup_0()); 
                    // InternalManifestParser.g:528:3: ( rule__Properties__Group_0__0 )
                    // InternalManifestParser.g:528:4: rule__Properties__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Properties__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPropertiesAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:532:2: ( ( rule__Properties__Group_1__0 ) )
                    {
                    // InternalManifestParser.g:532:2: ( ( rule__Properties__Group_1__0 ) )
                    // InternalManifestParser.g:533:3: ( rule__Properties__Group_1__0 )
                    {
                     before(grammarAccess.getPropertiesAccess().getGroup_1()); 
                    // InternalManifestParser.g:534:3: ( rule__Properties__Group_1__0 )
                    // InternalManifestParser.g:534:4: rule__Properties__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Properties__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPropertiesAccess().getGroup_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Alternatives"


    // $ANTLR start "rule__Value__Alternatives"
    // InternalManifestParser.g:542:1: rule__Value__Alternatives : ( ( ruleBlockMapping ) | ( ruleBlockSequence ) | ( ruleFlowMapping ) | ( ruleFlowSequence ) | ( ruleScalar ) );
    public final void rule__Value__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:546:1: ( ( ruleBlockMapping ) | ( ruleBlockSequence ) | ( ruleFlowMapping ) | ( ruleFlowSequence ) | ( ruleScalar ) )
            int alt4=5;
            switch ( input.LA(1) ) {
            case RULE_MAP_BEGIN:
                {
                alt4=1;
                }
                break;
            case RULE_SEQ_BEGIN:
                {
                alt4=2;
                }
                break;
            case RULE_LBRACE:
                {
                alt4=3;
                }
                break;
            case RULE_LBRACKET:
                {
                alt4=4;
                }
                break;
            case RULE_PLAIN:
            case RULE_SINGLE_QUOTED:
            case RULE_DOUBLE_QUOTED:
            case RULE_LITERAL:
            case RULE_FOLDED:
                {
                alt4=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }

            switch (alt4) {
                case 1 :
                    // InternalManifestParser.g:547:2: ( ruleBlockMapping )
                    {
                    // InternalManifestParser.g:547:2: ( ruleBlockMapping )
                    // InternalManifestParser.g:548:3: ruleBlockMapping
                    {
                     before(grammarAccess.getValueAccess().getBlockMappingParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleBlockMapping();

                    state._fsp--;

                     after(grammarAccess.getValueAccess().getBlockMappingParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:553:2: ( ruleBlockSequence )
                    {
                    // InternalManifestParser.g:553:2: ( ruleBlockSequence )
                    // InternalManifestParser.g:554:3: ruleBlockSequence
                    {
                     before(grammarAccess.getValueAccess().getBlockSequenceParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleBlockSequence();

                    state._fsp--;

                     after(grammarAccess.getValueAccess().getBlockSequenceParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalManifestParser.g:559:2: ( ruleFlowMapping )
                    {
                    // InternalManifestParser.g:559:2: ( ruleFlowMapping )
                    // InternalManifestParser.g:560:3: ruleFlowMapping
                    {
                     before(grammarAccess.getValueAccess().getFlowMappingParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    ruleFlowMapping();

                    state._fsp--;

                     after(grammarAccess.getValueAccess().getFlowMappingParserRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalManifestParser.g:565:2: ( ruleFlowSequence )
                    {
                    // InternalManifestParser.g:565:2: ( ruleFlowSequence )
                    // InternalManifestParser.g:566:3: ruleFlowSequence
                    {
                     before(grammarAccess.getValueAccess().getFlowSequenceParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    ruleFlowSequence();

                    state._fsp--;

                     after(grammarAccess.getValueAccess().getFlowSequenceParserRuleCall_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalManifestParser.g:571:2: ( ruleScalar )
                    {
                    // InternalManifestParser.g:571:2: ( ruleScalar )
                    // InternalManifestParser.g:572:3: ruleScalar
                    {
                     before(grammarAccess.getValueAccess().getScalarParserRuleCall_4()); 
                    pushFollow(FOLLOW_2);
                    ruleScalar();

                    state._fsp--;

                     after(grammarAccess.getValueAccess().getScalarParserRuleCall_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Value__Alternatives"


    // $ANTLR start "rule__MappingEntry__Alternatives_1"
    // InternalManifestParser.g:581:1: rule__MappingEntry__Alternatives_1 : ( ( ( rule__MappingEntry__Group_1_0__0 ) ) | ( ( rule__MappingEntry__Group_1_1__0 ) ) );
    public final void rule__MappingEntry__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:585:1: ( ( ( rule__MappingEntry__Group_1_0__0 ) ) | ( ( rule__MappingEntry__Group_1_1__0 ) ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==RULE_QUESTION) ) {
                alt5=1;
            }
            else if ( ((LA5_0>=RULE_MAP_BEGIN && LA5_0<=RULE_SEQ_BEGIN)||LA5_0==RULE_LBRACE||LA5_0==RULE_LBRACKET||(LA5_0>=RULE_ANCHOR && LA5_0<=RULE_FOLDED)) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalManifestParser.g:586:2: ( ( rule__MappingEntry__Group_1_0__0 ) )
                    {
                    // InternalManifestParser.g:586:2: ( ( rule__MappingEntry__Group_1_0__0 ) )
                    // InternalManifestParser.g:587:3: ( rule__MappingEntry__Group_1_0__0 )
                    {
                     before(grammarAccess.getMappingEntryAccess().getGroup_1_0()); 
                    // InternalManifestParser.g:588:3: ( rule__MappingEntry__Group_1_0__0 )
                    // InternalManifestParser.g:588:4: rule__MappingEntry__Group_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__MappingEntry__Group_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getMappingEntryAccess().getGroup_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:592:2: ( ( rule__MappingEntry__Group_1_1__0 ) )
                    {
                    // InternalManifestParser.g:592:2: ( ( rule__MappingEntry__Group_1_1__0 ) )
                    // InternalManifestParser.g:593:3: ( rule__MappingEntry__Group_1_1__0 )
                    {
                     before(grammarAccess.getMappingEntryAccess().getGroup_1_1()); 
                    // InternalManifestParser.g:594:3: ( rule__MappingEntry__Group_1_1__0 )
                    // InternalManifestParser.g:594:4: rule__MappingEntry__Group_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__MappingEntry__Group_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getMappingEntryAccess().getGroup_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Alternatives_1"


    // $ANTLR start "rule__FlowEntry__Alternatives_0"
    // InternalManifestParser.g:602:1: rule__FlowEntry__Alternatives_0 : ( ( ( rule__FlowEntry__Group_0_0__0 ) ) | ( ( rule__FlowEntry__KeyAssignment_0_1 ) ) );
    public final void rule__FlowEntry__Alternatives_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:606:1: ( ( ( rule__FlowEntry__Group_0_0__0 ) ) | ( ( rule__FlowEntry__KeyAssignment_0_1 ) ) )
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==RULE_QUESTION) ) {
                alt6=1;
            }
            else if ( ((LA6_0>=RULE_MAP_BEGIN && LA6_0<=RULE_SEQ_BEGIN)||LA6_0==RULE_LBRACE||LA6_0==RULE_LBRACKET||(LA6_0>=RULE_ANCHOR && LA6_0<=RULE_FOLDED)) ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    // InternalManifestParser.g:607:2: ( ( rule__FlowEntry__Group_0_0__0 ) )
                    {
                    // InternalManifestParser.g:607:2: ( ( rule__FlowEntry__Group_0_0__0 ) )
                    // InternalManifestParser.g:608:3: ( rule__FlowEntry__Group_0_0__0 )
                    {
                     before(grammarAccess.getFlowEntryAccess().getGroup_0_0()); 
                    // InternalManifestParser.g:609:3: ( rule__FlowEntry__Group_0_0__0 )
                    // InternalManifestParser.g:609:4: rule__FlowEntry__Group_0_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__FlowEntry__Group_0_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getFlowEntryAccess().getGroup_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:613:2: ( ( rule__FlowEntry__KeyAssignment_0_1 ) )
                    {
                    // InternalManifestParser.g:613:2: ( ( rule__FlowEntry__KeyAssignment_0_1 ) )
                    // InternalManifestParser.g:614:3: ( rule__FlowEntry__KeyAssignment_0_1 )
                    {
                     before(grammarAccess.getFlowEntryAccess().getKeyAssignment_0_1()); 
                    // InternalManifestParser.g:615:3: ( rule__FlowEntry__KeyAssignment_0_1 )
                    // InternalManifestParser.g:615:4: rule__FlowEntry__KeyAssignment_0_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__FlowEntry__KeyAssignment_0_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getFlowEntryAccess().getKeyAssignment_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Alternatives_0"


    // $ANTLR start "rule__ScalarText__Alternatives"
    // InternalManifestParser.g:623:1: rule__ScalarText__Alternatives : ( ( RULE_PLAIN ) | ( RULE_SINGLE_QUOTED ) | ( RULE_DOUBLE_QUOTED ) | ( RULE_LITERAL ) | ( RULE_FOLDED ) );
    public final void rule__ScalarText__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:627:1: ( ( RULE_PLAIN ) | ( RULE_SINGLE_QUOTED ) | ( RULE_DOUBLE_QUOTED ) | ( RULE_LITERAL ) | ( RULE_FOLDED ) )
            int alt7=5;
            switch ( input.LA(1) ) {
            case RULE_PLAIN:
                {
                alt7=1;
                }
                break;
            case RULE_SINGLE_QUOTED:
                {
                alt7=2;
                }
                break;
            case RULE_DOUBLE_QUOTED:
                {
                alt7=3;
                }
                break;
            case RULE_LITERAL:
                {
                alt7=4;
                }
                break;
            case RULE_FOLDED:
                {
                alt7=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }

            switch (alt7) {
                case 1 :
                    // InternalManifestParser.g:628:2: ( RULE_PLAIN )
                    {
                    // InternalManifestParser.g:628:2: ( RULE_PLAIN )
                    // InternalManifestParser.g:629:3: RULE_PLAIN
                    {
                     before(grammarAccess.getScalarTextAccess().getPLAINTerminalRuleCall_0()); 
                    match(input,RULE_PLAIN,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getPLAINTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:634:2: ( RULE_SINGLE_QUOTED )
                    {
                    // InternalManifestParser.g:634:2: ( RULE_SINGLE_QUOTED )
                    // InternalManifestParser.g:635:3: RULE_SINGLE_QUOTED
                    {
                     before(grammarAccess.getScalarTextAccess().getSINGLE_QUOTEDTerminalRuleCall_1()); 
                    match(input,RULE_SINGLE_QUOTED,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getSINGLE_QUOTEDTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalManifestParser.g:640:2: ( RULE_DOUBLE_QUOTED )
                    {
                    // InternalManifestParser.g:640:2: ( RULE_DOUBLE_QUOTED )
                    // InternalManifestParser.g:641:3: RULE_DOUBLE_QUOTED
                    {
                     before(grammarAccess.getScalarTextAccess().getDOUBLE_QUOTEDTerminalRuleCall_2()); 
                    match(input,RULE_DOUBLE_QUOTED,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getDOUBLE_QUOTEDTerminalRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalManifestParser.g:646:2: ( RULE_LITERAL )
                    {
                    // InternalManifestParser.g:646:2: ( RULE_LITERAL )
                    // InternalManifestParser.g:647:3: RULE_LITERAL
                    {
                     before(grammarAccess.getScalarTextAccess().getLITERALTerminalRuleCall_3()); 
                    match(input,RULE_LITERAL,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getLITERALTerminalRuleCall_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalManifestParser.g:652:2: ( RULE_FOLDED )
                    {
                    // InternalManifestParser.g:652:2: ( RULE_FOLDED )
                    // InternalManifestParser.g:653:3: RULE_FOLDED
                    {
                     before(grammarAccess.getScalarTextAccess().getFOLDEDTerminalRuleCall_4()); 
                    match(input,RULE_FOLDED,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getFOLDEDTerminalRuleCall_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ScalarText__Alternatives"


    // $ANTLR start "rule__Stream__Group__0"
    // InternalManifestParser.g:662:1: rule__Stream__Group__0 : rule__Stream__Group__0__Impl rule__Stream__Group__1 ;
    public final void rule__Stream__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:666:1: ( rule__Stream__Group__0__Impl rule__Stream__Group__1 )
            // InternalManifestParser.g:667:2: rule__Stream__Group__0__Impl rule__Stream__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Stream__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Stream__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Stream__Group__0"


    // $ANTLR start "rule__Stream__Group__0__Impl"
    // InternalManifestParser.g:674:1: rule__Stream__Group__0__Impl : ( () ) ;
    public final void rule__Stream__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:678:1: ( ( () ) )
            // InternalManifestParser.g:679:1: ( () )
            {
            // InternalManifestParser.g:679:1: ( () )
            // InternalManifestParser.g:680:2: ()
            {
             before(grammarAccess.getStreamAccess().getStreamAction_0()); 
            // InternalManifestParser.g:681:2: ()
            // InternalManifestParser.g:681:3: 
            {
            }

             after(grammarAccess.getStreamAccess().getStreamAction_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Stream__Group__0__Impl"


    // $ANTLR start "rule__Stream__Group__1"
    // InternalManifestParser.g:689:1: rule__Stream__Group__1 : rule__Stream__Group__1__Impl ;
    public final void rule__Stream__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:693:1: ( rule__Stream__Group__1__Impl )
            // InternalManifestParser.g:694:2: rule__Stream__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Stream__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Stream__Group__1"


    // $ANTLR start "rule__Stream__Group__1__Impl"
    // InternalManifestParser.g:700:1: rule__Stream__Group__1__Impl : ( ( rule__Stream__DocumentsAssignment_1 )* ) ;
    public final void rule__Stream__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:704:1: ( ( ( rule__Stream__DocumentsAssignment_1 )* ) )
            // InternalManifestParser.g:705:1: ( ( rule__Stream__DocumentsAssignment_1 )* )
            {
            // InternalManifestParser.g:705:1: ( ( rule__Stream__DocumentsAssignment_1 )* )
            // InternalManifestParser.g:706:2: ( rule__Stream__DocumentsAssignment_1 )*
            {
             before(grammarAccess.getStreamAccess().getDocumentsAssignment_1()); 
            // InternalManifestParser.g:707:2: ( rule__Stream__DocumentsAssignment_1 )*
            loop8:
            do {
                int alt8=2;
                int LA8_0 = input.LA(1);

                if ( ((LA8_0>=RULE_DIRECTIVE_TEXT && LA8_0<=RULE_DOC_START)) ) {
                    alt8=1;
                }


                switch (alt8) {
            	case 1 :
            	    // InternalManifestParser.g:707:3: rule__Stream__DocumentsAssignment_1
            	    {
            	    pushFollow(FOLLOW_4);
            	    rule__Stream__DocumentsAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop8;
                }
            } while (true);

             after(grammarAccess.getStreamAccess().getDocumentsAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Stream__Group__1__Impl"


    // $ANTLR start "rule__Document__Group__0"
    // InternalManifestParser.g:716:1: rule__Document__Group__0 : rule__Document__Group__0__Impl rule__Document__Group__1 ;
    public final void rule__Document__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:720:1: ( rule__Document__Group__0__Impl rule__Document__Group__1 )
            // InternalManifestParser.g:721:2: rule__Document__Group__0__Impl rule__Document__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Document__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Document__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__0"


    // $ANTLR start "rule__Document__Group__0__Impl"
    // InternalManifestParser.g:728:1: rule__Document__Group__0__Impl : ( () ) ;
    public final void rule__Document__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:732:1: ( ( () ) )
            // InternalManifestParser.g:733:1: ( () )
            {
            // InternalManifestParser.g:733:1: ( () )
            // InternalManifestParser.g:734:2: ()
            {
             before(grammarAccess.getDocumentAccess().getDocumentAction_0()); 
            // InternalManifestParser.g:735:2: ()
            // InternalManifestParser.g:735:3: 
            {
            }

             after(grammarAccess.getDocumentAccess().getDocumentAction_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__0__Impl"


    // $ANTLR start "rule__Document__Group__1"
    // InternalManifestParser.g:743:1: rule__Document__Group__1 : rule__Document__Group__1__Impl rule__Document__Group__2 ;
    public final void rule__Document__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:747:1: ( rule__Document__Group__1__Impl rule__Document__Group__2 )
            // InternalManifestParser.g:748:2: rule__Document__Group__1__Impl rule__Document__Group__2
            {
            pushFollow(FOLLOW_3);
            rule__Document__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Document__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__1"


    // $ANTLR start "rule__Document__Group__1__Impl"
    // InternalManifestParser.g:755:1: rule__Document__Group__1__Impl : ( ( rule__Document__DirectivesAssignment_1 )* ) ;
    public final void rule__Document__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:759:1: ( ( ( rule__Document__DirectivesAssignment_1 )* ) )
            // InternalManifestParser.g:760:1: ( ( rule__Document__DirectivesAssignment_1 )* )
            {
            // InternalManifestParser.g:760:1: ( ( rule__Document__DirectivesAssignment_1 )* )
            // InternalManifestParser.g:761:2: ( rule__Document__DirectivesAssignment_1 )*
            {
             before(grammarAccess.getDocumentAccess().getDirectivesAssignment_1()); 
            // InternalManifestParser.g:762:2: ( rule__Document__DirectivesAssignment_1 )*
            loop9:
            do {
                int alt9=2;
                int LA9_0 = input.LA(1);

                if ( (LA9_0==RULE_DIRECTIVE_TEXT) ) {
                    alt9=1;
                }


                switch (alt9) {
            	case 1 :
            	    // InternalManifestParser.g:762:3: rule__Document__DirectivesAssignment_1
            	    {
            	    pushFollow(FOLLOW_5);
            	    rule__Document__DirectivesAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop9;
                }
            } while (true);

             after(grammarAccess.getDocumentAccess().getDirectivesAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__1__Impl"


    // $ANTLR start "rule__Document__Group__2"
    // InternalManifestParser.g:770:1: rule__Document__Group__2 : rule__Document__Group__2__Impl rule__Document__Group__3 ;
    public final void rule__Document__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:774:1: ( rule__Document__Group__2__Impl rule__Document__Group__3 )
            // InternalManifestParser.g:775:2: rule__Document__Group__2__Impl rule__Document__Group__3
            {
            pushFollow(FOLLOW_6);
            rule__Document__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Document__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__2"


    // $ANTLR start "rule__Document__Group__2__Impl"
    // InternalManifestParser.g:782:1: rule__Document__Group__2__Impl : ( RULE_DOC_START ) ;
    public final void rule__Document__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:786:1: ( ( RULE_DOC_START ) )
            // InternalManifestParser.g:787:1: ( RULE_DOC_START )
            {
            // InternalManifestParser.g:787:1: ( RULE_DOC_START )
            // InternalManifestParser.g:788:2: RULE_DOC_START
            {
             before(grammarAccess.getDocumentAccess().getDOC_STARTTerminalRuleCall_2()); 
            match(input,RULE_DOC_START,FOLLOW_2); 
             after(grammarAccess.getDocumentAccess().getDOC_STARTTerminalRuleCall_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__2__Impl"


    // $ANTLR start "rule__Document__Group__3"
    // InternalManifestParser.g:797:1: rule__Document__Group__3 : rule__Document__Group__3__Impl rule__Document__Group__4 ;
    public final void rule__Document__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:801:1: ( rule__Document__Group__3__Impl rule__Document__Group__4 )
            // InternalManifestParser.g:802:2: rule__Document__Group__3__Impl rule__Document__Group__4
            {
            pushFollow(FOLLOW_6);
            rule__Document__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Document__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__3"


    // $ANTLR start "rule__Document__Group__3__Impl"
    // InternalManifestParser.g:809:1: rule__Document__Group__3__Impl : ( ( rule__Document__RootAssignment_3 )? ) ;
    public final void rule__Document__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:813:1: ( ( ( rule__Document__RootAssignment_3 )? ) )
            // InternalManifestParser.g:814:1: ( ( rule__Document__RootAssignment_3 )? )
            {
            // InternalManifestParser.g:814:1: ( ( rule__Document__RootAssignment_3 )? )
            // InternalManifestParser.g:815:2: ( rule__Document__RootAssignment_3 )?
            {
             before(grammarAccess.getDocumentAccess().getRootAssignment_3()); 
            // InternalManifestParser.g:816:2: ( rule__Document__RootAssignment_3 )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( ((LA10_0>=RULE_MAP_BEGIN && LA10_0<=RULE_SEQ_BEGIN)||LA10_0==RULE_LBRACE||LA10_0==RULE_LBRACKET||(LA10_0>=RULE_ANCHOR && LA10_0<=RULE_FOLDED)) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalManifestParser.g:816:3: rule__Document__RootAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Document__RootAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDocumentAccess().getRootAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__3__Impl"


    // $ANTLR start "rule__Document__Group__4"
    // InternalManifestParser.g:824:1: rule__Document__Group__4 : rule__Document__Group__4__Impl ;
    public final void rule__Document__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:828:1: ( rule__Document__Group__4__Impl )
            // InternalManifestParser.g:829:2: rule__Document__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Document__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__4"


    // $ANTLR start "rule__Document__Group__4__Impl"
    // InternalManifestParser.g:835:1: rule__Document__Group__4__Impl : ( ( RULE_DOC_END )? ) ;
    public final void rule__Document__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:839:1: ( ( ( RULE_DOC_END )? ) )
            // InternalManifestParser.g:840:1: ( ( RULE_DOC_END )? )
            {
            // InternalManifestParser.g:840:1: ( ( RULE_DOC_END )? )
            // InternalManifestParser.g:841:2: ( RULE_DOC_END )?
            {
             before(grammarAccess.getDocumentAccess().getDOC_ENDTerminalRuleCall_4()); 
            // InternalManifestParser.g:842:2: ( RULE_DOC_END )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==RULE_DOC_END) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalManifestParser.g:842:3: RULE_DOC_END
                    {
                    match(input,RULE_DOC_END,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getDocumentAccess().getDOC_ENDTerminalRuleCall_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__Group__4__Impl"


    // $ANTLR start "rule__ContentNode__Group_0__0"
    // InternalManifestParser.g:851:1: rule__ContentNode__Group_0__0 : rule__ContentNode__Group_0__0__Impl rule__ContentNode__Group_0__1 ;
    public final void rule__ContentNode__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:855:1: ( rule__ContentNode__Group_0__0__Impl rule__ContentNode__Group_0__1 )
            // InternalManifestParser.g:856:2: rule__ContentNode__Group_0__0__Impl rule__ContentNode__Group_0__1
            {
            pushFollow(FOLLOW_7);
            rule__ContentNode__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ContentNode__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__Group_0__0"


    // $ANTLR start "rule__ContentNode__Group_0__0__Impl"
    // InternalManifestParser.g:863:1: rule__ContentNode__Group_0__0__Impl : ( ( rule__ContentNode__PropertiesAssignment_0_0 ) ) ;
    public final void rule__ContentNode__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:867:1: ( ( ( rule__ContentNode__PropertiesAssignment_0_0 ) ) )
            // InternalManifestParser.g:868:1: ( ( rule__ContentNode__PropertiesAssignment_0_0 ) )
            {
            // InternalManifestParser.g:868:1: ( ( rule__ContentNode__PropertiesAssignment_0_0 ) )
            // InternalManifestParser.g:869:2: ( rule__ContentNode__PropertiesAssignment_0_0 )
            {
             before(grammarAccess.getContentNodeAccess().getPropertiesAssignment_0_0()); 
            // InternalManifestParser.g:870:2: ( rule__ContentNode__PropertiesAssignment_0_0 )
            // InternalManifestParser.g:870:3: rule__ContentNode__PropertiesAssignment_0_0
            {
            pushFollow(FOLLOW_2);
            rule__ContentNode__PropertiesAssignment_0_0();

            state._fsp--;


            }

             after(grammarAccess.getContentNodeAccess().getPropertiesAssignment_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__Group_0__0__Impl"


    // $ANTLR start "rule__ContentNode__Group_0__1"
    // InternalManifestParser.g:878:1: rule__ContentNode__Group_0__1 : rule__ContentNode__Group_0__1__Impl ;
    public final void rule__ContentNode__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:882:1: ( rule__ContentNode__Group_0__1__Impl )
            // InternalManifestParser.g:883:2: rule__ContentNode__Group_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ContentNode__Group_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__Group_0__1"


    // $ANTLR start "rule__ContentNode__Group_0__1__Impl"
    // InternalManifestParser.g:889:1: rule__ContentNode__Group_0__1__Impl : ( ( rule__ContentNode__ValueAssignment_0_1 )? ) ;
    public final void rule__ContentNode__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:893:1: ( ( ( rule__ContentNode__ValueAssignment_0_1 )? ) )
            // InternalManifestParser.g:894:1: ( ( rule__ContentNode__ValueAssignment_0_1 )? )
            {
            // InternalManifestParser.g:894:1: ( ( rule__ContentNode__ValueAssignment_0_1 )? )
            // InternalManifestParser.g:895:2: ( rule__ContentNode__ValueAssignment_0_1 )?
            {
             before(grammarAccess.getContentNodeAccess().getValueAssignment_0_1()); 
            // InternalManifestParser.g:896:2: ( rule__ContentNode__ValueAssignment_0_1 )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( ((LA12_0>=RULE_MAP_BEGIN && LA12_0<=RULE_SEQ_BEGIN)||LA12_0==RULE_LBRACE||LA12_0==RULE_LBRACKET||(LA12_0>=RULE_PLAIN && LA12_0<=RULE_FOLDED)) ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalManifestParser.g:896:3: rule__ContentNode__ValueAssignment_0_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__ContentNode__ValueAssignment_0_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getContentNodeAccess().getValueAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__Group_0__1__Impl"


    // $ANTLR start "rule__Properties__Group_0__0"
    // InternalManifestParser.g:905:1: rule__Properties__Group_0__0 : rule__Properties__Group_0__0__Impl rule__Properties__Group_0__1 ;
    public final void rule__Properties__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:909:1: ( rule__Properties__Group_0__0__Impl rule__Properties__Group_0__1 )
            // InternalManifestParser.g:910:2: rule__Properties__Group_0__0__Impl rule__Properties__Group_0__1
            {
            pushFollow(FOLLOW_8);
            rule__Properties__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Properties__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_0__0"


    // $ANTLR start "rule__Properties__Group_0__0__Impl"
    // InternalManifestParser.g:917:1: rule__Properties__Group_0__0__Impl : ( ( rule__Properties__AnchorAssignment_0_0 ) ) ;
    public final void rule__Properties__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:921:1: ( ( ( rule__Properties__AnchorAssignment_0_0 ) ) )
            // InternalManifestParser.g:922:1: ( ( rule__Properties__AnchorAssignment_0_0 ) )
            {
            // InternalManifestParser.g:922:1: ( ( rule__Properties__AnchorAssignment_0_0 ) )
            // InternalManifestParser.g:923:2: ( rule__Properties__AnchorAssignment_0_0 )
            {
             before(grammarAccess.getPropertiesAccess().getAnchorAssignment_0_0()); 
            // InternalManifestParser.g:924:2: ( rule__Properties__AnchorAssignment_0_0 )
            // InternalManifestParser.g:924:3: rule__Properties__AnchorAssignment_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Properties__AnchorAssignment_0_0();

            state._fsp--;


            }

             after(grammarAccess.getPropertiesAccess().getAnchorAssignment_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_0__0__Impl"


    // $ANTLR start "rule__Properties__Group_0__1"
    // InternalManifestParser.g:932:1: rule__Properties__Group_0__1 : rule__Properties__Group_0__1__Impl ;
    public final void rule__Properties__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:936:1: ( rule__Properties__Group_0__1__Impl )
            // InternalManifestParser.g:937:2: rule__Properties__Group_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Properties__Group_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_0__1"


    // $ANTLR start "rule__Properties__Group_0__1__Impl"
    // InternalManifestParser.g:943:1: rule__Properties__Group_0__1__Impl : ( ( rule__Properties__TagAssignment_0_1 )? ) ;
    public final void rule__Properties__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:947:1: ( ( ( rule__Properties__TagAssignment_0_1 )? ) )
            // InternalManifestParser.g:948:1: ( ( rule__Properties__TagAssignment_0_1 )? )
            {
            // InternalManifestParser.g:948:1: ( ( rule__Properties__TagAssignment_0_1 )? )
            // InternalManifestParser.g:949:2: ( rule__Properties__TagAssignment_0_1 )?
            {
             before(grammarAccess.getPropertiesAccess().getTagAssignment_0_1()); 
            // InternalManifestParser.g:950:2: ( rule__Properties__TagAssignment_0_1 )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_TAG) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalManifestParser.g:950:3: rule__Properties__TagAssignment_0_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Properties__TagAssignment_0_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPropertiesAccess().getTagAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_0__1__Impl"


    // $ANTLR start "rule__Properties__Group_1__0"
    // InternalManifestParser.g:959:1: rule__Properties__Group_1__0 : rule__Properties__Group_1__0__Impl rule__Properties__Group_1__1 ;
    public final void rule__Properties__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:963:1: ( rule__Properties__Group_1__0__Impl rule__Properties__Group_1__1 )
            // InternalManifestParser.g:964:2: rule__Properties__Group_1__0__Impl rule__Properties__Group_1__1
            {
            pushFollow(FOLLOW_9);
            rule__Properties__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Properties__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_1__0"


    // $ANTLR start "rule__Properties__Group_1__0__Impl"
    // InternalManifestParser.g:971:1: rule__Properties__Group_1__0__Impl : ( ( rule__Properties__TagAssignment_1_0 ) ) ;
    public final void rule__Properties__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:975:1: ( ( ( rule__Properties__TagAssignment_1_0 ) ) )
            // InternalManifestParser.g:976:1: ( ( rule__Properties__TagAssignment_1_0 ) )
            {
            // InternalManifestParser.g:976:1: ( ( rule__Properties__TagAssignment_1_0 ) )
            // InternalManifestParser.g:977:2: ( rule__Properties__TagAssignment_1_0 )
            {
             before(grammarAccess.getPropertiesAccess().getTagAssignment_1_0()); 
            // InternalManifestParser.g:978:2: ( rule__Properties__TagAssignment_1_0 )
            // InternalManifestParser.g:978:3: rule__Properties__TagAssignment_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Properties__TagAssignment_1_0();

            state._fsp--;


            }

             after(grammarAccess.getPropertiesAccess().getTagAssignment_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_1__0__Impl"


    // $ANTLR start "rule__Properties__Group_1__1"
    // InternalManifestParser.g:986:1: rule__Properties__Group_1__1 : rule__Properties__Group_1__1__Impl ;
    public final void rule__Properties__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:990:1: ( rule__Properties__Group_1__1__Impl )
            // InternalManifestParser.g:991:2: rule__Properties__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Properties__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_1__1"


    // $ANTLR start "rule__Properties__Group_1__1__Impl"
    // InternalManifestParser.g:997:1: rule__Properties__Group_1__1__Impl : ( ( rule__Properties__AnchorAssignment_1_1 )? ) ;
    public final void rule__Properties__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1001:1: ( ( ( rule__Properties__AnchorAssignment_1_1 )? ) )
            // InternalManifestParser.g:1002:1: ( ( rule__Properties__AnchorAssignment_1_1 )? )
            {
            // InternalManifestParser.g:1002:1: ( ( rule__Properties__AnchorAssignment_1_1 )? )
            // InternalManifestParser.g:1003:2: ( rule__Properties__AnchorAssignment_1_1 )?
            {
             before(grammarAccess.getPropertiesAccess().getAnchorAssignment_1_1()); 
            // InternalManifestParser.g:1004:2: ( rule__Properties__AnchorAssignment_1_1 )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_ANCHOR) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalManifestParser.g:1004:3: rule__Properties__AnchorAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Properties__AnchorAssignment_1_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPropertiesAccess().getAnchorAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__Group_1__1__Impl"


    // $ANTLR start "rule__BlockMapping__Group__0"
    // InternalManifestParser.g:1013:1: rule__BlockMapping__Group__0 : rule__BlockMapping__Group__0__Impl rule__BlockMapping__Group__1 ;
    public final void rule__BlockMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1017:1: ( rule__BlockMapping__Group__0__Impl rule__BlockMapping__Group__1 )
            // InternalManifestParser.g:1018:2: rule__BlockMapping__Group__0__Impl rule__BlockMapping__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__BlockMapping__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BlockMapping__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockMapping__Group__0"


    // $ANTLR start "rule__BlockMapping__Group__0__Impl"
    // InternalManifestParser.g:1025:1: rule__BlockMapping__Group__0__Impl : ( RULE_MAP_BEGIN ) ;
    public final void rule__BlockMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1029:1: ( ( RULE_MAP_BEGIN ) )
            // InternalManifestParser.g:1030:1: ( RULE_MAP_BEGIN )
            {
            // InternalManifestParser.g:1030:1: ( RULE_MAP_BEGIN )
            // InternalManifestParser.g:1031:2: RULE_MAP_BEGIN
            {
             before(grammarAccess.getBlockMappingAccess().getMAP_BEGINTerminalRuleCall_0()); 
            match(input,RULE_MAP_BEGIN,FOLLOW_2); 
             after(grammarAccess.getBlockMappingAccess().getMAP_BEGINTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockMapping__Group__0__Impl"


    // $ANTLR start "rule__BlockMapping__Group__1"
    // InternalManifestParser.g:1040:1: rule__BlockMapping__Group__1 : rule__BlockMapping__Group__1__Impl rule__BlockMapping__Group__2 ;
    public final void rule__BlockMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1044:1: ( rule__BlockMapping__Group__1__Impl rule__BlockMapping__Group__2 )
            // InternalManifestParser.g:1045:2: rule__BlockMapping__Group__1__Impl rule__BlockMapping__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__BlockMapping__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BlockMapping__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockMapping__Group__1"


    // $ANTLR start "rule__BlockMapping__Group__1__Impl"
    // InternalManifestParser.g:1052:1: rule__BlockMapping__Group__1__Impl : ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) ) ;
    public final void rule__BlockMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1056:1: ( ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) ) )
            // InternalManifestParser.g:1057:1: ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) )
            {
            // InternalManifestParser.g:1057:1: ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) )
            // InternalManifestParser.g:1058:2: ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* )
            {
            // InternalManifestParser.g:1058:2: ( ( rule__BlockMapping__EntriesAssignment_1 ) )
            // InternalManifestParser.g:1059:3: ( rule__BlockMapping__EntriesAssignment_1 )
            {
             before(grammarAccess.getBlockMappingAccess().getEntriesAssignment_1()); 
            // InternalManifestParser.g:1060:3: ( rule__BlockMapping__EntriesAssignment_1 )
            // InternalManifestParser.g:1060:4: rule__BlockMapping__EntriesAssignment_1
            {
            pushFollow(FOLLOW_12);
            rule__BlockMapping__EntriesAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBlockMappingAccess().getEntriesAssignment_1()); 

            }

            // InternalManifestParser.g:1063:2: ( ( rule__BlockMapping__EntriesAssignment_1 )* )
            // InternalManifestParser.g:1064:3: ( rule__BlockMapping__EntriesAssignment_1 )*
            {
             before(grammarAccess.getBlockMappingAccess().getEntriesAssignment_1()); 
            // InternalManifestParser.g:1065:3: ( rule__BlockMapping__EntriesAssignment_1 )*
            loop15:
            do {
                int alt15=2;
                int LA15_0 = input.LA(1);

                if ( (LA15_0==RULE_KEY) ) {
                    alt15=1;
                }


                switch (alt15) {
            	case 1 :
            	    // InternalManifestParser.g:1065:4: rule__BlockMapping__EntriesAssignment_1
            	    {
            	    pushFollow(FOLLOW_12);
            	    rule__BlockMapping__EntriesAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop15;
                }
            } while (true);

             after(grammarAccess.getBlockMappingAccess().getEntriesAssignment_1()); 

            }


            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockMapping__Group__1__Impl"


    // $ANTLR start "rule__BlockMapping__Group__2"
    // InternalManifestParser.g:1074:1: rule__BlockMapping__Group__2 : rule__BlockMapping__Group__2__Impl ;
    public final void rule__BlockMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1078:1: ( rule__BlockMapping__Group__2__Impl )
            // InternalManifestParser.g:1079:2: rule__BlockMapping__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__BlockMapping__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockMapping__Group__2"


    // $ANTLR start "rule__BlockMapping__Group__2__Impl"
    // InternalManifestParser.g:1085:1: rule__BlockMapping__Group__2__Impl : ( RULE_BLOCK_END ) ;
    public final void rule__BlockMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1089:1: ( ( RULE_BLOCK_END ) )
            // InternalManifestParser.g:1090:1: ( RULE_BLOCK_END )
            {
            // InternalManifestParser.g:1090:1: ( RULE_BLOCK_END )
            // InternalManifestParser.g:1091:2: RULE_BLOCK_END
            {
             before(grammarAccess.getBlockMappingAccess().getBLOCK_ENDTerminalRuleCall_2()); 
            match(input,RULE_BLOCK_END,FOLLOW_2); 
             after(grammarAccess.getBlockMappingAccess().getBLOCK_ENDTerminalRuleCall_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockMapping__Group__2__Impl"


    // $ANTLR start "rule__MappingEntry__Group__0"
    // InternalManifestParser.g:1101:1: rule__MappingEntry__Group__0 : rule__MappingEntry__Group__0__Impl rule__MappingEntry__Group__1 ;
    public final void rule__MappingEntry__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1105:1: ( rule__MappingEntry__Group__0__Impl rule__MappingEntry__Group__1 )
            // InternalManifestParser.g:1106:2: rule__MappingEntry__Group__0__Impl rule__MappingEntry__Group__1
            {
            pushFollow(FOLLOW_13);
            rule__MappingEntry__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group__0"


    // $ANTLR start "rule__MappingEntry__Group__0__Impl"
    // InternalManifestParser.g:1113:1: rule__MappingEntry__Group__0__Impl : ( RULE_KEY ) ;
    public final void rule__MappingEntry__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1117:1: ( ( RULE_KEY ) )
            // InternalManifestParser.g:1118:1: ( RULE_KEY )
            {
            // InternalManifestParser.g:1118:1: ( RULE_KEY )
            // InternalManifestParser.g:1119:2: RULE_KEY
            {
             before(grammarAccess.getMappingEntryAccess().getKEYTerminalRuleCall_0()); 
            match(input,RULE_KEY,FOLLOW_2); 
             after(grammarAccess.getMappingEntryAccess().getKEYTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group__0__Impl"


    // $ANTLR start "rule__MappingEntry__Group__1"
    // InternalManifestParser.g:1128:1: rule__MappingEntry__Group__1 : rule__MappingEntry__Group__1__Impl ;
    public final void rule__MappingEntry__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1132:1: ( rule__MappingEntry__Group__1__Impl )
            // InternalManifestParser.g:1133:2: rule__MappingEntry__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group__1"


    // $ANTLR start "rule__MappingEntry__Group__1__Impl"
    // InternalManifestParser.g:1139:1: rule__MappingEntry__Group__1__Impl : ( ( rule__MappingEntry__Alternatives_1 ) ) ;
    public final void rule__MappingEntry__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1143:1: ( ( ( rule__MappingEntry__Alternatives_1 ) ) )
            // InternalManifestParser.g:1144:1: ( ( rule__MappingEntry__Alternatives_1 ) )
            {
            // InternalManifestParser.g:1144:1: ( ( rule__MappingEntry__Alternatives_1 ) )
            // InternalManifestParser.g:1145:2: ( rule__MappingEntry__Alternatives_1 )
            {
             before(grammarAccess.getMappingEntryAccess().getAlternatives_1()); 
            // InternalManifestParser.g:1146:2: ( rule__MappingEntry__Alternatives_1 )
            // InternalManifestParser.g:1146:3: rule__MappingEntry__Alternatives_1
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__Alternatives_1();

            state._fsp--;


            }

             after(grammarAccess.getMappingEntryAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group__1__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_0__0"
    // InternalManifestParser.g:1155:1: rule__MappingEntry__Group_1_0__0 : rule__MappingEntry__Group_1_0__0__Impl rule__MappingEntry__Group_1_0__1 ;
    public final void rule__MappingEntry__Group_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1159:1: ( rule__MappingEntry__Group_1_0__0__Impl rule__MappingEntry__Group_1_0__1 )
            // InternalManifestParser.g:1160:2: rule__MappingEntry__Group_1_0__0__Impl rule__MappingEntry__Group_1_0__1
            {
            pushFollow(FOLLOW_14);
            rule__MappingEntry__Group_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0__0"


    // $ANTLR start "rule__MappingEntry__Group_1_0__0__Impl"
    // InternalManifestParser.g:1167:1: rule__MappingEntry__Group_1_0__0__Impl : ( ( rule__MappingEntry__ExplicitAssignment_1_0_0 ) ) ;
    public final void rule__MappingEntry__Group_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1171:1: ( ( ( rule__MappingEntry__ExplicitAssignment_1_0_0 ) ) )
            // InternalManifestParser.g:1172:1: ( ( rule__MappingEntry__ExplicitAssignment_1_0_0 ) )
            {
            // InternalManifestParser.g:1172:1: ( ( rule__MappingEntry__ExplicitAssignment_1_0_0 ) )
            // InternalManifestParser.g:1173:2: ( rule__MappingEntry__ExplicitAssignment_1_0_0 )
            {
             before(grammarAccess.getMappingEntryAccess().getExplicitAssignment_1_0_0()); 
            // InternalManifestParser.g:1174:2: ( rule__MappingEntry__ExplicitAssignment_1_0_0 )
            // InternalManifestParser.g:1174:3: rule__MappingEntry__ExplicitAssignment_1_0_0
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__ExplicitAssignment_1_0_0();

            state._fsp--;


            }

             after(grammarAccess.getMappingEntryAccess().getExplicitAssignment_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0__0__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_0__1"
    // InternalManifestParser.g:1182:1: rule__MappingEntry__Group_1_0__1 : rule__MappingEntry__Group_1_0__1__Impl rule__MappingEntry__Group_1_0__2 ;
    public final void rule__MappingEntry__Group_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1186:1: ( rule__MappingEntry__Group_1_0__1__Impl rule__MappingEntry__Group_1_0__2 )
            // InternalManifestParser.g:1187:2: rule__MappingEntry__Group_1_0__1__Impl rule__MappingEntry__Group_1_0__2
            {
            pushFollow(FOLLOW_14);
            rule__MappingEntry__Group_1_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0__1"


    // $ANTLR start "rule__MappingEntry__Group_1_0__1__Impl"
    // InternalManifestParser.g:1194:1: rule__MappingEntry__Group_1_0__1__Impl : ( ( rule__MappingEntry__KeyAssignment_1_0_1 )? ) ;
    public final void rule__MappingEntry__Group_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1198:1: ( ( ( rule__MappingEntry__KeyAssignment_1_0_1 )? ) )
            // InternalManifestParser.g:1199:1: ( ( rule__MappingEntry__KeyAssignment_1_0_1 )? )
            {
            // InternalManifestParser.g:1199:1: ( ( rule__MappingEntry__KeyAssignment_1_0_1 )? )
            // InternalManifestParser.g:1200:2: ( rule__MappingEntry__KeyAssignment_1_0_1 )?
            {
             before(grammarAccess.getMappingEntryAccess().getKeyAssignment_1_0_1()); 
            // InternalManifestParser.g:1201:2: ( rule__MappingEntry__KeyAssignment_1_0_1 )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( ((LA16_0>=RULE_MAP_BEGIN && LA16_0<=RULE_SEQ_BEGIN)||LA16_0==RULE_LBRACE||LA16_0==RULE_LBRACKET||(LA16_0>=RULE_ANCHOR && LA16_0<=RULE_FOLDED)) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalManifestParser.g:1201:3: rule__MappingEntry__KeyAssignment_1_0_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__MappingEntry__KeyAssignment_1_0_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingEntryAccess().getKeyAssignment_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0__1__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_0__2"
    // InternalManifestParser.g:1209:1: rule__MappingEntry__Group_1_0__2 : rule__MappingEntry__Group_1_0__2__Impl ;
    public final void rule__MappingEntry__Group_1_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1213:1: ( rule__MappingEntry__Group_1_0__2__Impl )
            // InternalManifestParser.g:1214:2: rule__MappingEntry__Group_1_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0__2"


    // $ANTLR start "rule__MappingEntry__Group_1_0__2__Impl"
    // InternalManifestParser.g:1220:1: rule__MappingEntry__Group_1_0__2__Impl : ( ( rule__MappingEntry__Group_1_0_2__0 )? ) ;
    public final void rule__MappingEntry__Group_1_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1224:1: ( ( ( rule__MappingEntry__Group_1_0_2__0 )? ) )
            // InternalManifestParser.g:1225:1: ( ( rule__MappingEntry__Group_1_0_2__0 )? )
            {
            // InternalManifestParser.g:1225:1: ( ( rule__MappingEntry__Group_1_0_2__0 )? )
            // InternalManifestParser.g:1226:2: ( rule__MappingEntry__Group_1_0_2__0 )?
            {
             before(grammarAccess.getMappingEntryAccess().getGroup_1_0_2()); 
            // InternalManifestParser.g:1227:2: ( rule__MappingEntry__Group_1_0_2__0 )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==RULE_COLON) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalManifestParser.g:1227:3: rule__MappingEntry__Group_1_0_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__MappingEntry__Group_1_0_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingEntryAccess().getGroup_1_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0__2__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_0_2__0"
    // InternalManifestParser.g:1236:1: rule__MappingEntry__Group_1_0_2__0 : rule__MappingEntry__Group_1_0_2__0__Impl rule__MappingEntry__Group_1_0_2__1 ;
    public final void rule__MappingEntry__Group_1_0_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1240:1: ( rule__MappingEntry__Group_1_0_2__0__Impl rule__MappingEntry__Group_1_0_2__1 )
            // InternalManifestParser.g:1241:2: rule__MappingEntry__Group_1_0_2__0__Impl rule__MappingEntry__Group_1_0_2__1
            {
            pushFollow(FOLLOW_7);
            rule__MappingEntry__Group_1_0_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_0_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0_2__0"


    // $ANTLR start "rule__MappingEntry__Group_1_0_2__0__Impl"
    // InternalManifestParser.g:1248:1: rule__MappingEntry__Group_1_0_2__0__Impl : ( RULE_COLON ) ;
    public final void rule__MappingEntry__Group_1_0_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1252:1: ( ( RULE_COLON ) )
            // InternalManifestParser.g:1253:1: ( RULE_COLON )
            {
            // InternalManifestParser.g:1253:1: ( RULE_COLON )
            // InternalManifestParser.g:1254:2: RULE_COLON
            {
             before(grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_1_0_2_0()); 
            match(input,RULE_COLON,FOLLOW_2); 
             after(grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_1_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0_2__0__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_0_2__1"
    // InternalManifestParser.g:1263:1: rule__MappingEntry__Group_1_0_2__1 : rule__MappingEntry__Group_1_0_2__1__Impl ;
    public final void rule__MappingEntry__Group_1_0_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1267:1: ( rule__MappingEntry__Group_1_0_2__1__Impl )
            // InternalManifestParser.g:1268:2: rule__MappingEntry__Group_1_0_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_0_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0_2__1"


    // $ANTLR start "rule__MappingEntry__Group_1_0_2__1__Impl"
    // InternalManifestParser.g:1274:1: rule__MappingEntry__Group_1_0_2__1__Impl : ( ( rule__MappingEntry__ValueAssignment_1_0_2_1 )? ) ;
    public final void rule__MappingEntry__Group_1_0_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1278:1: ( ( ( rule__MappingEntry__ValueAssignment_1_0_2_1 )? ) )
            // InternalManifestParser.g:1279:1: ( ( rule__MappingEntry__ValueAssignment_1_0_2_1 )? )
            {
            // InternalManifestParser.g:1279:1: ( ( rule__MappingEntry__ValueAssignment_1_0_2_1 )? )
            // InternalManifestParser.g:1280:2: ( rule__MappingEntry__ValueAssignment_1_0_2_1 )?
            {
             before(grammarAccess.getMappingEntryAccess().getValueAssignment_1_0_2_1()); 
            // InternalManifestParser.g:1281:2: ( rule__MappingEntry__ValueAssignment_1_0_2_1 )?
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( ((LA18_0>=RULE_MAP_BEGIN && LA18_0<=RULE_SEQ_BEGIN)||LA18_0==RULE_LBRACE||LA18_0==RULE_LBRACKET||(LA18_0>=RULE_ANCHOR && LA18_0<=RULE_FOLDED)) ) {
                alt18=1;
            }
            switch (alt18) {
                case 1 :
                    // InternalManifestParser.g:1281:3: rule__MappingEntry__ValueAssignment_1_0_2_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__MappingEntry__ValueAssignment_1_0_2_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingEntryAccess().getValueAssignment_1_0_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_0_2__1__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_1__0"
    // InternalManifestParser.g:1290:1: rule__MappingEntry__Group_1_1__0 : rule__MappingEntry__Group_1_1__0__Impl rule__MappingEntry__Group_1_1__1 ;
    public final void rule__MappingEntry__Group_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1294:1: ( rule__MappingEntry__Group_1_1__0__Impl rule__MappingEntry__Group_1_1__1 )
            // InternalManifestParser.g:1295:2: rule__MappingEntry__Group_1_1__0__Impl rule__MappingEntry__Group_1_1__1
            {
            pushFollow(FOLLOW_15);
            rule__MappingEntry__Group_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_1__0"


    // $ANTLR start "rule__MappingEntry__Group_1_1__0__Impl"
    // InternalManifestParser.g:1302:1: rule__MappingEntry__Group_1_1__0__Impl : ( ( rule__MappingEntry__KeyAssignment_1_1_0 ) ) ;
    public final void rule__MappingEntry__Group_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1306:1: ( ( ( rule__MappingEntry__KeyAssignment_1_1_0 ) ) )
            // InternalManifestParser.g:1307:1: ( ( rule__MappingEntry__KeyAssignment_1_1_0 ) )
            {
            // InternalManifestParser.g:1307:1: ( ( rule__MappingEntry__KeyAssignment_1_1_0 ) )
            // InternalManifestParser.g:1308:2: ( rule__MappingEntry__KeyAssignment_1_1_0 )
            {
             before(grammarAccess.getMappingEntryAccess().getKeyAssignment_1_1_0()); 
            // InternalManifestParser.g:1309:2: ( rule__MappingEntry__KeyAssignment_1_1_0 )
            // InternalManifestParser.g:1309:3: rule__MappingEntry__KeyAssignment_1_1_0
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__KeyAssignment_1_1_0();

            state._fsp--;


            }

             after(grammarAccess.getMappingEntryAccess().getKeyAssignment_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_1__0__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_1__1"
    // InternalManifestParser.g:1317:1: rule__MappingEntry__Group_1_1__1 : rule__MappingEntry__Group_1_1__1__Impl rule__MappingEntry__Group_1_1__2 ;
    public final void rule__MappingEntry__Group_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1321:1: ( rule__MappingEntry__Group_1_1__1__Impl rule__MappingEntry__Group_1_1__2 )
            // InternalManifestParser.g:1322:2: rule__MappingEntry__Group_1_1__1__Impl rule__MappingEntry__Group_1_1__2
            {
            pushFollow(FOLLOW_7);
            rule__MappingEntry__Group_1_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_1__1"


    // $ANTLR start "rule__MappingEntry__Group_1_1__1__Impl"
    // InternalManifestParser.g:1329:1: rule__MappingEntry__Group_1_1__1__Impl : ( RULE_COLON ) ;
    public final void rule__MappingEntry__Group_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1333:1: ( ( RULE_COLON ) )
            // InternalManifestParser.g:1334:1: ( RULE_COLON )
            {
            // InternalManifestParser.g:1334:1: ( RULE_COLON )
            // InternalManifestParser.g:1335:2: RULE_COLON
            {
             before(grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_1_1_1()); 
            match(input,RULE_COLON,FOLLOW_2); 
             after(grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_1__1__Impl"


    // $ANTLR start "rule__MappingEntry__Group_1_1__2"
    // InternalManifestParser.g:1344:1: rule__MappingEntry__Group_1_1__2 : rule__MappingEntry__Group_1_1__2__Impl ;
    public final void rule__MappingEntry__Group_1_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1348:1: ( rule__MappingEntry__Group_1_1__2__Impl )
            // InternalManifestParser.g:1349:2: rule__MappingEntry__Group_1_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group_1_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_1__2"


    // $ANTLR start "rule__MappingEntry__Group_1_1__2__Impl"
    // InternalManifestParser.g:1355:1: rule__MappingEntry__Group_1_1__2__Impl : ( ( rule__MappingEntry__ValueAssignment_1_1_2 )? ) ;
    public final void rule__MappingEntry__Group_1_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1359:1: ( ( ( rule__MappingEntry__ValueAssignment_1_1_2 )? ) )
            // InternalManifestParser.g:1360:1: ( ( rule__MappingEntry__ValueAssignment_1_1_2 )? )
            {
            // InternalManifestParser.g:1360:1: ( ( rule__MappingEntry__ValueAssignment_1_1_2 )? )
            // InternalManifestParser.g:1361:2: ( rule__MappingEntry__ValueAssignment_1_1_2 )?
            {
             before(grammarAccess.getMappingEntryAccess().getValueAssignment_1_1_2()); 
            // InternalManifestParser.g:1362:2: ( rule__MappingEntry__ValueAssignment_1_1_2 )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( ((LA19_0>=RULE_MAP_BEGIN && LA19_0<=RULE_SEQ_BEGIN)||LA19_0==RULE_LBRACE||LA19_0==RULE_LBRACKET||(LA19_0>=RULE_ANCHOR && LA19_0<=RULE_FOLDED)) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalManifestParser.g:1362:3: rule__MappingEntry__ValueAssignment_1_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__MappingEntry__ValueAssignment_1_1_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingEntryAccess().getValueAssignment_1_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__Group_1_1__2__Impl"


    // $ANTLR start "rule__BlockSequence__Group__0"
    // InternalManifestParser.g:1371:1: rule__BlockSequence__Group__0 : rule__BlockSequence__Group__0__Impl rule__BlockSequence__Group__1 ;
    public final void rule__BlockSequence__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1375:1: ( rule__BlockSequence__Group__0__Impl rule__BlockSequence__Group__1 )
            // InternalManifestParser.g:1376:2: rule__BlockSequence__Group__0__Impl rule__BlockSequence__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__BlockSequence__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BlockSequence__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockSequence__Group__0"


    // $ANTLR start "rule__BlockSequence__Group__0__Impl"
    // InternalManifestParser.g:1383:1: rule__BlockSequence__Group__0__Impl : ( RULE_SEQ_BEGIN ) ;
    public final void rule__BlockSequence__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1387:1: ( ( RULE_SEQ_BEGIN ) )
            // InternalManifestParser.g:1388:1: ( RULE_SEQ_BEGIN )
            {
            // InternalManifestParser.g:1388:1: ( RULE_SEQ_BEGIN )
            // InternalManifestParser.g:1389:2: RULE_SEQ_BEGIN
            {
             before(grammarAccess.getBlockSequenceAccess().getSEQ_BEGINTerminalRuleCall_0()); 
            match(input,RULE_SEQ_BEGIN,FOLLOW_2); 
             after(grammarAccess.getBlockSequenceAccess().getSEQ_BEGINTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockSequence__Group__0__Impl"


    // $ANTLR start "rule__BlockSequence__Group__1"
    // InternalManifestParser.g:1398:1: rule__BlockSequence__Group__1 : rule__BlockSequence__Group__1__Impl rule__BlockSequence__Group__2 ;
    public final void rule__BlockSequence__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1402:1: ( rule__BlockSequence__Group__1__Impl rule__BlockSequence__Group__2 )
            // InternalManifestParser.g:1403:2: rule__BlockSequence__Group__1__Impl rule__BlockSequence__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__BlockSequence__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__BlockSequence__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockSequence__Group__1"


    // $ANTLR start "rule__BlockSequence__Group__1__Impl"
    // InternalManifestParser.g:1410:1: rule__BlockSequence__Group__1__Impl : ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) ) ;
    public final void rule__BlockSequence__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1414:1: ( ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) ) )
            // InternalManifestParser.g:1415:1: ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) )
            {
            // InternalManifestParser.g:1415:1: ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) )
            // InternalManifestParser.g:1416:2: ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* )
            {
            // InternalManifestParser.g:1416:2: ( ( rule__BlockSequence__ItemsAssignment_1 ) )
            // InternalManifestParser.g:1417:3: ( rule__BlockSequence__ItemsAssignment_1 )
            {
             before(grammarAccess.getBlockSequenceAccess().getItemsAssignment_1()); 
            // InternalManifestParser.g:1418:3: ( rule__BlockSequence__ItemsAssignment_1 )
            // InternalManifestParser.g:1418:4: rule__BlockSequence__ItemsAssignment_1
            {
            pushFollow(FOLLOW_17);
            rule__BlockSequence__ItemsAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBlockSequenceAccess().getItemsAssignment_1()); 

            }

            // InternalManifestParser.g:1421:2: ( ( rule__BlockSequence__ItemsAssignment_1 )* )
            // InternalManifestParser.g:1422:3: ( rule__BlockSequence__ItemsAssignment_1 )*
            {
             before(grammarAccess.getBlockSequenceAccess().getItemsAssignment_1()); 
            // InternalManifestParser.g:1423:3: ( rule__BlockSequence__ItemsAssignment_1 )*
            loop20:
            do {
                int alt20=2;
                int LA20_0 = input.LA(1);

                if ( (LA20_0==RULE_DASH) ) {
                    alt20=1;
                }


                switch (alt20) {
            	case 1 :
            	    // InternalManifestParser.g:1423:4: rule__BlockSequence__ItemsAssignment_1
            	    {
            	    pushFollow(FOLLOW_17);
            	    rule__BlockSequence__ItemsAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop20;
                }
            } while (true);

             after(grammarAccess.getBlockSequenceAccess().getItemsAssignment_1()); 

            }


            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockSequence__Group__1__Impl"


    // $ANTLR start "rule__BlockSequence__Group__2"
    // InternalManifestParser.g:1432:1: rule__BlockSequence__Group__2 : rule__BlockSequence__Group__2__Impl ;
    public final void rule__BlockSequence__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1436:1: ( rule__BlockSequence__Group__2__Impl )
            // InternalManifestParser.g:1437:2: rule__BlockSequence__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__BlockSequence__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockSequence__Group__2"


    // $ANTLR start "rule__BlockSequence__Group__2__Impl"
    // InternalManifestParser.g:1443:1: rule__BlockSequence__Group__2__Impl : ( RULE_BLOCK_END ) ;
    public final void rule__BlockSequence__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1447:1: ( ( RULE_BLOCK_END ) )
            // InternalManifestParser.g:1448:1: ( RULE_BLOCK_END )
            {
            // InternalManifestParser.g:1448:1: ( RULE_BLOCK_END )
            // InternalManifestParser.g:1449:2: RULE_BLOCK_END
            {
             before(grammarAccess.getBlockSequenceAccess().getBLOCK_ENDTerminalRuleCall_2()); 
            match(input,RULE_BLOCK_END,FOLLOW_2); 
             after(grammarAccess.getBlockSequenceAccess().getBLOCK_ENDTerminalRuleCall_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockSequence__Group__2__Impl"


    // $ANTLR start "rule__SequenceItem__Group__0"
    // InternalManifestParser.g:1459:1: rule__SequenceItem__Group__0 : rule__SequenceItem__Group__0__Impl rule__SequenceItem__Group__1 ;
    public final void rule__SequenceItem__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1463:1: ( rule__SequenceItem__Group__0__Impl rule__SequenceItem__Group__1 )
            // InternalManifestParser.g:1464:2: rule__SequenceItem__Group__0__Impl rule__SequenceItem__Group__1
            {
            pushFollow(FOLLOW_16);
            rule__SequenceItem__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SequenceItem__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SequenceItem__Group__0"


    // $ANTLR start "rule__SequenceItem__Group__0__Impl"
    // InternalManifestParser.g:1471:1: rule__SequenceItem__Group__0__Impl : ( () ) ;
    public final void rule__SequenceItem__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1475:1: ( ( () ) )
            // InternalManifestParser.g:1476:1: ( () )
            {
            // InternalManifestParser.g:1476:1: ( () )
            // InternalManifestParser.g:1477:2: ()
            {
             before(grammarAccess.getSequenceItemAccess().getSequenceItemAction_0()); 
            // InternalManifestParser.g:1478:2: ()
            // InternalManifestParser.g:1478:3: 
            {
            }

             after(grammarAccess.getSequenceItemAccess().getSequenceItemAction_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SequenceItem__Group__0__Impl"


    // $ANTLR start "rule__SequenceItem__Group__1"
    // InternalManifestParser.g:1486:1: rule__SequenceItem__Group__1 : rule__SequenceItem__Group__1__Impl rule__SequenceItem__Group__2 ;
    public final void rule__SequenceItem__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1490:1: ( rule__SequenceItem__Group__1__Impl rule__SequenceItem__Group__2 )
            // InternalManifestParser.g:1491:2: rule__SequenceItem__Group__1__Impl rule__SequenceItem__Group__2
            {
            pushFollow(FOLLOW_7);
            rule__SequenceItem__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SequenceItem__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SequenceItem__Group__1"


    // $ANTLR start "rule__SequenceItem__Group__1__Impl"
    // InternalManifestParser.g:1498:1: rule__SequenceItem__Group__1__Impl : ( RULE_DASH ) ;
    public final void rule__SequenceItem__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1502:1: ( ( RULE_DASH ) )
            // InternalManifestParser.g:1503:1: ( RULE_DASH )
            {
            // InternalManifestParser.g:1503:1: ( RULE_DASH )
            // InternalManifestParser.g:1504:2: RULE_DASH
            {
             before(grammarAccess.getSequenceItemAccess().getDASHTerminalRuleCall_1()); 
            match(input,RULE_DASH,FOLLOW_2); 
             after(grammarAccess.getSequenceItemAccess().getDASHTerminalRuleCall_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SequenceItem__Group__1__Impl"


    // $ANTLR start "rule__SequenceItem__Group__2"
    // InternalManifestParser.g:1513:1: rule__SequenceItem__Group__2 : rule__SequenceItem__Group__2__Impl ;
    public final void rule__SequenceItem__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1517:1: ( rule__SequenceItem__Group__2__Impl )
            // InternalManifestParser.g:1518:2: rule__SequenceItem__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SequenceItem__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SequenceItem__Group__2"


    // $ANTLR start "rule__SequenceItem__Group__2__Impl"
    // InternalManifestParser.g:1524:1: rule__SequenceItem__Group__2__Impl : ( ( rule__SequenceItem__ValueAssignment_2 )? ) ;
    public final void rule__SequenceItem__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1528:1: ( ( ( rule__SequenceItem__ValueAssignment_2 )? ) )
            // InternalManifestParser.g:1529:1: ( ( rule__SequenceItem__ValueAssignment_2 )? )
            {
            // InternalManifestParser.g:1529:1: ( ( rule__SequenceItem__ValueAssignment_2 )? )
            // InternalManifestParser.g:1530:2: ( rule__SequenceItem__ValueAssignment_2 )?
            {
             before(grammarAccess.getSequenceItemAccess().getValueAssignment_2()); 
            // InternalManifestParser.g:1531:2: ( rule__SequenceItem__ValueAssignment_2 )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( ((LA21_0>=RULE_MAP_BEGIN && LA21_0<=RULE_SEQ_BEGIN)||LA21_0==RULE_LBRACE||LA21_0==RULE_LBRACKET||(LA21_0>=RULE_ANCHOR && LA21_0<=RULE_FOLDED)) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalManifestParser.g:1531:3: rule__SequenceItem__ValueAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__SequenceItem__ValueAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSequenceItemAccess().getValueAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SequenceItem__Group__2__Impl"


    // $ANTLR start "rule__FlowMapping__Group__0"
    // InternalManifestParser.g:1540:1: rule__FlowMapping__Group__0 : rule__FlowMapping__Group__0__Impl rule__FlowMapping__Group__1 ;
    public final void rule__FlowMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1544:1: ( rule__FlowMapping__Group__0__Impl rule__FlowMapping__Group__1 )
            // InternalManifestParser.g:1545:2: rule__FlowMapping__Group__0__Impl rule__FlowMapping__Group__1
            {
            pushFollow(FOLLOW_18);
            rule__FlowMapping__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__0"


    // $ANTLR start "rule__FlowMapping__Group__0__Impl"
    // InternalManifestParser.g:1552:1: rule__FlowMapping__Group__0__Impl : ( () ) ;
    public final void rule__FlowMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1556:1: ( ( () ) )
            // InternalManifestParser.g:1557:1: ( () )
            {
            // InternalManifestParser.g:1557:1: ( () )
            // InternalManifestParser.g:1558:2: ()
            {
             before(grammarAccess.getFlowMappingAccess().getFlowMappingAction_0()); 
            // InternalManifestParser.g:1559:2: ()
            // InternalManifestParser.g:1559:3: 
            {
            }

             after(grammarAccess.getFlowMappingAccess().getFlowMappingAction_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__0__Impl"


    // $ANTLR start "rule__FlowMapping__Group__1"
    // InternalManifestParser.g:1567:1: rule__FlowMapping__Group__1 : rule__FlowMapping__Group__1__Impl rule__FlowMapping__Group__2 ;
    public final void rule__FlowMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1571:1: ( rule__FlowMapping__Group__1__Impl rule__FlowMapping__Group__2 )
            // InternalManifestParser.g:1572:2: rule__FlowMapping__Group__1__Impl rule__FlowMapping__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__FlowMapping__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__1"


    // $ANTLR start "rule__FlowMapping__Group__1__Impl"
    // InternalManifestParser.g:1579:1: rule__FlowMapping__Group__1__Impl : ( RULE_LBRACE ) ;
    public final void rule__FlowMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1583:1: ( ( RULE_LBRACE ) )
            // InternalManifestParser.g:1584:1: ( RULE_LBRACE )
            {
            // InternalManifestParser.g:1584:1: ( RULE_LBRACE )
            // InternalManifestParser.g:1585:2: RULE_LBRACE
            {
             before(grammarAccess.getFlowMappingAccess().getLBRACETerminalRuleCall_1()); 
            match(input,RULE_LBRACE,FOLLOW_2); 
             after(grammarAccess.getFlowMappingAccess().getLBRACETerminalRuleCall_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__1__Impl"


    // $ANTLR start "rule__FlowMapping__Group__2"
    // InternalManifestParser.g:1594:1: rule__FlowMapping__Group__2 : rule__FlowMapping__Group__2__Impl rule__FlowMapping__Group__3 ;
    public final void rule__FlowMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1598:1: ( rule__FlowMapping__Group__2__Impl rule__FlowMapping__Group__3 )
            // InternalManifestParser.g:1599:2: rule__FlowMapping__Group__2__Impl rule__FlowMapping__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__FlowMapping__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__2"


    // $ANTLR start "rule__FlowMapping__Group__2__Impl"
    // InternalManifestParser.g:1606:1: rule__FlowMapping__Group__2__Impl : ( ( rule__FlowMapping__Group_2__0 )? ) ;
    public final void rule__FlowMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1610:1: ( ( ( rule__FlowMapping__Group_2__0 )? ) )
            // InternalManifestParser.g:1611:1: ( ( rule__FlowMapping__Group_2__0 )? )
            {
            // InternalManifestParser.g:1611:1: ( ( rule__FlowMapping__Group_2__0 )? )
            // InternalManifestParser.g:1612:2: ( rule__FlowMapping__Group_2__0 )?
            {
             before(grammarAccess.getFlowMappingAccess().getGroup_2()); 
            // InternalManifestParser.g:1613:2: ( rule__FlowMapping__Group_2__0 )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( ((LA22_0>=RULE_MAP_BEGIN && LA22_0<=RULE_SEQ_BEGIN)||LA22_0==RULE_QUESTION||LA22_0==RULE_LBRACE||LA22_0==RULE_LBRACKET||(LA22_0>=RULE_ANCHOR && LA22_0<=RULE_FOLDED)) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalManifestParser.g:1613:3: rule__FlowMapping__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__FlowMapping__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFlowMappingAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__2__Impl"


    // $ANTLR start "rule__FlowMapping__Group__3"
    // InternalManifestParser.g:1621:1: rule__FlowMapping__Group__3 : rule__FlowMapping__Group__3__Impl ;
    public final void rule__FlowMapping__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1625:1: ( rule__FlowMapping__Group__3__Impl )
            // InternalManifestParser.g:1626:2: rule__FlowMapping__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__3"


    // $ANTLR start "rule__FlowMapping__Group__3__Impl"
    // InternalManifestParser.g:1632:1: rule__FlowMapping__Group__3__Impl : ( RULE_RBRACE ) ;
    public final void rule__FlowMapping__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1636:1: ( ( RULE_RBRACE ) )
            // InternalManifestParser.g:1637:1: ( RULE_RBRACE )
            {
            // InternalManifestParser.g:1637:1: ( RULE_RBRACE )
            // InternalManifestParser.g:1638:2: RULE_RBRACE
            {
             before(grammarAccess.getFlowMappingAccess().getRBRACETerminalRuleCall_3()); 
            match(input,RULE_RBRACE,FOLLOW_2); 
             after(grammarAccess.getFlowMappingAccess().getRBRACETerminalRuleCall_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group__3__Impl"


    // $ANTLR start "rule__FlowMapping__Group_2__0"
    // InternalManifestParser.g:1648:1: rule__FlowMapping__Group_2__0 : rule__FlowMapping__Group_2__0__Impl rule__FlowMapping__Group_2__1 ;
    public final void rule__FlowMapping__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1652:1: ( rule__FlowMapping__Group_2__0__Impl rule__FlowMapping__Group_2__1 )
            // InternalManifestParser.g:1653:2: rule__FlowMapping__Group_2__0__Impl rule__FlowMapping__Group_2__1
            {
            pushFollow(FOLLOW_20);
            rule__FlowMapping__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2__0"


    // $ANTLR start "rule__FlowMapping__Group_2__0__Impl"
    // InternalManifestParser.g:1660:1: rule__FlowMapping__Group_2__0__Impl : ( ( rule__FlowMapping__EntriesAssignment_2_0 ) ) ;
    public final void rule__FlowMapping__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1664:1: ( ( ( rule__FlowMapping__EntriesAssignment_2_0 ) ) )
            // InternalManifestParser.g:1665:1: ( ( rule__FlowMapping__EntriesAssignment_2_0 ) )
            {
            // InternalManifestParser.g:1665:1: ( ( rule__FlowMapping__EntriesAssignment_2_0 ) )
            // InternalManifestParser.g:1666:2: ( rule__FlowMapping__EntriesAssignment_2_0 )
            {
             before(grammarAccess.getFlowMappingAccess().getEntriesAssignment_2_0()); 
            // InternalManifestParser.g:1667:2: ( rule__FlowMapping__EntriesAssignment_2_0 )
            // InternalManifestParser.g:1667:3: rule__FlowMapping__EntriesAssignment_2_0
            {
            pushFollow(FOLLOW_2);
            rule__FlowMapping__EntriesAssignment_2_0();

            state._fsp--;


            }

             after(grammarAccess.getFlowMappingAccess().getEntriesAssignment_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2__0__Impl"


    // $ANTLR start "rule__FlowMapping__Group_2__1"
    // InternalManifestParser.g:1675:1: rule__FlowMapping__Group_2__1 : rule__FlowMapping__Group_2__1__Impl rule__FlowMapping__Group_2__2 ;
    public final void rule__FlowMapping__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1679:1: ( rule__FlowMapping__Group_2__1__Impl rule__FlowMapping__Group_2__2 )
            // InternalManifestParser.g:1680:2: rule__FlowMapping__Group_2__1__Impl rule__FlowMapping__Group_2__2
            {
            pushFollow(FOLLOW_20);
            rule__FlowMapping__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2__1"


    // $ANTLR start "rule__FlowMapping__Group_2__1__Impl"
    // InternalManifestParser.g:1687:1: rule__FlowMapping__Group_2__1__Impl : ( ( rule__FlowMapping__Group_2_1__0 )* ) ;
    public final void rule__FlowMapping__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1691:1: ( ( ( rule__FlowMapping__Group_2_1__0 )* ) )
            // InternalManifestParser.g:1692:1: ( ( rule__FlowMapping__Group_2_1__0 )* )
            {
            // InternalManifestParser.g:1692:1: ( ( rule__FlowMapping__Group_2_1__0 )* )
            // InternalManifestParser.g:1693:2: ( rule__FlowMapping__Group_2_1__0 )*
            {
             before(grammarAccess.getFlowMappingAccess().getGroup_2_1()); 
            // InternalManifestParser.g:1694:2: ( rule__FlowMapping__Group_2_1__0 )*
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
            	    // InternalManifestParser.g:1694:3: rule__FlowMapping__Group_2_1__0
            	    {
            	    pushFollow(FOLLOW_21);
            	    rule__FlowMapping__Group_2_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop23;
                }
            } while (true);

             after(grammarAccess.getFlowMappingAccess().getGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2__1__Impl"


    // $ANTLR start "rule__FlowMapping__Group_2__2"
    // InternalManifestParser.g:1702:1: rule__FlowMapping__Group_2__2 : rule__FlowMapping__Group_2__2__Impl ;
    public final void rule__FlowMapping__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1706:1: ( rule__FlowMapping__Group_2__2__Impl )
            // InternalManifestParser.g:1707:2: rule__FlowMapping__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2__2"


    // $ANTLR start "rule__FlowMapping__Group_2__2__Impl"
    // InternalManifestParser.g:1713:1: rule__FlowMapping__Group_2__2__Impl : ( ( RULE_COMMA )? ) ;
    public final void rule__FlowMapping__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1717:1: ( ( ( RULE_COMMA )? ) )
            // InternalManifestParser.g:1718:1: ( ( RULE_COMMA )? )
            {
            // InternalManifestParser.g:1718:1: ( ( RULE_COMMA )? )
            // InternalManifestParser.g:1719:2: ( RULE_COMMA )?
            {
             before(grammarAccess.getFlowMappingAccess().getCOMMATerminalRuleCall_2_2()); 
            // InternalManifestParser.g:1720:2: ( RULE_COMMA )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==RULE_COMMA) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalManifestParser.g:1720:3: RULE_COMMA
                    {
                    match(input,RULE_COMMA,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getFlowMappingAccess().getCOMMATerminalRuleCall_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2__2__Impl"


    // $ANTLR start "rule__FlowMapping__Group_2_1__0"
    // InternalManifestParser.g:1729:1: rule__FlowMapping__Group_2_1__0 : rule__FlowMapping__Group_2_1__0__Impl rule__FlowMapping__Group_2_1__1 ;
    public final void rule__FlowMapping__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1733:1: ( rule__FlowMapping__Group_2_1__0__Impl rule__FlowMapping__Group_2_1__1 )
            // InternalManifestParser.g:1734:2: rule__FlowMapping__Group_2_1__0__Impl rule__FlowMapping__Group_2_1__1
            {
            pushFollow(FOLLOW_13);
            rule__FlowMapping__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2_1__0"


    // $ANTLR start "rule__FlowMapping__Group_2_1__0__Impl"
    // InternalManifestParser.g:1741:1: rule__FlowMapping__Group_2_1__0__Impl : ( RULE_COMMA ) ;
    public final void rule__FlowMapping__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1745:1: ( ( RULE_COMMA ) )
            // InternalManifestParser.g:1746:1: ( RULE_COMMA )
            {
            // InternalManifestParser.g:1746:1: ( RULE_COMMA )
            // InternalManifestParser.g:1747:2: RULE_COMMA
            {
             before(grammarAccess.getFlowMappingAccess().getCOMMATerminalRuleCall_2_1_0()); 
            match(input,RULE_COMMA,FOLLOW_2); 
             after(grammarAccess.getFlowMappingAccess().getCOMMATerminalRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2_1__0__Impl"


    // $ANTLR start "rule__FlowMapping__Group_2_1__1"
    // InternalManifestParser.g:1756:1: rule__FlowMapping__Group_2_1__1 : rule__FlowMapping__Group_2_1__1__Impl ;
    public final void rule__FlowMapping__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1760:1: ( rule__FlowMapping__Group_2_1__1__Impl )
            // InternalManifestParser.g:1761:2: rule__FlowMapping__Group_2_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowMapping__Group_2_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2_1__1"


    // $ANTLR start "rule__FlowMapping__Group_2_1__1__Impl"
    // InternalManifestParser.g:1767:1: rule__FlowMapping__Group_2_1__1__Impl : ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) ) ;
    public final void rule__FlowMapping__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1771:1: ( ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) ) )
            // InternalManifestParser.g:1772:1: ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) )
            {
            // InternalManifestParser.g:1772:1: ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) )
            // InternalManifestParser.g:1773:2: ( rule__FlowMapping__EntriesAssignment_2_1_1 )
            {
             before(grammarAccess.getFlowMappingAccess().getEntriesAssignment_2_1_1()); 
            // InternalManifestParser.g:1774:2: ( rule__FlowMapping__EntriesAssignment_2_1_1 )
            // InternalManifestParser.g:1774:3: rule__FlowMapping__EntriesAssignment_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__FlowMapping__EntriesAssignment_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getFlowMappingAccess().getEntriesAssignment_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__Group_2_1__1__Impl"


    // $ANTLR start "rule__FlowSequence__Group__0"
    // InternalManifestParser.g:1783:1: rule__FlowSequence__Group__0 : rule__FlowSequence__Group__0__Impl rule__FlowSequence__Group__1 ;
    public final void rule__FlowSequence__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1787:1: ( rule__FlowSequence__Group__0__Impl rule__FlowSequence__Group__1 )
            // InternalManifestParser.g:1788:2: rule__FlowSequence__Group__0__Impl rule__FlowSequence__Group__1
            {
            pushFollow(FOLLOW_22);
            rule__FlowSequence__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__0"


    // $ANTLR start "rule__FlowSequence__Group__0__Impl"
    // InternalManifestParser.g:1795:1: rule__FlowSequence__Group__0__Impl : ( () ) ;
    public final void rule__FlowSequence__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1799:1: ( ( () ) )
            // InternalManifestParser.g:1800:1: ( () )
            {
            // InternalManifestParser.g:1800:1: ( () )
            // InternalManifestParser.g:1801:2: ()
            {
             before(grammarAccess.getFlowSequenceAccess().getFlowSequenceAction_0()); 
            // InternalManifestParser.g:1802:2: ()
            // InternalManifestParser.g:1802:3: 
            {
            }

             after(grammarAccess.getFlowSequenceAccess().getFlowSequenceAction_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__0__Impl"


    // $ANTLR start "rule__FlowSequence__Group__1"
    // InternalManifestParser.g:1810:1: rule__FlowSequence__Group__1 : rule__FlowSequence__Group__1__Impl rule__FlowSequence__Group__2 ;
    public final void rule__FlowSequence__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1814:1: ( rule__FlowSequence__Group__1__Impl rule__FlowSequence__Group__2 )
            // InternalManifestParser.g:1815:2: rule__FlowSequence__Group__1__Impl rule__FlowSequence__Group__2
            {
            pushFollow(FOLLOW_23);
            rule__FlowSequence__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__1"


    // $ANTLR start "rule__FlowSequence__Group__1__Impl"
    // InternalManifestParser.g:1822:1: rule__FlowSequence__Group__1__Impl : ( RULE_LBRACKET ) ;
    public final void rule__FlowSequence__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1826:1: ( ( RULE_LBRACKET ) )
            // InternalManifestParser.g:1827:1: ( RULE_LBRACKET )
            {
            // InternalManifestParser.g:1827:1: ( RULE_LBRACKET )
            // InternalManifestParser.g:1828:2: RULE_LBRACKET
            {
             before(grammarAccess.getFlowSequenceAccess().getLBRACKETTerminalRuleCall_1()); 
            match(input,RULE_LBRACKET,FOLLOW_2); 
             after(grammarAccess.getFlowSequenceAccess().getLBRACKETTerminalRuleCall_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__1__Impl"


    // $ANTLR start "rule__FlowSequence__Group__2"
    // InternalManifestParser.g:1837:1: rule__FlowSequence__Group__2 : rule__FlowSequence__Group__2__Impl rule__FlowSequence__Group__3 ;
    public final void rule__FlowSequence__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1841:1: ( rule__FlowSequence__Group__2__Impl rule__FlowSequence__Group__3 )
            // InternalManifestParser.g:1842:2: rule__FlowSequence__Group__2__Impl rule__FlowSequence__Group__3
            {
            pushFollow(FOLLOW_23);
            rule__FlowSequence__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__2"


    // $ANTLR start "rule__FlowSequence__Group__2__Impl"
    // InternalManifestParser.g:1849:1: rule__FlowSequence__Group__2__Impl : ( ( rule__FlowSequence__Group_2__0 )? ) ;
    public final void rule__FlowSequence__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1853:1: ( ( ( rule__FlowSequence__Group_2__0 )? ) )
            // InternalManifestParser.g:1854:1: ( ( rule__FlowSequence__Group_2__0 )? )
            {
            // InternalManifestParser.g:1854:1: ( ( rule__FlowSequence__Group_2__0 )? )
            // InternalManifestParser.g:1855:2: ( rule__FlowSequence__Group_2__0 )?
            {
             before(grammarAccess.getFlowSequenceAccess().getGroup_2()); 
            // InternalManifestParser.g:1856:2: ( rule__FlowSequence__Group_2__0 )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( ((LA25_0>=RULE_MAP_BEGIN && LA25_0<=RULE_SEQ_BEGIN)||LA25_0==RULE_QUESTION||LA25_0==RULE_LBRACE||LA25_0==RULE_LBRACKET||(LA25_0>=RULE_ANCHOR && LA25_0<=RULE_FOLDED)) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalManifestParser.g:1856:3: rule__FlowSequence__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__FlowSequence__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFlowSequenceAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__2__Impl"


    // $ANTLR start "rule__FlowSequence__Group__3"
    // InternalManifestParser.g:1864:1: rule__FlowSequence__Group__3 : rule__FlowSequence__Group__3__Impl ;
    public final void rule__FlowSequence__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1868:1: ( rule__FlowSequence__Group__3__Impl )
            // InternalManifestParser.g:1869:2: rule__FlowSequence__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__3"


    // $ANTLR start "rule__FlowSequence__Group__3__Impl"
    // InternalManifestParser.g:1875:1: rule__FlowSequence__Group__3__Impl : ( RULE_RBRACKET ) ;
    public final void rule__FlowSequence__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1879:1: ( ( RULE_RBRACKET ) )
            // InternalManifestParser.g:1880:1: ( RULE_RBRACKET )
            {
            // InternalManifestParser.g:1880:1: ( RULE_RBRACKET )
            // InternalManifestParser.g:1881:2: RULE_RBRACKET
            {
             before(grammarAccess.getFlowSequenceAccess().getRBRACKETTerminalRuleCall_3()); 
            match(input,RULE_RBRACKET,FOLLOW_2); 
             after(grammarAccess.getFlowSequenceAccess().getRBRACKETTerminalRuleCall_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group__3__Impl"


    // $ANTLR start "rule__FlowSequence__Group_2__0"
    // InternalManifestParser.g:1891:1: rule__FlowSequence__Group_2__0 : rule__FlowSequence__Group_2__0__Impl rule__FlowSequence__Group_2__1 ;
    public final void rule__FlowSequence__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1895:1: ( rule__FlowSequence__Group_2__0__Impl rule__FlowSequence__Group_2__1 )
            // InternalManifestParser.g:1896:2: rule__FlowSequence__Group_2__0__Impl rule__FlowSequence__Group_2__1
            {
            pushFollow(FOLLOW_20);
            rule__FlowSequence__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2__0"


    // $ANTLR start "rule__FlowSequence__Group_2__0__Impl"
    // InternalManifestParser.g:1903:1: rule__FlowSequence__Group_2__0__Impl : ( ( rule__FlowSequence__EntriesAssignment_2_0 ) ) ;
    public final void rule__FlowSequence__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1907:1: ( ( ( rule__FlowSequence__EntriesAssignment_2_0 ) ) )
            // InternalManifestParser.g:1908:1: ( ( rule__FlowSequence__EntriesAssignment_2_0 ) )
            {
            // InternalManifestParser.g:1908:1: ( ( rule__FlowSequence__EntriesAssignment_2_0 ) )
            // InternalManifestParser.g:1909:2: ( rule__FlowSequence__EntriesAssignment_2_0 )
            {
             before(grammarAccess.getFlowSequenceAccess().getEntriesAssignment_2_0()); 
            // InternalManifestParser.g:1910:2: ( rule__FlowSequence__EntriesAssignment_2_0 )
            // InternalManifestParser.g:1910:3: rule__FlowSequence__EntriesAssignment_2_0
            {
            pushFollow(FOLLOW_2);
            rule__FlowSequence__EntriesAssignment_2_0();

            state._fsp--;


            }

             after(grammarAccess.getFlowSequenceAccess().getEntriesAssignment_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2__0__Impl"


    // $ANTLR start "rule__FlowSequence__Group_2__1"
    // InternalManifestParser.g:1918:1: rule__FlowSequence__Group_2__1 : rule__FlowSequence__Group_2__1__Impl rule__FlowSequence__Group_2__2 ;
    public final void rule__FlowSequence__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1922:1: ( rule__FlowSequence__Group_2__1__Impl rule__FlowSequence__Group_2__2 )
            // InternalManifestParser.g:1923:2: rule__FlowSequence__Group_2__1__Impl rule__FlowSequence__Group_2__2
            {
            pushFollow(FOLLOW_20);
            rule__FlowSequence__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2__1"


    // $ANTLR start "rule__FlowSequence__Group_2__1__Impl"
    // InternalManifestParser.g:1930:1: rule__FlowSequence__Group_2__1__Impl : ( ( rule__FlowSequence__Group_2_1__0 )* ) ;
    public final void rule__FlowSequence__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1934:1: ( ( ( rule__FlowSequence__Group_2_1__0 )* ) )
            // InternalManifestParser.g:1935:1: ( ( rule__FlowSequence__Group_2_1__0 )* )
            {
            // InternalManifestParser.g:1935:1: ( ( rule__FlowSequence__Group_2_1__0 )* )
            // InternalManifestParser.g:1936:2: ( rule__FlowSequence__Group_2_1__0 )*
            {
             before(grammarAccess.getFlowSequenceAccess().getGroup_2_1()); 
            // InternalManifestParser.g:1937:2: ( rule__FlowSequence__Group_2_1__0 )*
            loop26:
            do {
                int alt26=2;
                int LA26_0 = input.LA(1);

                if ( (LA26_0==RULE_COMMA) ) {
                    int LA26_1 = input.LA(2);

                    if ( ((LA26_1>=RULE_MAP_BEGIN && LA26_1<=RULE_SEQ_BEGIN)||LA26_1==RULE_QUESTION||LA26_1==RULE_LBRACE||LA26_1==RULE_LBRACKET||(LA26_1>=RULE_ANCHOR && LA26_1<=RULE_FOLDED)) ) {
                        alt26=1;
                    }


                }


                switch (alt26) {
            	case 1 :
            	    // InternalManifestParser.g:1937:3: rule__FlowSequence__Group_2_1__0
            	    {
            	    pushFollow(FOLLOW_21);
            	    rule__FlowSequence__Group_2_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop26;
                }
            } while (true);

             after(grammarAccess.getFlowSequenceAccess().getGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2__1__Impl"


    // $ANTLR start "rule__FlowSequence__Group_2__2"
    // InternalManifestParser.g:1945:1: rule__FlowSequence__Group_2__2 : rule__FlowSequence__Group_2__2__Impl ;
    public final void rule__FlowSequence__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1949:1: ( rule__FlowSequence__Group_2__2__Impl )
            // InternalManifestParser.g:1950:2: rule__FlowSequence__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2__2"


    // $ANTLR start "rule__FlowSequence__Group_2__2__Impl"
    // InternalManifestParser.g:1956:1: rule__FlowSequence__Group_2__2__Impl : ( ( RULE_COMMA )? ) ;
    public final void rule__FlowSequence__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1960:1: ( ( ( RULE_COMMA )? ) )
            // InternalManifestParser.g:1961:1: ( ( RULE_COMMA )? )
            {
            // InternalManifestParser.g:1961:1: ( ( RULE_COMMA )? )
            // InternalManifestParser.g:1962:2: ( RULE_COMMA )?
            {
             before(grammarAccess.getFlowSequenceAccess().getCOMMATerminalRuleCall_2_2()); 
            // InternalManifestParser.g:1963:2: ( RULE_COMMA )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==RULE_COMMA) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalManifestParser.g:1963:3: RULE_COMMA
                    {
                    match(input,RULE_COMMA,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getFlowSequenceAccess().getCOMMATerminalRuleCall_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2__2__Impl"


    // $ANTLR start "rule__FlowSequence__Group_2_1__0"
    // InternalManifestParser.g:1972:1: rule__FlowSequence__Group_2_1__0 : rule__FlowSequence__Group_2_1__0__Impl rule__FlowSequence__Group_2_1__1 ;
    public final void rule__FlowSequence__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1976:1: ( rule__FlowSequence__Group_2_1__0__Impl rule__FlowSequence__Group_2_1__1 )
            // InternalManifestParser.g:1977:2: rule__FlowSequence__Group_2_1__0__Impl rule__FlowSequence__Group_2_1__1
            {
            pushFollow(FOLLOW_13);
            rule__FlowSequence__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2_1__0"


    // $ANTLR start "rule__FlowSequence__Group_2_1__0__Impl"
    // InternalManifestParser.g:1984:1: rule__FlowSequence__Group_2_1__0__Impl : ( RULE_COMMA ) ;
    public final void rule__FlowSequence__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1988:1: ( ( RULE_COMMA ) )
            // InternalManifestParser.g:1989:1: ( RULE_COMMA )
            {
            // InternalManifestParser.g:1989:1: ( RULE_COMMA )
            // InternalManifestParser.g:1990:2: RULE_COMMA
            {
             before(grammarAccess.getFlowSequenceAccess().getCOMMATerminalRuleCall_2_1_0()); 
            match(input,RULE_COMMA,FOLLOW_2); 
             after(grammarAccess.getFlowSequenceAccess().getCOMMATerminalRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2_1__0__Impl"


    // $ANTLR start "rule__FlowSequence__Group_2_1__1"
    // InternalManifestParser.g:1999:1: rule__FlowSequence__Group_2_1__1 : rule__FlowSequence__Group_2_1__1__Impl ;
    public final void rule__FlowSequence__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2003:1: ( rule__FlowSequence__Group_2_1__1__Impl )
            // InternalManifestParser.g:2004:2: rule__FlowSequence__Group_2_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowSequence__Group_2_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2_1__1"


    // $ANTLR start "rule__FlowSequence__Group_2_1__1__Impl"
    // InternalManifestParser.g:2010:1: rule__FlowSequence__Group_2_1__1__Impl : ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) ) ;
    public final void rule__FlowSequence__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2014:1: ( ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) ) )
            // InternalManifestParser.g:2015:1: ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) )
            {
            // InternalManifestParser.g:2015:1: ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) )
            // InternalManifestParser.g:2016:2: ( rule__FlowSequence__EntriesAssignment_2_1_1 )
            {
             before(grammarAccess.getFlowSequenceAccess().getEntriesAssignment_2_1_1()); 
            // InternalManifestParser.g:2017:2: ( rule__FlowSequence__EntriesAssignment_2_1_1 )
            // InternalManifestParser.g:2017:3: rule__FlowSequence__EntriesAssignment_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__FlowSequence__EntriesAssignment_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getFlowSequenceAccess().getEntriesAssignment_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__Group_2_1__1__Impl"


    // $ANTLR start "rule__FlowEntry__Group__0"
    // InternalManifestParser.g:2026:1: rule__FlowEntry__Group__0 : rule__FlowEntry__Group__0__Impl rule__FlowEntry__Group__1 ;
    public final void rule__FlowEntry__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2030:1: ( rule__FlowEntry__Group__0__Impl rule__FlowEntry__Group__1 )
            // InternalManifestParser.g:2031:2: rule__FlowEntry__Group__0__Impl rule__FlowEntry__Group__1
            {
            pushFollow(FOLLOW_15);
            rule__FlowEntry__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowEntry__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group__0"


    // $ANTLR start "rule__FlowEntry__Group__0__Impl"
    // InternalManifestParser.g:2038:1: rule__FlowEntry__Group__0__Impl : ( ( rule__FlowEntry__Alternatives_0 ) ) ;
    public final void rule__FlowEntry__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2042:1: ( ( ( rule__FlowEntry__Alternatives_0 ) ) )
            // InternalManifestParser.g:2043:1: ( ( rule__FlowEntry__Alternatives_0 ) )
            {
            // InternalManifestParser.g:2043:1: ( ( rule__FlowEntry__Alternatives_0 ) )
            // InternalManifestParser.g:2044:2: ( rule__FlowEntry__Alternatives_0 )
            {
             before(grammarAccess.getFlowEntryAccess().getAlternatives_0()); 
            // InternalManifestParser.g:2045:2: ( rule__FlowEntry__Alternatives_0 )
            // InternalManifestParser.g:2045:3: rule__FlowEntry__Alternatives_0
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__Alternatives_0();

            state._fsp--;


            }

             after(grammarAccess.getFlowEntryAccess().getAlternatives_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group__0__Impl"


    // $ANTLR start "rule__FlowEntry__Group__1"
    // InternalManifestParser.g:2053:1: rule__FlowEntry__Group__1 : rule__FlowEntry__Group__1__Impl ;
    public final void rule__FlowEntry__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2057:1: ( rule__FlowEntry__Group__1__Impl )
            // InternalManifestParser.g:2058:2: rule__FlowEntry__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group__1"


    // $ANTLR start "rule__FlowEntry__Group__1__Impl"
    // InternalManifestParser.g:2064:1: rule__FlowEntry__Group__1__Impl : ( ( rule__FlowEntry__Group_1__0 )? ) ;
    public final void rule__FlowEntry__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2068:1: ( ( ( rule__FlowEntry__Group_1__0 )? ) )
            // InternalManifestParser.g:2069:1: ( ( rule__FlowEntry__Group_1__0 )? )
            {
            // InternalManifestParser.g:2069:1: ( ( rule__FlowEntry__Group_1__0 )? )
            // InternalManifestParser.g:2070:2: ( rule__FlowEntry__Group_1__0 )?
            {
             before(grammarAccess.getFlowEntryAccess().getGroup_1()); 
            // InternalManifestParser.g:2071:2: ( rule__FlowEntry__Group_1__0 )?
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==RULE_COLON) ) {
                alt28=1;
            }
            switch (alt28) {
                case 1 :
                    // InternalManifestParser.g:2071:3: rule__FlowEntry__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__FlowEntry__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFlowEntryAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group__1__Impl"


    // $ANTLR start "rule__FlowEntry__Group_0_0__0"
    // InternalManifestParser.g:2080:1: rule__FlowEntry__Group_0_0__0 : rule__FlowEntry__Group_0_0__0__Impl rule__FlowEntry__Group_0_0__1 ;
    public final void rule__FlowEntry__Group_0_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2084:1: ( rule__FlowEntry__Group_0_0__0__Impl rule__FlowEntry__Group_0_0__1 )
            // InternalManifestParser.g:2085:2: rule__FlowEntry__Group_0_0__0__Impl rule__FlowEntry__Group_0_0__1
            {
            pushFollow(FOLLOW_7);
            rule__FlowEntry__Group_0_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowEntry__Group_0_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_0_0__0"


    // $ANTLR start "rule__FlowEntry__Group_0_0__0__Impl"
    // InternalManifestParser.g:2092:1: rule__FlowEntry__Group_0_0__0__Impl : ( ( rule__FlowEntry__ExplicitAssignment_0_0_0 ) ) ;
    public final void rule__FlowEntry__Group_0_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2096:1: ( ( ( rule__FlowEntry__ExplicitAssignment_0_0_0 ) ) )
            // InternalManifestParser.g:2097:1: ( ( rule__FlowEntry__ExplicitAssignment_0_0_0 ) )
            {
            // InternalManifestParser.g:2097:1: ( ( rule__FlowEntry__ExplicitAssignment_0_0_0 ) )
            // InternalManifestParser.g:2098:2: ( rule__FlowEntry__ExplicitAssignment_0_0_0 )
            {
             before(grammarAccess.getFlowEntryAccess().getExplicitAssignment_0_0_0()); 
            // InternalManifestParser.g:2099:2: ( rule__FlowEntry__ExplicitAssignment_0_0_0 )
            // InternalManifestParser.g:2099:3: rule__FlowEntry__ExplicitAssignment_0_0_0
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__ExplicitAssignment_0_0_0();

            state._fsp--;


            }

             after(grammarAccess.getFlowEntryAccess().getExplicitAssignment_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_0_0__0__Impl"


    // $ANTLR start "rule__FlowEntry__Group_0_0__1"
    // InternalManifestParser.g:2107:1: rule__FlowEntry__Group_0_0__1 : rule__FlowEntry__Group_0_0__1__Impl ;
    public final void rule__FlowEntry__Group_0_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2111:1: ( rule__FlowEntry__Group_0_0__1__Impl )
            // InternalManifestParser.g:2112:2: rule__FlowEntry__Group_0_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__Group_0_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_0_0__1"


    // $ANTLR start "rule__FlowEntry__Group_0_0__1__Impl"
    // InternalManifestParser.g:2118:1: rule__FlowEntry__Group_0_0__1__Impl : ( ( rule__FlowEntry__KeyAssignment_0_0_1 )? ) ;
    public final void rule__FlowEntry__Group_0_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2122:1: ( ( ( rule__FlowEntry__KeyAssignment_0_0_1 )? ) )
            // InternalManifestParser.g:2123:1: ( ( rule__FlowEntry__KeyAssignment_0_0_1 )? )
            {
            // InternalManifestParser.g:2123:1: ( ( rule__FlowEntry__KeyAssignment_0_0_1 )? )
            // InternalManifestParser.g:2124:2: ( rule__FlowEntry__KeyAssignment_0_0_1 )?
            {
             before(grammarAccess.getFlowEntryAccess().getKeyAssignment_0_0_1()); 
            // InternalManifestParser.g:2125:2: ( rule__FlowEntry__KeyAssignment_0_0_1 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( ((LA29_0>=RULE_MAP_BEGIN && LA29_0<=RULE_SEQ_BEGIN)||LA29_0==RULE_LBRACE||LA29_0==RULE_LBRACKET||(LA29_0>=RULE_ANCHOR && LA29_0<=RULE_FOLDED)) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalManifestParser.g:2125:3: rule__FlowEntry__KeyAssignment_0_0_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__FlowEntry__KeyAssignment_0_0_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFlowEntryAccess().getKeyAssignment_0_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_0_0__1__Impl"


    // $ANTLR start "rule__FlowEntry__Group_1__0"
    // InternalManifestParser.g:2134:1: rule__FlowEntry__Group_1__0 : rule__FlowEntry__Group_1__0__Impl rule__FlowEntry__Group_1__1 ;
    public final void rule__FlowEntry__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2138:1: ( rule__FlowEntry__Group_1__0__Impl rule__FlowEntry__Group_1__1 )
            // InternalManifestParser.g:2139:2: rule__FlowEntry__Group_1__0__Impl rule__FlowEntry__Group_1__1
            {
            pushFollow(FOLLOW_7);
            rule__FlowEntry__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__FlowEntry__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_1__0"


    // $ANTLR start "rule__FlowEntry__Group_1__0__Impl"
    // InternalManifestParser.g:2146:1: rule__FlowEntry__Group_1__0__Impl : ( ( rule__FlowEntry__PairAssignment_1_0 ) ) ;
    public final void rule__FlowEntry__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2150:1: ( ( ( rule__FlowEntry__PairAssignment_1_0 ) ) )
            // InternalManifestParser.g:2151:1: ( ( rule__FlowEntry__PairAssignment_1_0 ) )
            {
            // InternalManifestParser.g:2151:1: ( ( rule__FlowEntry__PairAssignment_1_0 ) )
            // InternalManifestParser.g:2152:2: ( rule__FlowEntry__PairAssignment_1_0 )
            {
             before(grammarAccess.getFlowEntryAccess().getPairAssignment_1_0()); 
            // InternalManifestParser.g:2153:2: ( rule__FlowEntry__PairAssignment_1_0 )
            // InternalManifestParser.g:2153:3: rule__FlowEntry__PairAssignment_1_0
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__PairAssignment_1_0();

            state._fsp--;


            }

             after(grammarAccess.getFlowEntryAccess().getPairAssignment_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_1__0__Impl"


    // $ANTLR start "rule__FlowEntry__Group_1__1"
    // InternalManifestParser.g:2161:1: rule__FlowEntry__Group_1__1 : rule__FlowEntry__Group_1__1__Impl ;
    public final void rule__FlowEntry__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2165:1: ( rule__FlowEntry__Group_1__1__Impl )
            // InternalManifestParser.g:2166:2: rule__FlowEntry__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_1__1"


    // $ANTLR start "rule__FlowEntry__Group_1__1__Impl"
    // InternalManifestParser.g:2172:1: rule__FlowEntry__Group_1__1__Impl : ( ( rule__FlowEntry__ValueAssignment_1_1 )? ) ;
    public final void rule__FlowEntry__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2176:1: ( ( ( rule__FlowEntry__ValueAssignment_1_1 )? ) )
            // InternalManifestParser.g:2177:1: ( ( rule__FlowEntry__ValueAssignment_1_1 )? )
            {
            // InternalManifestParser.g:2177:1: ( ( rule__FlowEntry__ValueAssignment_1_1 )? )
            // InternalManifestParser.g:2178:2: ( rule__FlowEntry__ValueAssignment_1_1 )?
            {
             before(grammarAccess.getFlowEntryAccess().getValueAssignment_1_1()); 
            // InternalManifestParser.g:2179:2: ( rule__FlowEntry__ValueAssignment_1_1 )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( ((LA30_0>=RULE_MAP_BEGIN && LA30_0<=RULE_SEQ_BEGIN)||LA30_0==RULE_LBRACE||LA30_0==RULE_LBRACKET||(LA30_0>=RULE_ANCHOR && LA30_0<=RULE_FOLDED)) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalManifestParser.g:2179:3: rule__FlowEntry__ValueAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__FlowEntry__ValueAssignment_1_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getFlowEntryAccess().getValueAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__Group_1__1__Impl"


    // $ANTLR start "rule__Stream__DocumentsAssignment_1"
    // InternalManifestParser.g:2188:1: rule__Stream__DocumentsAssignment_1 : ( ruleDocument ) ;
    public final void rule__Stream__DocumentsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2192:1: ( ( ruleDocument ) )
            // InternalManifestParser.g:2193:2: ( ruleDocument )
            {
            // InternalManifestParser.g:2193:2: ( ruleDocument )
            // InternalManifestParser.g:2194:3: ruleDocument
            {
             before(grammarAccess.getStreamAccess().getDocumentsDocumentParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDocument();

            state._fsp--;

             after(grammarAccess.getStreamAccess().getDocumentsDocumentParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Stream__DocumentsAssignment_1"


    // $ANTLR start "rule__Document__DirectivesAssignment_1"
    // InternalManifestParser.g:2203:1: rule__Document__DirectivesAssignment_1 : ( ruleDirective ) ;
    public final void rule__Document__DirectivesAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2207:1: ( ( ruleDirective ) )
            // InternalManifestParser.g:2208:2: ( ruleDirective )
            {
            // InternalManifestParser.g:2208:2: ( ruleDirective )
            // InternalManifestParser.g:2209:3: ruleDirective
            {
             before(grammarAccess.getDocumentAccess().getDirectivesDirectiveParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDirective();

            state._fsp--;

             after(grammarAccess.getDocumentAccess().getDirectivesDirectiveParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__DirectivesAssignment_1"


    // $ANTLR start "rule__Document__RootAssignment_3"
    // InternalManifestParser.g:2218:1: rule__Document__RootAssignment_3 : ( ruleNode ) ;
    public final void rule__Document__RootAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2222:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2223:2: ( ruleNode )
            {
            // InternalManifestParser.g:2223:2: ( ruleNode )
            // InternalManifestParser.g:2224:3: ruleNode
            {
             before(grammarAccess.getDocumentAccess().getRootNodeParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getDocumentAccess().getRootNodeParserRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Document__RootAssignment_3"


    // $ANTLR start "rule__Directive__TextAssignment"
    // InternalManifestParser.g:2233:1: rule__Directive__TextAssignment : ( RULE_DIRECTIVE_TEXT ) ;
    public final void rule__Directive__TextAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2237:1: ( ( RULE_DIRECTIVE_TEXT ) )
            // InternalManifestParser.g:2238:2: ( RULE_DIRECTIVE_TEXT )
            {
            // InternalManifestParser.g:2238:2: ( RULE_DIRECTIVE_TEXT )
            // InternalManifestParser.g:2239:3: RULE_DIRECTIVE_TEXT
            {
             before(grammarAccess.getDirectiveAccess().getTextDIRECTIVE_TEXTTerminalRuleCall_0()); 
            match(input,RULE_DIRECTIVE_TEXT,FOLLOW_2); 
             after(grammarAccess.getDirectiveAccess().getTextDIRECTIVE_TEXTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Directive__TextAssignment"


    // $ANTLR start "rule__AliasNode__AliasAssignment"
    // InternalManifestParser.g:2248:1: rule__AliasNode__AliasAssignment : ( RULE_ALIAS ) ;
    public final void rule__AliasNode__AliasAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2252:1: ( ( RULE_ALIAS ) )
            // InternalManifestParser.g:2253:2: ( RULE_ALIAS )
            {
            // InternalManifestParser.g:2253:2: ( RULE_ALIAS )
            // InternalManifestParser.g:2254:3: RULE_ALIAS
            {
             before(grammarAccess.getAliasNodeAccess().getAliasALIASTerminalRuleCall_0()); 
            match(input,RULE_ALIAS,FOLLOW_2); 
             after(grammarAccess.getAliasNodeAccess().getAliasALIASTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AliasNode__AliasAssignment"


    // $ANTLR start "rule__ContentNode__PropertiesAssignment_0_0"
    // InternalManifestParser.g:2263:1: rule__ContentNode__PropertiesAssignment_0_0 : ( ruleProperties ) ;
    public final void rule__ContentNode__PropertiesAssignment_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2267:1: ( ( ruleProperties ) )
            // InternalManifestParser.g:2268:2: ( ruleProperties )
            {
            // InternalManifestParser.g:2268:2: ( ruleProperties )
            // InternalManifestParser.g:2269:3: ruleProperties
            {
             before(grammarAccess.getContentNodeAccess().getPropertiesPropertiesParserRuleCall_0_0_0()); 
            pushFollow(FOLLOW_2);
            ruleProperties();

            state._fsp--;

             after(grammarAccess.getContentNodeAccess().getPropertiesPropertiesParserRuleCall_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__PropertiesAssignment_0_0"


    // $ANTLR start "rule__ContentNode__ValueAssignment_0_1"
    // InternalManifestParser.g:2278:1: rule__ContentNode__ValueAssignment_0_1 : ( ruleValue ) ;
    public final void rule__ContentNode__ValueAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2282:1: ( ( ruleValue ) )
            // InternalManifestParser.g:2283:2: ( ruleValue )
            {
            // InternalManifestParser.g:2283:2: ( ruleValue )
            // InternalManifestParser.g:2284:3: ruleValue
            {
             before(grammarAccess.getContentNodeAccess().getValueValueParserRuleCall_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValue();

            state._fsp--;

             after(grammarAccess.getContentNodeAccess().getValueValueParserRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__ValueAssignment_0_1"


    // $ANTLR start "rule__ContentNode__ValueAssignment_1"
    // InternalManifestParser.g:2293:1: rule__ContentNode__ValueAssignment_1 : ( ruleValue ) ;
    public final void rule__ContentNode__ValueAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2297:1: ( ( ruleValue ) )
            // InternalManifestParser.g:2298:2: ( ruleValue )
            {
            // InternalManifestParser.g:2298:2: ( ruleValue )
            // InternalManifestParser.g:2299:3: ruleValue
            {
             before(grammarAccess.getContentNodeAccess().getValueValueParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleValue();

            state._fsp--;

             after(grammarAccess.getContentNodeAccess().getValueValueParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ContentNode__ValueAssignment_1"


    // $ANTLR start "rule__Properties__AnchorAssignment_0_0"
    // InternalManifestParser.g:2308:1: rule__Properties__AnchorAssignment_0_0 : ( RULE_ANCHOR ) ;
    public final void rule__Properties__AnchorAssignment_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2312:1: ( ( RULE_ANCHOR ) )
            // InternalManifestParser.g:2313:2: ( RULE_ANCHOR )
            {
            // InternalManifestParser.g:2313:2: ( RULE_ANCHOR )
            // InternalManifestParser.g:2314:3: RULE_ANCHOR
            {
             before(grammarAccess.getPropertiesAccess().getAnchorANCHORTerminalRuleCall_0_0_0()); 
            match(input,RULE_ANCHOR,FOLLOW_2); 
             after(grammarAccess.getPropertiesAccess().getAnchorANCHORTerminalRuleCall_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__AnchorAssignment_0_0"


    // $ANTLR start "rule__Properties__TagAssignment_0_1"
    // InternalManifestParser.g:2323:1: rule__Properties__TagAssignment_0_1 : ( RULE_TAG ) ;
    public final void rule__Properties__TagAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2327:1: ( ( RULE_TAG ) )
            // InternalManifestParser.g:2328:2: ( RULE_TAG )
            {
            // InternalManifestParser.g:2328:2: ( RULE_TAG )
            // InternalManifestParser.g:2329:3: RULE_TAG
            {
             before(grammarAccess.getPropertiesAccess().getTagTAGTerminalRuleCall_0_1_0()); 
            match(input,RULE_TAG,FOLLOW_2); 
             after(grammarAccess.getPropertiesAccess().getTagTAGTerminalRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__TagAssignment_0_1"


    // $ANTLR start "rule__Properties__TagAssignment_1_0"
    // InternalManifestParser.g:2338:1: rule__Properties__TagAssignment_1_0 : ( RULE_TAG ) ;
    public final void rule__Properties__TagAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2342:1: ( ( RULE_TAG ) )
            // InternalManifestParser.g:2343:2: ( RULE_TAG )
            {
            // InternalManifestParser.g:2343:2: ( RULE_TAG )
            // InternalManifestParser.g:2344:3: RULE_TAG
            {
             before(grammarAccess.getPropertiesAccess().getTagTAGTerminalRuleCall_1_0_0()); 
            match(input,RULE_TAG,FOLLOW_2); 
             after(grammarAccess.getPropertiesAccess().getTagTAGTerminalRuleCall_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__TagAssignment_1_0"


    // $ANTLR start "rule__Properties__AnchorAssignment_1_1"
    // InternalManifestParser.g:2353:1: rule__Properties__AnchorAssignment_1_1 : ( RULE_ANCHOR ) ;
    public final void rule__Properties__AnchorAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2357:1: ( ( RULE_ANCHOR ) )
            // InternalManifestParser.g:2358:2: ( RULE_ANCHOR )
            {
            // InternalManifestParser.g:2358:2: ( RULE_ANCHOR )
            // InternalManifestParser.g:2359:3: RULE_ANCHOR
            {
             before(grammarAccess.getPropertiesAccess().getAnchorANCHORTerminalRuleCall_1_1_0()); 
            match(input,RULE_ANCHOR,FOLLOW_2); 
             after(grammarAccess.getPropertiesAccess().getAnchorANCHORTerminalRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Properties__AnchorAssignment_1_1"


    // $ANTLR start "rule__BlockMapping__EntriesAssignment_1"
    // InternalManifestParser.g:2368:1: rule__BlockMapping__EntriesAssignment_1 : ( ruleMappingEntry ) ;
    public final void rule__BlockMapping__EntriesAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2372:1: ( ( ruleMappingEntry ) )
            // InternalManifestParser.g:2373:2: ( ruleMappingEntry )
            {
            // InternalManifestParser.g:2373:2: ( ruleMappingEntry )
            // InternalManifestParser.g:2374:3: ruleMappingEntry
            {
             before(grammarAccess.getBlockMappingAccess().getEntriesMappingEntryParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleMappingEntry();

            state._fsp--;

             after(grammarAccess.getBlockMappingAccess().getEntriesMappingEntryParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockMapping__EntriesAssignment_1"


    // $ANTLR start "rule__MappingEntry__ExplicitAssignment_1_0_0"
    // InternalManifestParser.g:2383:1: rule__MappingEntry__ExplicitAssignment_1_0_0 : ( RULE_QUESTION ) ;
    public final void rule__MappingEntry__ExplicitAssignment_1_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2387:1: ( ( RULE_QUESTION ) )
            // InternalManifestParser.g:2388:2: ( RULE_QUESTION )
            {
            // InternalManifestParser.g:2388:2: ( RULE_QUESTION )
            // InternalManifestParser.g:2389:3: RULE_QUESTION
            {
             before(grammarAccess.getMappingEntryAccess().getExplicitQUESTIONTerminalRuleCall_1_0_0_0()); 
            match(input,RULE_QUESTION,FOLLOW_2); 
             after(grammarAccess.getMappingEntryAccess().getExplicitQUESTIONTerminalRuleCall_1_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__ExplicitAssignment_1_0_0"


    // $ANTLR start "rule__MappingEntry__KeyAssignment_1_0_1"
    // InternalManifestParser.g:2398:1: rule__MappingEntry__KeyAssignment_1_0_1 : ( ruleNode ) ;
    public final void rule__MappingEntry__KeyAssignment_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2402:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2403:2: ( ruleNode )
            {
            // InternalManifestParser.g:2403:2: ( ruleNode )
            // InternalManifestParser.g:2404:3: ruleNode
            {
             before(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__KeyAssignment_1_0_1"


    // $ANTLR start "rule__MappingEntry__ValueAssignment_1_0_2_1"
    // InternalManifestParser.g:2413:1: rule__MappingEntry__ValueAssignment_1_0_2_1 : ( ruleNode ) ;
    public final void rule__MappingEntry__ValueAssignment_1_0_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2417:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2418:2: ( ruleNode )
            {
            // InternalManifestParser.g:2418:2: ( ruleNode )
            // InternalManifestParser.g:2419:3: ruleNode
            {
             before(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_1_0_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_1_0_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__ValueAssignment_1_0_2_1"


    // $ANTLR start "rule__MappingEntry__KeyAssignment_1_1_0"
    // InternalManifestParser.g:2428:1: rule__MappingEntry__KeyAssignment_1_1_0 : ( ruleNode ) ;
    public final void rule__MappingEntry__KeyAssignment_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2432:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2433:2: ( ruleNode )
            {
            // InternalManifestParser.g:2433:2: ( ruleNode )
            // InternalManifestParser.g:2434:3: ruleNode
            {
             before(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__KeyAssignment_1_1_0"


    // $ANTLR start "rule__MappingEntry__ValueAssignment_1_1_2"
    // InternalManifestParser.g:2443:1: rule__MappingEntry__ValueAssignment_1_1_2 : ( ruleNode ) ;
    public final void rule__MappingEntry__ValueAssignment_1_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2447:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2448:2: ( ruleNode )
            {
            // InternalManifestParser.g:2448:2: ( ruleNode )
            // InternalManifestParser.g:2449:3: ruleNode
            {
             before(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_1_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_1_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingEntry__ValueAssignment_1_1_2"


    // $ANTLR start "rule__BlockSequence__ItemsAssignment_1"
    // InternalManifestParser.g:2458:1: rule__BlockSequence__ItemsAssignment_1 : ( ruleSequenceItem ) ;
    public final void rule__BlockSequence__ItemsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2462:1: ( ( ruleSequenceItem ) )
            // InternalManifestParser.g:2463:2: ( ruleSequenceItem )
            {
            // InternalManifestParser.g:2463:2: ( ruleSequenceItem )
            // InternalManifestParser.g:2464:3: ruleSequenceItem
            {
             before(grammarAccess.getBlockSequenceAccess().getItemsSequenceItemParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSequenceItem();

            state._fsp--;

             after(grammarAccess.getBlockSequenceAccess().getItemsSequenceItemParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__BlockSequence__ItemsAssignment_1"


    // $ANTLR start "rule__SequenceItem__ValueAssignment_2"
    // InternalManifestParser.g:2473:1: rule__SequenceItem__ValueAssignment_2 : ( ruleNode ) ;
    public final void rule__SequenceItem__ValueAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2477:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2478:2: ( ruleNode )
            {
            // InternalManifestParser.g:2478:2: ( ruleNode )
            // InternalManifestParser.g:2479:3: ruleNode
            {
             before(grammarAccess.getSequenceItemAccess().getValueNodeParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getSequenceItemAccess().getValueNodeParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SequenceItem__ValueAssignment_2"


    // $ANTLR start "rule__FlowMapping__EntriesAssignment_2_0"
    // InternalManifestParser.g:2488:1: rule__FlowMapping__EntriesAssignment_2_0 : ( ruleFlowEntry ) ;
    public final void rule__FlowMapping__EntriesAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2492:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2493:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2493:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2494:3: ruleFlowEntry
            {
             before(grammarAccess.getFlowMappingAccess().getEntriesFlowEntryParserRuleCall_2_0_0()); 
            pushFollow(FOLLOW_2);
            ruleFlowEntry();

            state._fsp--;

             after(grammarAccess.getFlowMappingAccess().getEntriesFlowEntryParserRuleCall_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__EntriesAssignment_2_0"


    // $ANTLR start "rule__FlowMapping__EntriesAssignment_2_1_1"
    // InternalManifestParser.g:2503:1: rule__FlowMapping__EntriesAssignment_2_1_1 : ( ruleFlowEntry ) ;
    public final void rule__FlowMapping__EntriesAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2507:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2508:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2508:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2509:3: ruleFlowEntry
            {
             before(grammarAccess.getFlowMappingAccess().getEntriesFlowEntryParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleFlowEntry();

            state._fsp--;

             after(grammarAccess.getFlowMappingAccess().getEntriesFlowEntryParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowMapping__EntriesAssignment_2_1_1"


    // $ANTLR start "rule__FlowSequence__EntriesAssignment_2_0"
    // InternalManifestParser.g:2518:1: rule__FlowSequence__EntriesAssignment_2_0 : ( ruleFlowEntry ) ;
    public final void rule__FlowSequence__EntriesAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2522:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2523:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2523:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2524:3: ruleFlowEntry
            {
             before(grammarAccess.getFlowSequenceAccess().getEntriesFlowEntryParserRuleCall_2_0_0()); 
            pushFollow(FOLLOW_2);
            ruleFlowEntry();

            state._fsp--;

             after(grammarAccess.getFlowSequenceAccess().getEntriesFlowEntryParserRuleCall_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__EntriesAssignment_2_0"


    // $ANTLR start "rule__FlowSequence__EntriesAssignment_2_1_1"
    // InternalManifestParser.g:2533:1: rule__FlowSequence__EntriesAssignment_2_1_1 : ( ruleFlowEntry ) ;
    public final void rule__FlowSequence__EntriesAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2537:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2538:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2538:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2539:3: ruleFlowEntry
            {
             before(grammarAccess.getFlowSequenceAccess().getEntriesFlowEntryParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleFlowEntry();

            state._fsp--;

             after(grammarAccess.getFlowSequenceAccess().getEntriesFlowEntryParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowSequence__EntriesAssignment_2_1_1"


    // $ANTLR start "rule__FlowEntry__ExplicitAssignment_0_0_0"
    // InternalManifestParser.g:2548:1: rule__FlowEntry__ExplicitAssignment_0_0_0 : ( RULE_QUESTION ) ;
    public final void rule__FlowEntry__ExplicitAssignment_0_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2552:1: ( ( RULE_QUESTION ) )
            // InternalManifestParser.g:2553:2: ( RULE_QUESTION )
            {
            // InternalManifestParser.g:2553:2: ( RULE_QUESTION )
            // InternalManifestParser.g:2554:3: RULE_QUESTION
            {
             before(grammarAccess.getFlowEntryAccess().getExplicitQUESTIONTerminalRuleCall_0_0_0_0()); 
            match(input,RULE_QUESTION,FOLLOW_2); 
             after(grammarAccess.getFlowEntryAccess().getExplicitQUESTIONTerminalRuleCall_0_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__ExplicitAssignment_0_0_0"


    // $ANTLR start "rule__FlowEntry__KeyAssignment_0_0_1"
    // InternalManifestParser.g:2563:1: rule__FlowEntry__KeyAssignment_0_0_1 : ( ruleNode ) ;
    public final void rule__FlowEntry__KeyAssignment_0_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2567:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2568:2: ( ruleNode )
            {
            // InternalManifestParser.g:2568:2: ( ruleNode )
            // InternalManifestParser.g:2569:3: ruleNode
            {
             before(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__KeyAssignment_0_0_1"


    // $ANTLR start "rule__FlowEntry__KeyAssignment_0_1"
    // InternalManifestParser.g:2578:1: rule__FlowEntry__KeyAssignment_0_1 : ( ruleNode ) ;
    public final void rule__FlowEntry__KeyAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2582:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2583:2: ( ruleNode )
            {
            // InternalManifestParser.g:2583:2: ( ruleNode )
            // InternalManifestParser.g:2584:3: ruleNode
            {
             before(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__KeyAssignment_0_1"


    // $ANTLR start "rule__FlowEntry__PairAssignment_1_0"
    // InternalManifestParser.g:2593:1: rule__FlowEntry__PairAssignment_1_0 : ( RULE_COLON ) ;
    public final void rule__FlowEntry__PairAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2597:1: ( ( RULE_COLON ) )
            // InternalManifestParser.g:2598:2: ( RULE_COLON )
            {
            // InternalManifestParser.g:2598:2: ( RULE_COLON )
            // InternalManifestParser.g:2599:3: RULE_COLON
            {
             before(grammarAccess.getFlowEntryAccess().getPairCOLONTerminalRuleCall_1_0_0()); 
            match(input,RULE_COLON,FOLLOW_2); 
             after(grammarAccess.getFlowEntryAccess().getPairCOLONTerminalRuleCall_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__PairAssignment_1_0"


    // $ANTLR start "rule__FlowEntry__ValueAssignment_1_1"
    // InternalManifestParser.g:2608:1: rule__FlowEntry__ValueAssignment_1_1 : ( ruleNode ) ;
    public final void rule__FlowEntry__ValueAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2612:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2613:2: ( ruleNode )
            {
            // InternalManifestParser.g:2613:2: ( ruleNode )
            // InternalManifestParser.g:2614:3: ruleNode
            {
             before(grammarAccess.getFlowEntryAccess().getValueNodeParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getFlowEntryAccess().getValueNodeParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__FlowEntry__ValueAssignment_1_1"


    // $ANTLR start "rule__Scalar__TargetAssignment"
    // InternalManifestParser.g:2623:1: rule__Scalar__TargetAssignment : ( ( ruleScalarText ) ) ;
    public final void rule__Scalar__TargetAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2627:1: ( ( ( ruleScalarText ) ) )
            // InternalManifestParser.g:2628:2: ( ( ruleScalarText ) )
            {
            // InternalManifestParser.g:2628:2: ( ( ruleScalarText ) )
            // InternalManifestParser.g:2629:3: ( ruleScalarText )
            {
             before(grammarAccess.getScalarAccess().getTargetDocumentCrossReference_0()); 
            // InternalManifestParser.g:2630:3: ( ruleScalarText )
            // InternalManifestParser.g:2631:4: ruleScalarText
            {
             before(grammarAccess.getScalarAccess().getTargetDocumentScalarTextParserRuleCall_0_1()); 
            pushFollow(FOLLOW_2);
            ruleScalarText();

            state._fsp--;

             after(grammarAccess.getScalarAccess().getTargetDocumentScalarTextParserRuleCall_0_1()); 

            }

             after(grammarAccess.getScalarAccess().getTargetDocumentCrossReference_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Scalar__TargetAssignment"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000030L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000000032L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000007F941C0L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000007F94180L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000080000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000400L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000200L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000402L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000007F94980L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000007F96180L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000001002L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000007F9C980L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000040002L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000010000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000007FB4980L});

}