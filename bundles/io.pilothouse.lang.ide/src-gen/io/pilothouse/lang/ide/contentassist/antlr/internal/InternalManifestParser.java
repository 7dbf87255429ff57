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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_DIRECTIVE_TEXT", "RULE_DOC_START", "RULE_DOC_END", "RULE_MAP_BEGIN", "RULE_SEQ_BEGIN", "RULE_BLOCK_END", "RULE_KEY", "RULE_DASH", "RULE_COLON", "RULE_LBRACE", "RULE_RBRACE", "RULE_LBRACKET", "RULE_RBRACKET", "RULE_COMMA", "RULE_ANCHOR", "RULE_ALIAS", "RULE_TAG", "RULE_PLAIN", "RULE_SINGLE_QUOTED", "RULE_DOUBLE_QUOTED", "RULE_LITERAL", "RULE_FOLDED", "RULE_WS", "RULE_NL", "RULE_COMMENT", "RULE_INVALID"
    };
    public static final int RULE_SEQ_BEGIN=8;
    public static final int RULE_LBRACKET=15;
    public static final int RULE_MAP_BEGIN=7;
    public static final int RULE_FOLDED=25;
    public static final int RULE_KEY=10;
    public static final int RULE_TAG=20;
    public static final int RULE_DOUBLE_QUOTED=23;
    public static final int RULE_INVALID=29;
    public static final int RULE_DASH=11;
    public static final int RULE_ALIAS=19;
    public static final int EOF=-1;
    public static final int RULE_LITERAL=24;
    public static final int RULE_LBRACE=13;
    public static final int RULE_COMMA=17;
    public static final int RULE_WS=26;
    public static final int RULE_DOC_END=6;
    public static final int RULE_PLAIN=21;
    public static final int RULE_COMMENT=28;
    public static final int RULE_COLON=12;
    public static final int RULE_RBRACE=14;
    public static final int RULE_SINGLE_QUOTED=22;
    public static final int RULE_ANCHOR=18;
    public static final int RULE_DOC_START=5;
    public static final int RULE_DIRECTIVE_TEXT=4;
    public static final int RULE_NL=27;
    public static final int RULE_BLOCK_END=9;
    public static final int RULE_RBRACKET=16;

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


    // $ANTLR start "rule__ScalarText__Alternatives"
    // InternalManifestParser.g:581:1: rule__ScalarText__Alternatives : ( ( RULE_PLAIN ) | ( RULE_SINGLE_QUOTED ) | ( RULE_DOUBLE_QUOTED ) | ( RULE_LITERAL ) | ( RULE_FOLDED ) );
    public final void rule__ScalarText__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:585:1: ( ( RULE_PLAIN ) | ( RULE_SINGLE_QUOTED ) | ( RULE_DOUBLE_QUOTED ) | ( RULE_LITERAL ) | ( RULE_FOLDED ) )
            int alt5=5;
            switch ( input.LA(1) ) {
            case RULE_PLAIN:
                {
                alt5=1;
                }
                break;
            case RULE_SINGLE_QUOTED:
                {
                alt5=2;
                }
                break;
            case RULE_DOUBLE_QUOTED:
                {
                alt5=3;
                }
                break;
            case RULE_LITERAL:
                {
                alt5=4;
                }
                break;
            case RULE_FOLDED:
                {
                alt5=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }

            switch (alt5) {
                case 1 :
                    // InternalManifestParser.g:586:2: ( RULE_PLAIN )
                    {
                    // InternalManifestParser.g:586:2: ( RULE_PLAIN )
                    // InternalManifestParser.g:587:3: RULE_PLAIN
                    {
                     before(grammarAccess.getScalarTextAccess().getPLAINTerminalRuleCall_0()); 
                    match(input,RULE_PLAIN,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getPLAINTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalManifestParser.g:592:2: ( RULE_SINGLE_QUOTED )
                    {
                    // InternalManifestParser.g:592:2: ( RULE_SINGLE_QUOTED )
                    // InternalManifestParser.g:593:3: RULE_SINGLE_QUOTED
                    {
                     before(grammarAccess.getScalarTextAccess().getSINGLE_QUOTEDTerminalRuleCall_1()); 
                    match(input,RULE_SINGLE_QUOTED,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getSINGLE_QUOTEDTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalManifestParser.g:598:2: ( RULE_DOUBLE_QUOTED )
                    {
                    // InternalManifestParser.g:598:2: ( RULE_DOUBLE_QUOTED )
                    // InternalManifestParser.g:599:3: RULE_DOUBLE_QUOTED
                    {
                     before(grammarAccess.getScalarTextAccess().getDOUBLE_QUOTEDTerminalRuleCall_2()); 
                    match(input,RULE_DOUBLE_QUOTED,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getDOUBLE_QUOTEDTerminalRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalManifestParser.g:604:2: ( RULE_LITERAL )
                    {
                    // InternalManifestParser.g:604:2: ( RULE_LITERAL )
                    // InternalManifestParser.g:605:3: RULE_LITERAL
                    {
                     before(grammarAccess.getScalarTextAccess().getLITERALTerminalRuleCall_3()); 
                    match(input,RULE_LITERAL,FOLLOW_2); 
                     after(grammarAccess.getScalarTextAccess().getLITERALTerminalRuleCall_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalManifestParser.g:610:2: ( RULE_FOLDED )
                    {
                    // InternalManifestParser.g:610:2: ( RULE_FOLDED )
                    // InternalManifestParser.g:611:3: RULE_FOLDED
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
    // InternalManifestParser.g:620:1: rule__Stream__Group__0 : rule__Stream__Group__0__Impl rule__Stream__Group__1 ;
    public final void rule__Stream__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:624:1: ( rule__Stream__Group__0__Impl rule__Stream__Group__1 )
            // InternalManifestParser.g:625:2: rule__Stream__Group__0__Impl rule__Stream__Group__1
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
    // InternalManifestParser.g:632:1: rule__Stream__Group__0__Impl : ( () ) ;
    public final void rule__Stream__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:636:1: ( ( () ) )
            // InternalManifestParser.g:637:1: ( () )
            {
            // InternalManifestParser.g:637:1: ( () )
            // InternalManifestParser.g:638:2: ()
            {
             before(grammarAccess.getStreamAccess().getStreamAction_0()); 
            // InternalManifestParser.g:639:2: ()
            // InternalManifestParser.g:639:3: 
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
    // InternalManifestParser.g:647:1: rule__Stream__Group__1 : rule__Stream__Group__1__Impl ;
    public final void rule__Stream__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:651:1: ( rule__Stream__Group__1__Impl )
            // InternalManifestParser.g:652:2: rule__Stream__Group__1__Impl
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
    // InternalManifestParser.g:658:1: rule__Stream__Group__1__Impl : ( ( rule__Stream__DocumentsAssignment_1 )* ) ;
    public final void rule__Stream__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:662:1: ( ( ( rule__Stream__DocumentsAssignment_1 )* ) )
            // InternalManifestParser.g:663:1: ( ( rule__Stream__DocumentsAssignment_1 )* )
            {
            // InternalManifestParser.g:663:1: ( ( rule__Stream__DocumentsAssignment_1 )* )
            // InternalManifestParser.g:664:2: ( rule__Stream__DocumentsAssignment_1 )*
            {
             before(grammarAccess.getStreamAccess().getDocumentsAssignment_1()); 
            // InternalManifestParser.g:665:2: ( rule__Stream__DocumentsAssignment_1 )*
            loop6:
            do {
                int alt6=2;
                int LA6_0 = input.LA(1);

                if ( ((LA6_0>=RULE_DIRECTIVE_TEXT && LA6_0<=RULE_DOC_START)) ) {
                    alt6=1;
                }


                switch (alt6) {
            	case 1 :
            	    // InternalManifestParser.g:665:3: rule__Stream__DocumentsAssignment_1
            	    {
            	    pushFollow(FOLLOW_4);
            	    rule__Stream__DocumentsAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop6;
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
    // InternalManifestParser.g:674:1: rule__Document__Group__0 : rule__Document__Group__0__Impl rule__Document__Group__1 ;
    public final void rule__Document__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:678:1: ( rule__Document__Group__0__Impl rule__Document__Group__1 )
            // InternalManifestParser.g:679:2: rule__Document__Group__0__Impl rule__Document__Group__1
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
    // InternalManifestParser.g:686:1: rule__Document__Group__0__Impl : ( () ) ;
    public final void rule__Document__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:690:1: ( ( () ) )
            // InternalManifestParser.g:691:1: ( () )
            {
            // InternalManifestParser.g:691:1: ( () )
            // InternalManifestParser.g:692:2: ()
            {
             before(grammarAccess.getDocumentAccess().getDocumentAction_0()); 
            // InternalManifestParser.g:693:2: ()
            // InternalManifestParser.g:693:3: 
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
    // InternalManifestParser.g:701:1: rule__Document__Group__1 : rule__Document__Group__1__Impl rule__Document__Group__2 ;
    public final void rule__Document__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:705:1: ( rule__Document__Group__1__Impl rule__Document__Group__2 )
            // InternalManifestParser.g:706:2: rule__Document__Group__1__Impl rule__Document__Group__2
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
    // InternalManifestParser.g:713:1: rule__Document__Group__1__Impl : ( ( rule__Document__DirectivesAssignment_1 )* ) ;
    public final void rule__Document__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:717:1: ( ( ( rule__Document__DirectivesAssignment_1 )* ) )
            // InternalManifestParser.g:718:1: ( ( rule__Document__DirectivesAssignment_1 )* )
            {
            // InternalManifestParser.g:718:1: ( ( rule__Document__DirectivesAssignment_1 )* )
            // InternalManifestParser.g:719:2: ( rule__Document__DirectivesAssignment_1 )*
            {
             before(grammarAccess.getDocumentAccess().getDirectivesAssignment_1()); 
            // InternalManifestParser.g:720:2: ( rule__Document__DirectivesAssignment_1 )*
            loop7:
            do {
                int alt7=2;
                int LA7_0 = input.LA(1);

                if ( (LA7_0==RULE_DIRECTIVE_TEXT) ) {
                    alt7=1;
                }


                switch (alt7) {
            	case 1 :
            	    // InternalManifestParser.g:720:3: rule__Document__DirectivesAssignment_1
            	    {
            	    pushFollow(FOLLOW_5);
            	    rule__Document__DirectivesAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop7;
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
    // InternalManifestParser.g:728:1: rule__Document__Group__2 : rule__Document__Group__2__Impl rule__Document__Group__3 ;
    public final void rule__Document__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:732:1: ( rule__Document__Group__2__Impl rule__Document__Group__3 )
            // InternalManifestParser.g:733:2: rule__Document__Group__2__Impl rule__Document__Group__3
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
    // InternalManifestParser.g:740:1: rule__Document__Group__2__Impl : ( RULE_DOC_START ) ;
    public final void rule__Document__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:744:1: ( ( RULE_DOC_START ) )
            // InternalManifestParser.g:745:1: ( RULE_DOC_START )
            {
            // InternalManifestParser.g:745:1: ( RULE_DOC_START )
            // InternalManifestParser.g:746:2: RULE_DOC_START
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
    // InternalManifestParser.g:755:1: rule__Document__Group__3 : rule__Document__Group__3__Impl rule__Document__Group__4 ;
    public final void rule__Document__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:759:1: ( rule__Document__Group__3__Impl rule__Document__Group__4 )
            // InternalManifestParser.g:760:2: rule__Document__Group__3__Impl rule__Document__Group__4
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
    // InternalManifestParser.g:767:1: rule__Document__Group__3__Impl : ( ( rule__Document__RootAssignment_3 )? ) ;
    public final void rule__Document__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:771:1: ( ( ( rule__Document__RootAssignment_3 )? ) )
            // InternalManifestParser.g:772:1: ( ( rule__Document__RootAssignment_3 )? )
            {
            // InternalManifestParser.g:772:1: ( ( rule__Document__RootAssignment_3 )? )
            // InternalManifestParser.g:773:2: ( rule__Document__RootAssignment_3 )?
            {
             before(grammarAccess.getDocumentAccess().getRootAssignment_3()); 
            // InternalManifestParser.g:774:2: ( rule__Document__RootAssignment_3 )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( ((LA8_0>=RULE_MAP_BEGIN && LA8_0<=RULE_SEQ_BEGIN)||LA8_0==RULE_LBRACE||LA8_0==RULE_LBRACKET||(LA8_0>=RULE_ANCHOR && LA8_0<=RULE_FOLDED)) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalManifestParser.g:774:3: rule__Document__RootAssignment_3
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
    // InternalManifestParser.g:782:1: rule__Document__Group__4 : rule__Document__Group__4__Impl ;
    public final void rule__Document__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:786:1: ( rule__Document__Group__4__Impl )
            // InternalManifestParser.g:787:2: rule__Document__Group__4__Impl
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
    // InternalManifestParser.g:793:1: rule__Document__Group__4__Impl : ( ( RULE_DOC_END )? ) ;
    public final void rule__Document__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:797:1: ( ( ( RULE_DOC_END )? ) )
            // InternalManifestParser.g:798:1: ( ( RULE_DOC_END )? )
            {
            // InternalManifestParser.g:798:1: ( ( RULE_DOC_END )? )
            // InternalManifestParser.g:799:2: ( RULE_DOC_END )?
            {
             before(grammarAccess.getDocumentAccess().getDOC_ENDTerminalRuleCall_4()); 
            // InternalManifestParser.g:800:2: ( RULE_DOC_END )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==RULE_DOC_END) ) {
                alt9=1;
            }
            switch (alt9) {
                case 1 :
                    // InternalManifestParser.g:800:3: RULE_DOC_END
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
    // InternalManifestParser.g:809:1: rule__ContentNode__Group_0__0 : rule__ContentNode__Group_0__0__Impl rule__ContentNode__Group_0__1 ;
    public final void rule__ContentNode__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:813:1: ( rule__ContentNode__Group_0__0__Impl rule__ContentNode__Group_0__1 )
            // InternalManifestParser.g:814:2: rule__ContentNode__Group_0__0__Impl rule__ContentNode__Group_0__1
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
    // InternalManifestParser.g:821:1: rule__ContentNode__Group_0__0__Impl : ( ( rule__ContentNode__PropertiesAssignment_0_0 ) ) ;
    public final void rule__ContentNode__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:825:1: ( ( ( rule__ContentNode__PropertiesAssignment_0_0 ) ) )
            // InternalManifestParser.g:826:1: ( ( rule__ContentNode__PropertiesAssignment_0_0 ) )
            {
            // InternalManifestParser.g:826:1: ( ( rule__ContentNode__PropertiesAssignment_0_0 ) )
            // InternalManifestParser.g:827:2: ( rule__ContentNode__PropertiesAssignment_0_0 )
            {
             before(grammarAccess.getContentNodeAccess().getPropertiesAssignment_0_0()); 
            // InternalManifestParser.g:828:2: ( rule__ContentNode__PropertiesAssignment_0_0 )
            // InternalManifestParser.g:828:3: rule__ContentNode__PropertiesAssignment_0_0
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
    // InternalManifestParser.g:836:1: rule__ContentNode__Group_0__1 : rule__ContentNode__Group_0__1__Impl ;
    public final void rule__ContentNode__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:840:1: ( rule__ContentNode__Group_0__1__Impl )
            // InternalManifestParser.g:841:2: rule__ContentNode__Group_0__1__Impl
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
    // InternalManifestParser.g:847:1: rule__ContentNode__Group_0__1__Impl : ( ( rule__ContentNode__ValueAssignment_0_1 )? ) ;
    public final void rule__ContentNode__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:851:1: ( ( ( rule__ContentNode__ValueAssignment_0_1 )? ) )
            // InternalManifestParser.g:852:1: ( ( rule__ContentNode__ValueAssignment_0_1 )? )
            {
            // InternalManifestParser.g:852:1: ( ( rule__ContentNode__ValueAssignment_0_1 )? )
            // InternalManifestParser.g:853:2: ( rule__ContentNode__ValueAssignment_0_1 )?
            {
             before(grammarAccess.getContentNodeAccess().getValueAssignment_0_1()); 
            // InternalManifestParser.g:854:2: ( rule__ContentNode__ValueAssignment_0_1 )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( ((LA10_0>=RULE_MAP_BEGIN && LA10_0<=RULE_SEQ_BEGIN)||LA10_0==RULE_LBRACE||LA10_0==RULE_LBRACKET||(LA10_0>=RULE_PLAIN && LA10_0<=RULE_FOLDED)) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalManifestParser.g:854:3: rule__ContentNode__ValueAssignment_0_1
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
    // InternalManifestParser.g:863:1: rule__Properties__Group_0__0 : rule__Properties__Group_0__0__Impl rule__Properties__Group_0__1 ;
    public final void rule__Properties__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:867:1: ( rule__Properties__Group_0__0__Impl rule__Properties__Group_0__1 )
            // InternalManifestParser.g:868:2: rule__Properties__Group_0__0__Impl rule__Properties__Group_0__1
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
    // InternalManifestParser.g:875:1: rule__Properties__Group_0__0__Impl : ( ( rule__Properties__AnchorAssignment_0_0 ) ) ;
    public final void rule__Properties__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:879:1: ( ( ( rule__Properties__AnchorAssignment_0_0 ) ) )
            // InternalManifestParser.g:880:1: ( ( rule__Properties__AnchorAssignment_0_0 ) )
            {
            // InternalManifestParser.g:880:1: ( ( rule__Properties__AnchorAssignment_0_0 ) )
            // InternalManifestParser.g:881:2: ( rule__Properties__AnchorAssignment_0_0 )
            {
             before(grammarAccess.getPropertiesAccess().getAnchorAssignment_0_0()); 
            // InternalManifestParser.g:882:2: ( rule__Properties__AnchorAssignment_0_0 )
            // InternalManifestParser.g:882:3: rule__Properties__AnchorAssignment_0_0
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
    // InternalManifestParser.g:890:1: rule__Properties__Group_0__1 : rule__Properties__Group_0__1__Impl ;
    public final void rule__Properties__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:894:1: ( rule__Properties__Group_0__1__Impl )
            // InternalManifestParser.g:895:2: rule__Properties__Group_0__1__Impl
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
    // InternalManifestParser.g:901:1: rule__Properties__Group_0__1__Impl : ( ( rule__Properties__TagAssignment_0_1 )? ) ;
    public final void rule__Properties__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:905:1: ( ( ( rule__Properties__TagAssignment_0_1 )? ) )
            // InternalManifestParser.g:906:1: ( ( rule__Properties__TagAssignment_0_1 )? )
            {
            // InternalManifestParser.g:906:1: ( ( rule__Properties__TagAssignment_0_1 )? )
            // InternalManifestParser.g:907:2: ( rule__Properties__TagAssignment_0_1 )?
            {
             before(grammarAccess.getPropertiesAccess().getTagAssignment_0_1()); 
            // InternalManifestParser.g:908:2: ( rule__Properties__TagAssignment_0_1 )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==RULE_TAG) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalManifestParser.g:908:3: rule__Properties__TagAssignment_0_1
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
    // InternalManifestParser.g:917:1: rule__Properties__Group_1__0 : rule__Properties__Group_1__0__Impl rule__Properties__Group_1__1 ;
    public final void rule__Properties__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:921:1: ( rule__Properties__Group_1__0__Impl rule__Properties__Group_1__1 )
            // InternalManifestParser.g:922:2: rule__Properties__Group_1__0__Impl rule__Properties__Group_1__1
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
    // InternalManifestParser.g:929:1: rule__Properties__Group_1__0__Impl : ( ( rule__Properties__TagAssignment_1_0 ) ) ;
    public final void rule__Properties__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:933:1: ( ( ( rule__Properties__TagAssignment_1_0 ) ) )
            // InternalManifestParser.g:934:1: ( ( rule__Properties__TagAssignment_1_0 ) )
            {
            // InternalManifestParser.g:934:1: ( ( rule__Properties__TagAssignment_1_0 ) )
            // InternalManifestParser.g:935:2: ( rule__Properties__TagAssignment_1_0 )
            {
             before(grammarAccess.getPropertiesAccess().getTagAssignment_1_0()); 
            // InternalManifestParser.g:936:2: ( rule__Properties__TagAssignment_1_0 )
            // InternalManifestParser.g:936:3: rule__Properties__TagAssignment_1_0
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
    // InternalManifestParser.g:944:1: rule__Properties__Group_1__1 : rule__Properties__Group_1__1__Impl ;
    public final void rule__Properties__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:948:1: ( rule__Properties__Group_1__1__Impl )
            // InternalManifestParser.g:949:2: rule__Properties__Group_1__1__Impl
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
    // InternalManifestParser.g:955:1: rule__Properties__Group_1__1__Impl : ( ( rule__Properties__AnchorAssignment_1_1 )? ) ;
    public final void rule__Properties__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:959:1: ( ( ( rule__Properties__AnchorAssignment_1_1 )? ) )
            // InternalManifestParser.g:960:1: ( ( rule__Properties__AnchorAssignment_1_1 )? )
            {
            // InternalManifestParser.g:960:1: ( ( rule__Properties__AnchorAssignment_1_1 )? )
            // InternalManifestParser.g:961:2: ( rule__Properties__AnchorAssignment_1_1 )?
            {
             before(grammarAccess.getPropertiesAccess().getAnchorAssignment_1_1()); 
            // InternalManifestParser.g:962:2: ( rule__Properties__AnchorAssignment_1_1 )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==RULE_ANCHOR) ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalManifestParser.g:962:3: rule__Properties__AnchorAssignment_1_1
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
    // InternalManifestParser.g:971:1: rule__BlockMapping__Group__0 : rule__BlockMapping__Group__0__Impl rule__BlockMapping__Group__1 ;
    public final void rule__BlockMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:975:1: ( rule__BlockMapping__Group__0__Impl rule__BlockMapping__Group__1 )
            // InternalManifestParser.g:976:2: rule__BlockMapping__Group__0__Impl rule__BlockMapping__Group__1
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
    // InternalManifestParser.g:983:1: rule__BlockMapping__Group__0__Impl : ( RULE_MAP_BEGIN ) ;
    public final void rule__BlockMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:987:1: ( ( RULE_MAP_BEGIN ) )
            // InternalManifestParser.g:988:1: ( RULE_MAP_BEGIN )
            {
            // InternalManifestParser.g:988:1: ( RULE_MAP_BEGIN )
            // InternalManifestParser.g:989:2: RULE_MAP_BEGIN
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
    // InternalManifestParser.g:998:1: rule__BlockMapping__Group__1 : rule__BlockMapping__Group__1__Impl rule__BlockMapping__Group__2 ;
    public final void rule__BlockMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1002:1: ( rule__BlockMapping__Group__1__Impl rule__BlockMapping__Group__2 )
            // InternalManifestParser.g:1003:2: rule__BlockMapping__Group__1__Impl rule__BlockMapping__Group__2
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
    // InternalManifestParser.g:1010:1: rule__BlockMapping__Group__1__Impl : ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) ) ;
    public final void rule__BlockMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1014:1: ( ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) ) )
            // InternalManifestParser.g:1015:1: ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) )
            {
            // InternalManifestParser.g:1015:1: ( ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* ) )
            // InternalManifestParser.g:1016:2: ( ( rule__BlockMapping__EntriesAssignment_1 ) ) ( ( rule__BlockMapping__EntriesAssignment_1 )* )
            {
            // InternalManifestParser.g:1016:2: ( ( rule__BlockMapping__EntriesAssignment_1 ) )
            // InternalManifestParser.g:1017:3: ( rule__BlockMapping__EntriesAssignment_1 )
            {
             before(grammarAccess.getBlockMappingAccess().getEntriesAssignment_1()); 
            // InternalManifestParser.g:1018:3: ( rule__BlockMapping__EntriesAssignment_1 )
            // InternalManifestParser.g:1018:4: rule__BlockMapping__EntriesAssignment_1
            {
            pushFollow(FOLLOW_12);
            rule__BlockMapping__EntriesAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBlockMappingAccess().getEntriesAssignment_1()); 

            }

            // InternalManifestParser.g:1021:2: ( ( rule__BlockMapping__EntriesAssignment_1 )* )
            // InternalManifestParser.g:1022:3: ( rule__BlockMapping__EntriesAssignment_1 )*
            {
             before(grammarAccess.getBlockMappingAccess().getEntriesAssignment_1()); 
            // InternalManifestParser.g:1023:3: ( rule__BlockMapping__EntriesAssignment_1 )*
            loop13:
            do {
                int alt13=2;
                int LA13_0 = input.LA(1);

                if ( (LA13_0==RULE_KEY) ) {
                    alt13=1;
                }


                switch (alt13) {
            	case 1 :
            	    // InternalManifestParser.g:1023:4: rule__BlockMapping__EntriesAssignment_1
            	    {
            	    pushFollow(FOLLOW_12);
            	    rule__BlockMapping__EntriesAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop13;
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
    // InternalManifestParser.g:1032:1: rule__BlockMapping__Group__2 : rule__BlockMapping__Group__2__Impl ;
    public final void rule__BlockMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1036:1: ( rule__BlockMapping__Group__2__Impl )
            // InternalManifestParser.g:1037:2: rule__BlockMapping__Group__2__Impl
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
    // InternalManifestParser.g:1043:1: rule__BlockMapping__Group__2__Impl : ( RULE_BLOCK_END ) ;
    public final void rule__BlockMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1047:1: ( ( RULE_BLOCK_END ) )
            // InternalManifestParser.g:1048:1: ( RULE_BLOCK_END )
            {
            // InternalManifestParser.g:1048:1: ( RULE_BLOCK_END )
            // InternalManifestParser.g:1049:2: RULE_BLOCK_END
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
    // InternalManifestParser.g:1059:1: rule__MappingEntry__Group__0 : rule__MappingEntry__Group__0__Impl rule__MappingEntry__Group__1 ;
    public final void rule__MappingEntry__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1063:1: ( rule__MappingEntry__Group__0__Impl rule__MappingEntry__Group__1 )
            // InternalManifestParser.g:1064:2: rule__MappingEntry__Group__0__Impl rule__MappingEntry__Group__1
            {
            pushFollow(FOLLOW_7);
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
    // InternalManifestParser.g:1071:1: rule__MappingEntry__Group__0__Impl : ( RULE_KEY ) ;
    public final void rule__MappingEntry__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1075:1: ( ( RULE_KEY ) )
            // InternalManifestParser.g:1076:1: ( RULE_KEY )
            {
            // InternalManifestParser.g:1076:1: ( RULE_KEY )
            // InternalManifestParser.g:1077:2: RULE_KEY
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
    // InternalManifestParser.g:1086:1: rule__MappingEntry__Group__1 : rule__MappingEntry__Group__1__Impl rule__MappingEntry__Group__2 ;
    public final void rule__MappingEntry__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1090:1: ( rule__MappingEntry__Group__1__Impl rule__MappingEntry__Group__2 )
            // InternalManifestParser.g:1091:2: rule__MappingEntry__Group__1__Impl rule__MappingEntry__Group__2
            {
            pushFollow(FOLLOW_13);
            rule__MappingEntry__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group__2();

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
    // InternalManifestParser.g:1098:1: rule__MappingEntry__Group__1__Impl : ( ( rule__MappingEntry__KeyAssignment_1 ) ) ;
    public final void rule__MappingEntry__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1102:1: ( ( ( rule__MappingEntry__KeyAssignment_1 ) ) )
            // InternalManifestParser.g:1103:1: ( ( rule__MappingEntry__KeyAssignment_1 ) )
            {
            // InternalManifestParser.g:1103:1: ( ( rule__MappingEntry__KeyAssignment_1 ) )
            // InternalManifestParser.g:1104:2: ( rule__MappingEntry__KeyAssignment_1 )
            {
             before(grammarAccess.getMappingEntryAccess().getKeyAssignment_1()); 
            // InternalManifestParser.g:1105:2: ( rule__MappingEntry__KeyAssignment_1 )
            // InternalManifestParser.g:1105:3: rule__MappingEntry__KeyAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__KeyAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getMappingEntryAccess().getKeyAssignment_1()); 

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


    // $ANTLR start "rule__MappingEntry__Group__2"
    // InternalManifestParser.g:1113:1: rule__MappingEntry__Group__2 : rule__MappingEntry__Group__2__Impl rule__MappingEntry__Group__3 ;
    public final void rule__MappingEntry__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1117:1: ( rule__MappingEntry__Group__2__Impl rule__MappingEntry__Group__3 )
            // InternalManifestParser.g:1118:2: rule__MappingEntry__Group__2__Impl rule__MappingEntry__Group__3
            {
            pushFollow(FOLLOW_7);
            rule__MappingEntry__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group__3();

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
    // $ANTLR end "rule__MappingEntry__Group__2"


    // $ANTLR start "rule__MappingEntry__Group__2__Impl"
    // InternalManifestParser.g:1125:1: rule__MappingEntry__Group__2__Impl : ( RULE_COLON ) ;
    public final void rule__MappingEntry__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1129:1: ( ( RULE_COLON ) )
            // InternalManifestParser.g:1130:1: ( RULE_COLON )
            {
            // InternalManifestParser.g:1130:1: ( RULE_COLON )
            // InternalManifestParser.g:1131:2: RULE_COLON
            {
             before(grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_2()); 
            match(input,RULE_COLON,FOLLOW_2); 
             after(grammarAccess.getMappingEntryAccess().getCOLONTerminalRuleCall_2()); 

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
    // $ANTLR end "rule__MappingEntry__Group__2__Impl"


    // $ANTLR start "rule__MappingEntry__Group__3"
    // InternalManifestParser.g:1140:1: rule__MappingEntry__Group__3 : rule__MappingEntry__Group__3__Impl ;
    public final void rule__MappingEntry__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1144:1: ( rule__MappingEntry__Group__3__Impl )
            // InternalManifestParser.g:1145:2: rule__MappingEntry__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MappingEntry__Group__3__Impl();

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
    // $ANTLR end "rule__MappingEntry__Group__3"


    // $ANTLR start "rule__MappingEntry__Group__3__Impl"
    // InternalManifestParser.g:1151:1: rule__MappingEntry__Group__3__Impl : ( ( rule__MappingEntry__ValueAssignment_3 )? ) ;
    public final void rule__MappingEntry__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1155:1: ( ( ( rule__MappingEntry__ValueAssignment_3 )? ) )
            // InternalManifestParser.g:1156:1: ( ( rule__MappingEntry__ValueAssignment_3 )? )
            {
            // InternalManifestParser.g:1156:1: ( ( rule__MappingEntry__ValueAssignment_3 )? )
            // InternalManifestParser.g:1157:2: ( rule__MappingEntry__ValueAssignment_3 )?
            {
             before(grammarAccess.getMappingEntryAccess().getValueAssignment_3()); 
            // InternalManifestParser.g:1158:2: ( rule__MappingEntry__ValueAssignment_3 )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( ((LA14_0>=RULE_MAP_BEGIN && LA14_0<=RULE_SEQ_BEGIN)||LA14_0==RULE_LBRACE||LA14_0==RULE_LBRACKET||(LA14_0>=RULE_ANCHOR && LA14_0<=RULE_FOLDED)) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalManifestParser.g:1158:3: rule__MappingEntry__ValueAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__MappingEntry__ValueAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingEntryAccess().getValueAssignment_3()); 

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
    // $ANTLR end "rule__MappingEntry__Group__3__Impl"


    // $ANTLR start "rule__BlockSequence__Group__0"
    // InternalManifestParser.g:1167:1: rule__BlockSequence__Group__0 : rule__BlockSequence__Group__0__Impl rule__BlockSequence__Group__1 ;
    public final void rule__BlockSequence__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1171:1: ( rule__BlockSequence__Group__0__Impl rule__BlockSequence__Group__1 )
            // InternalManifestParser.g:1172:2: rule__BlockSequence__Group__0__Impl rule__BlockSequence__Group__1
            {
            pushFollow(FOLLOW_14);
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
    // InternalManifestParser.g:1179:1: rule__BlockSequence__Group__0__Impl : ( RULE_SEQ_BEGIN ) ;
    public final void rule__BlockSequence__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1183:1: ( ( RULE_SEQ_BEGIN ) )
            // InternalManifestParser.g:1184:1: ( RULE_SEQ_BEGIN )
            {
            // InternalManifestParser.g:1184:1: ( RULE_SEQ_BEGIN )
            // InternalManifestParser.g:1185:2: RULE_SEQ_BEGIN
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
    // InternalManifestParser.g:1194:1: rule__BlockSequence__Group__1 : rule__BlockSequence__Group__1__Impl rule__BlockSequence__Group__2 ;
    public final void rule__BlockSequence__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1198:1: ( rule__BlockSequence__Group__1__Impl rule__BlockSequence__Group__2 )
            // InternalManifestParser.g:1199:2: rule__BlockSequence__Group__1__Impl rule__BlockSequence__Group__2
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
    // InternalManifestParser.g:1206:1: rule__BlockSequence__Group__1__Impl : ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) ) ;
    public final void rule__BlockSequence__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1210:1: ( ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) ) )
            // InternalManifestParser.g:1211:1: ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) )
            {
            // InternalManifestParser.g:1211:1: ( ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* ) )
            // InternalManifestParser.g:1212:2: ( ( rule__BlockSequence__ItemsAssignment_1 ) ) ( ( rule__BlockSequence__ItemsAssignment_1 )* )
            {
            // InternalManifestParser.g:1212:2: ( ( rule__BlockSequence__ItemsAssignment_1 ) )
            // InternalManifestParser.g:1213:3: ( rule__BlockSequence__ItemsAssignment_1 )
            {
             before(grammarAccess.getBlockSequenceAccess().getItemsAssignment_1()); 
            // InternalManifestParser.g:1214:3: ( rule__BlockSequence__ItemsAssignment_1 )
            // InternalManifestParser.g:1214:4: rule__BlockSequence__ItemsAssignment_1
            {
            pushFollow(FOLLOW_15);
            rule__BlockSequence__ItemsAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBlockSequenceAccess().getItemsAssignment_1()); 

            }

            // InternalManifestParser.g:1217:2: ( ( rule__BlockSequence__ItemsAssignment_1 )* )
            // InternalManifestParser.g:1218:3: ( rule__BlockSequence__ItemsAssignment_1 )*
            {
             before(grammarAccess.getBlockSequenceAccess().getItemsAssignment_1()); 
            // InternalManifestParser.g:1219:3: ( rule__BlockSequence__ItemsAssignment_1 )*
            loop15:
            do {
                int alt15=2;
                int LA15_0 = input.LA(1);

                if ( (LA15_0==RULE_DASH) ) {
                    alt15=1;
                }


                switch (alt15) {
            	case 1 :
            	    // InternalManifestParser.g:1219:4: rule__BlockSequence__ItemsAssignment_1
            	    {
            	    pushFollow(FOLLOW_15);
            	    rule__BlockSequence__ItemsAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop15;
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
    // InternalManifestParser.g:1228:1: rule__BlockSequence__Group__2 : rule__BlockSequence__Group__2__Impl ;
    public final void rule__BlockSequence__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1232:1: ( rule__BlockSequence__Group__2__Impl )
            // InternalManifestParser.g:1233:2: rule__BlockSequence__Group__2__Impl
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
    // InternalManifestParser.g:1239:1: rule__BlockSequence__Group__2__Impl : ( RULE_BLOCK_END ) ;
    public final void rule__BlockSequence__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1243:1: ( ( RULE_BLOCK_END ) )
            // InternalManifestParser.g:1244:1: ( RULE_BLOCK_END )
            {
            // InternalManifestParser.g:1244:1: ( RULE_BLOCK_END )
            // InternalManifestParser.g:1245:2: RULE_BLOCK_END
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
    // InternalManifestParser.g:1255:1: rule__SequenceItem__Group__0 : rule__SequenceItem__Group__0__Impl rule__SequenceItem__Group__1 ;
    public final void rule__SequenceItem__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1259:1: ( rule__SequenceItem__Group__0__Impl rule__SequenceItem__Group__1 )
            // InternalManifestParser.g:1260:2: rule__SequenceItem__Group__0__Impl rule__SequenceItem__Group__1
            {
            pushFollow(FOLLOW_14);
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
    // InternalManifestParser.g:1267:1: rule__SequenceItem__Group__0__Impl : ( () ) ;
    public final void rule__SequenceItem__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1271:1: ( ( () ) )
            // InternalManifestParser.g:1272:1: ( () )
            {
            // InternalManifestParser.g:1272:1: ( () )
            // InternalManifestParser.g:1273:2: ()
            {
             before(grammarAccess.getSequenceItemAccess().getSequenceItemAction_0()); 
            // InternalManifestParser.g:1274:2: ()
            // InternalManifestParser.g:1274:3: 
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
    // InternalManifestParser.g:1282:1: rule__SequenceItem__Group__1 : rule__SequenceItem__Group__1__Impl rule__SequenceItem__Group__2 ;
    public final void rule__SequenceItem__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1286:1: ( rule__SequenceItem__Group__1__Impl rule__SequenceItem__Group__2 )
            // InternalManifestParser.g:1287:2: rule__SequenceItem__Group__1__Impl rule__SequenceItem__Group__2
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
    // InternalManifestParser.g:1294:1: rule__SequenceItem__Group__1__Impl : ( RULE_DASH ) ;
    public final void rule__SequenceItem__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1298:1: ( ( RULE_DASH ) )
            // InternalManifestParser.g:1299:1: ( RULE_DASH )
            {
            // InternalManifestParser.g:1299:1: ( RULE_DASH )
            // InternalManifestParser.g:1300:2: RULE_DASH
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
    // InternalManifestParser.g:1309:1: rule__SequenceItem__Group__2 : rule__SequenceItem__Group__2__Impl ;
    public final void rule__SequenceItem__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1313:1: ( rule__SequenceItem__Group__2__Impl )
            // InternalManifestParser.g:1314:2: rule__SequenceItem__Group__2__Impl
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
    // InternalManifestParser.g:1320:1: rule__SequenceItem__Group__2__Impl : ( ( rule__SequenceItem__ValueAssignment_2 )? ) ;
    public final void rule__SequenceItem__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1324:1: ( ( ( rule__SequenceItem__ValueAssignment_2 )? ) )
            // InternalManifestParser.g:1325:1: ( ( rule__SequenceItem__ValueAssignment_2 )? )
            {
            // InternalManifestParser.g:1325:1: ( ( rule__SequenceItem__ValueAssignment_2 )? )
            // InternalManifestParser.g:1326:2: ( rule__SequenceItem__ValueAssignment_2 )?
            {
             before(grammarAccess.getSequenceItemAccess().getValueAssignment_2()); 
            // InternalManifestParser.g:1327:2: ( rule__SequenceItem__ValueAssignment_2 )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( ((LA16_0>=RULE_MAP_BEGIN && LA16_0<=RULE_SEQ_BEGIN)||LA16_0==RULE_LBRACE||LA16_0==RULE_LBRACKET||(LA16_0>=RULE_ANCHOR && LA16_0<=RULE_FOLDED)) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalManifestParser.g:1327:3: rule__SequenceItem__ValueAssignment_2
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
    // InternalManifestParser.g:1336:1: rule__FlowMapping__Group__0 : rule__FlowMapping__Group__0__Impl rule__FlowMapping__Group__1 ;
    public final void rule__FlowMapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1340:1: ( rule__FlowMapping__Group__0__Impl rule__FlowMapping__Group__1 )
            // InternalManifestParser.g:1341:2: rule__FlowMapping__Group__0__Impl rule__FlowMapping__Group__1
            {
            pushFollow(FOLLOW_16);
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
    // InternalManifestParser.g:1348:1: rule__FlowMapping__Group__0__Impl : ( () ) ;
    public final void rule__FlowMapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1352:1: ( ( () ) )
            // InternalManifestParser.g:1353:1: ( () )
            {
            // InternalManifestParser.g:1353:1: ( () )
            // InternalManifestParser.g:1354:2: ()
            {
             before(grammarAccess.getFlowMappingAccess().getFlowMappingAction_0()); 
            // InternalManifestParser.g:1355:2: ()
            // InternalManifestParser.g:1355:3: 
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
    // InternalManifestParser.g:1363:1: rule__FlowMapping__Group__1 : rule__FlowMapping__Group__1__Impl rule__FlowMapping__Group__2 ;
    public final void rule__FlowMapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1367:1: ( rule__FlowMapping__Group__1__Impl rule__FlowMapping__Group__2 )
            // InternalManifestParser.g:1368:2: rule__FlowMapping__Group__1__Impl rule__FlowMapping__Group__2
            {
            pushFollow(FOLLOW_17);
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
    // InternalManifestParser.g:1375:1: rule__FlowMapping__Group__1__Impl : ( RULE_LBRACE ) ;
    public final void rule__FlowMapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1379:1: ( ( RULE_LBRACE ) )
            // InternalManifestParser.g:1380:1: ( RULE_LBRACE )
            {
            // InternalManifestParser.g:1380:1: ( RULE_LBRACE )
            // InternalManifestParser.g:1381:2: RULE_LBRACE
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
    // InternalManifestParser.g:1390:1: rule__FlowMapping__Group__2 : rule__FlowMapping__Group__2__Impl rule__FlowMapping__Group__3 ;
    public final void rule__FlowMapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1394:1: ( rule__FlowMapping__Group__2__Impl rule__FlowMapping__Group__3 )
            // InternalManifestParser.g:1395:2: rule__FlowMapping__Group__2__Impl rule__FlowMapping__Group__3
            {
            pushFollow(FOLLOW_17);
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
    // InternalManifestParser.g:1402:1: rule__FlowMapping__Group__2__Impl : ( ( rule__FlowMapping__Group_2__0 )? ) ;
    public final void rule__FlowMapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1406:1: ( ( ( rule__FlowMapping__Group_2__0 )? ) )
            // InternalManifestParser.g:1407:1: ( ( rule__FlowMapping__Group_2__0 )? )
            {
            // InternalManifestParser.g:1407:1: ( ( rule__FlowMapping__Group_2__0 )? )
            // InternalManifestParser.g:1408:2: ( rule__FlowMapping__Group_2__0 )?
            {
             before(grammarAccess.getFlowMappingAccess().getGroup_2()); 
            // InternalManifestParser.g:1409:2: ( rule__FlowMapping__Group_2__0 )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( ((LA17_0>=RULE_MAP_BEGIN && LA17_0<=RULE_SEQ_BEGIN)||LA17_0==RULE_LBRACE||LA17_0==RULE_LBRACKET||(LA17_0>=RULE_ANCHOR && LA17_0<=RULE_FOLDED)) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalManifestParser.g:1409:3: rule__FlowMapping__Group_2__0
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
    // InternalManifestParser.g:1417:1: rule__FlowMapping__Group__3 : rule__FlowMapping__Group__3__Impl ;
    public final void rule__FlowMapping__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1421:1: ( rule__FlowMapping__Group__3__Impl )
            // InternalManifestParser.g:1422:2: rule__FlowMapping__Group__3__Impl
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
    // InternalManifestParser.g:1428:1: rule__FlowMapping__Group__3__Impl : ( RULE_RBRACE ) ;
    public final void rule__FlowMapping__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1432:1: ( ( RULE_RBRACE ) )
            // InternalManifestParser.g:1433:1: ( RULE_RBRACE )
            {
            // InternalManifestParser.g:1433:1: ( RULE_RBRACE )
            // InternalManifestParser.g:1434:2: RULE_RBRACE
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
    // InternalManifestParser.g:1444:1: rule__FlowMapping__Group_2__0 : rule__FlowMapping__Group_2__0__Impl rule__FlowMapping__Group_2__1 ;
    public final void rule__FlowMapping__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1448:1: ( rule__FlowMapping__Group_2__0__Impl rule__FlowMapping__Group_2__1 )
            // InternalManifestParser.g:1449:2: rule__FlowMapping__Group_2__0__Impl rule__FlowMapping__Group_2__1
            {
            pushFollow(FOLLOW_18);
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
    // InternalManifestParser.g:1456:1: rule__FlowMapping__Group_2__0__Impl : ( ( rule__FlowMapping__EntriesAssignment_2_0 ) ) ;
    public final void rule__FlowMapping__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1460:1: ( ( ( rule__FlowMapping__EntriesAssignment_2_0 ) ) )
            // InternalManifestParser.g:1461:1: ( ( rule__FlowMapping__EntriesAssignment_2_0 ) )
            {
            // InternalManifestParser.g:1461:1: ( ( rule__FlowMapping__EntriesAssignment_2_0 ) )
            // InternalManifestParser.g:1462:2: ( rule__FlowMapping__EntriesAssignment_2_0 )
            {
             before(grammarAccess.getFlowMappingAccess().getEntriesAssignment_2_0()); 
            // InternalManifestParser.g:1463:2: ( rule__FlowMapping__EntriesAssignment_2_0 )
            // InternalManifestParser.g:1463:3: rule__FlowMapping__EntriesAssignment_2_0
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
    // InternalManifestParser.g:1471:1: rule__FlowMapping__Group_2__1 : rule__FlowMapping__Group_2__1__Impl rule__FlowMapping__Group_2__2 ;
    public final void rule__FlowMapping__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1475:1: ( rule__FlowMapping__Group_2__1__Impl rule__FlowMapping__Group_2__2 )
            // InternalManifestParser.g:1476:2: rule__FlowMapping__Group_2__1__Impl rule__FlowMapping__Group_2__2
            {
            pushFollow(FOLLOW_18);
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
    // InternalManifestParser.g:1483:1: rule__FlowMapping__Group_2__1__Impl : ( ( rule__FlowMapping__Group_2_1__0 )* ) ;
    public final void rule__FlowMapping__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1487:1: ( ( ( rule__FlowMapping__Group_2_1__0 )* ) )
            // InternalManifestParser.g:1488:1: ( ( rule__FlowMapping__Group_2_1__0 )* )
            {
            // InternalManifestParser.g:1488:1: ( ( rule__FlowMapping__Group_2_1__0 )* )
            // InternalManifestParser.g:1489:2: ( rule__FlowMapping__Group_2_1__0 )*
            {
             before(grammarAccess.getFlowMappingAccess().getGroup_2_1()); 
            // InternalManifestParser.g:1490:2: ( rule__FlowMapping__Group_2_1__0 )*
            loop18:
            do {
                int alt18=2;
                int LA18_0 = input.LA(1);

                if ( (LA18_0==RULE_COMMA) ) {
                    int LA18_1 = input.LA(2);

                    if ( ((LA18_1>=RULE_MAP_BEGIN && LA18_1<=RULE_SEQ_BEGIN)||LA18_1==RULE_LBRACE||LA18_1==RULE_LBRACKET||(LA18_1>=RULE_ANCHOR && LA18_1<=RULE_FOLDED)) ) {
                        alt18=1;
                    }


                }


                switch (alt18) {
            	case 1 :
            	    // InternalManifestParser.g:1490:3: rule__FlowMapping__Group_2_1__0
            	    {
            	    pushFollow(FOLLOW_19);
            	    rule__FlowMapping__Group_2_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop18;
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
    // InternalManifestParser.g:1498:1: rule__FlowMapping__Group_2__2 : rule__FlowMapping__Group_2__2__Impl ;
    public final void rule__FlowMapping__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1502:1: ( rule__FlowMapping__Group_2__2__Impl )
            // InternalManifestParser.g:1503:2: rule__FlowMapping__Group_2__2__Impl
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
    // InternalManifestParser.g:1509:1: rule__FlowMapping__Group_2__2__Impl : ( ( RULE_COMMA )? ) ;
    public final void rule__FlowMapping__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1513:1: ( ( ( RULE_COMMA )? ) )
            // InternalManifestParser.g:1514:1: ( ( RULE_COMMA )? )
            {
            // InternalManifestParser.g:1514:1: ( ( RULE_COMMA )? )
            // InternalManifestParser.g:1515:2: ( RULE_COMMA )?
            {
             before(grammarAccess.getFlowMappingAccess().getCOMMATerminalRuleCall_2_2()); 
            // InternalManifestParser.g:1516:2: ( RULE_COMMA )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==RULE_COMMA) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalManifestParser.g:1516:3: RULE_COMMA
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
    // InternalManifestParser.g:1525:1: rule__FlowMapping__Group_2_1__0 : rule__FlowMapping__Group_2_1__0__Impl rule__FlowMapping__Group_2_1__1 ;
    public final void rule__FlowMapping__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1529:1: ( rule__FlowMapping__Group_2_1__0__Impl rule__FlowMapping__Group_2_1__1 )
            // InternalManifestParser.g:1530:2: rule__FlowMapping__Group_2_1__0__Impl rule__FlowMapping__Group_2_1__1
            {
            pushFollow(FOLLOW_7);
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
    // InternalManifestParser.g:1537:1: rule__FlowMapping__Group_2_1__0__Impl : ( RULE_COMMA ) ;
    public final void rule__FlowMapping__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1541:1: ( ( RULE_COMMA ) )
            // InternalManifestParser.g:1542:1: ( RULE_COMMA )
            {
            // InternalManifestParser.g:1542:1: ( RULE_COMMA )
            // InternalManifestParser.g:1543:2: RULE_COMMA
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
    // InternalManifestParser.g:1552:1: rule__FlowMapping__Group_2_1__1 : rule__FlowMapping__Group_2_1__1__Impl ;
    public final void rule__FlowMapping__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1556:1: ( rule__FlowMapping__Group_2_1__1__Impl )
            // InternalManifestParser.g:1557:2: rule__FlowMapping__Group_2_1__1__Impl
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
    // InternalManifestParser.g:1563:1: rule__FlowMapping__Group_2_1__1__Impl : ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) ) ;
    public final void rule__FlowMapping__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1567:1: ( ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) ) )
            // InternalManifestParser.g:1568:1: ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) )
            {
            // InternalManifestParser.g:1568:1: ( ( rule__FlowMapping__EntriesAssignment_2_1_1 ) )
            // InternalManifestParser.g:1569:2: ( rule__FlowMapping__EntriesAssignment_2_1_1 )
            {
             before(grammarAccess.getFlowMappingAccess().getEntriesAssignment_2_1_1()); 
            // InternalManifestParser.g:1570:2: ( rule__FlowMapping__EntriesAssignment_2_1_1 )
            // InternalManifestParser.g:1570:3: rule__FlowMapping__EntriesAssignment_2_1_1
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
    // InternalManifestParser.g:1579:1: rule__FlowSequence__Group__0 : rule__FlowSequence__Group__0__Impl rule__FlowSequence__Group__1 ;
    public final void rule__FlowSequence__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1583:1: ( rule__FlowSequence__Group__0__Impl rule__FlowSequence__Group__1 )
            // InternalManifestParser.g:1584:2: rule__FlowSequence__Group__0__Impl rule__FlowSequence__Group__1
            {
            pushFollow(FOLLOW_20);
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
    // InternalManifestParser.g:1591:1: rule__FlowSequence__Group__0__Impl : ( () ) ;
    public final void rule__FlowSequence__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1595:1: ( ( () ) )
            // InternalManifestParser.g:1596:1: ( () )
            {
            // InternalManifestParser.g:1596:1: ( () )
            // InternalManifestParser.g:1597:2: ()
            {
             before(grammarAccess.getFlowSequenceAccess().getFlowSequenceAction_0()); 
            // InternalManifestParser.g:1598:2: ()
            // InternalManifestParser.g:1598:3: 
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
    // InternalManifestParser.g:1606:1: rule__FlowSequence__Group__1 : rule__FlowSequence__Group__1__Impl rule__FlowSequence__Group__2 ;
    public final void rule__FlowSequence__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1610:1: ( rule__FlowSequence__Group__1__Impl rule__FlowSequence__Group__2 )
            // InternalManifestParser.g:1611:2: rule__FlowSequence__Group__1__Impl rule__FlowSequence__Group__2
            {
            pushFollow(FOLLOW_21);
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
    // InternalManifestParser.g:1618:1: rule__FlowSequence__Group__1__Impl : ( RULE_LBRACKET ) ;
    public final void rule__FlowSequence__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1622:1: ( ( RULE_LBRACKET ) )
            // InternalManifestParser.g:1623:1: ( RULE_LBRACKET )
            {
            // InternalManifestParser.g:1623:1: ( RULE_LBRACKET )
            // InternalManifestParser.g:1624:2: RULE_LBRACKET
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
    // InternalManifestParser.g:1633:1: rule__FlowSequence__Group__2 : rule__FlowSequence__Group__2__Impl rule__FlowSequence__Group__3 ;
    public final void rule__FlowSequence__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1637:1: ( rule__FlowSequence__Group__2__Impl rule__FlowSequence__Group__3 )
            // InternalManifestParser.g:1638:2: rule__FlowSequence__Group__2__Impl rule__FlowSequence__Group__3
            {
            pushFollow(FOLLOW_21);
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
    // InternalManifestParser.g:1645:1: rule__FlowSequence__Group__2__Impl : ( ( rule__FlowSequence__Group_2__0 )? ) ;
    public final void rule__FlowSequence__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1649:1: ( ( ( rule__FlowSequence__Group_2__0 )? ) )
            // InternalManifestParser.g:1650:1: ( ( rule__FlowSequence__Group_2__0 )? )
            {
            // InternalManifestParser.g:1650:1: ( ( rule__FlowSequence__Group_2__0 )? )
            // InternalManifestParser.g:1651:2: ( rule__FlowSequence__Group_2__0 )?
            {
             before(grammarAccess.getFlowSequenceAccess().getGroup_2()); 
            // InternalManifestParser.g:1652:2: ( rule__FlowSequence__Group_2__0 )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( ((LA20_0>=RULE_MAP_BEGIN && LA20_0<=RULE_SEQ_BEGIN)||LA20_0==RULE_LBRACE||LA20_0==RULE_LBRACKET||(LA20_0>=RULE_ANCHOR && LA20_0<=RULE_FOLDED)) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalManifestParser.g:1652:3: rule__FlowSequence__Group_2__0
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
    // InternalManifestParser.g:1660:1: rule__FlowSequence__Group__3 : rule__FlowSequence__Group__3__Impl ;
    public final void rule__FlowSequence__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1664:1: ( rule__FlowSequence__Group__3__Impl )
            // InternalManifestParser.g:1665:2: rule__FlowSequence__Group__3__Impl
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
    // InternalManifestParser.g:1671:1: rule__FlowSequence__Group__3__Impl : ( RULE_RBRACKET ) ;
    public final void rule__FlowSequence__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1675:1: ( ( RULE_RBRACKET ) )
            // InternalManifestParser.g:1676:1: ( RULE_RBRACKET )
            {
            // InternalManifestParser.g:1676:1: ( RULE_RBRACKET )
            // InternalManifestParser.g:1677:2: RULE_RBRACKET
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
    // InternalManifestParser.g:1687:1: rule__FlowSequence__Group_2__0 : rule__FlowSequence__Group_2__0__Impl rule__FlowSequence__Group_2__1 ;
    public final void rule__FlowSequence__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1691:1: ( rule__FlowSequence__Group_2__0__Impl rule__FlowSequence__Group_2__1 )
            // InternalManifestParser.g:1692:2: rule__FlowSequence__Group_2__0__Impl rule__FlowSequence__Group_2__1
            {
            pushFollow(FOLLOW_18);
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
    // InternalManifestParser.g:1699:1: rule__FlowSequence__Group_2__0__Impl : ( ( rule__FlowSequence__EntriesAssignment_2_0 ) ) ;
    public final void rule__FlowSequence__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1703:1: ( ( ( rule__FlowSequence__EntriesAssignment_2_0 ) ) )
            // InternalManifestParser.g:1704:1: ( ( rule__FlowSequence__EntriesAssignment_2_0 ) )
            {
            // InternalManifestParser.g:1704:1: ( ( rule__FlowSequence__EntriesAssignment_2_0 ) )
            // InternalManifestParser.g:1705:2: ( rule__FlowSequence__EntriesAssignment_2_0 )
            {
             before(grammarAccess.getFlowSequenceAccess().getEntriesAssignment_2_0()); 
            // InternalManifestParser.g:1706:2: ( rule__FlowSequence__EntriesAssignment_2_0 )
            // InternalManifestParser.g:1706:3: rule__FlowSequence__EntriesAssignment_2_0
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
    // InternalManifestParser.g:1714:1: rule__FlowSequence__Group_2__1 : rule__FlowSequence__Group_2__1__Impl rule__FlowSequence__Group_2__2 ;
    public final void rule__FlowSequence__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1718:1: ( rule__FlowSequence__Group_2__1__Impl rule__FlowSequence__Group_2__2 )
            // InternalManifestParser.g:1719:2: rule__FlowSequence__Group_2__1__Impl rule__FlowSequence__Group_2__2
            {
            pushFollow(FOLLOW_18);
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
    // InternalManifestParser.g:1726:1: rule__FlowSequence__Group_2__1__Impl : ( ( rule__FlowSequence__Group_2_1__0 )* ) ;
    public final void rule__FlowSequence__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1730:1: ( ( ( rule__FlowSequence__Group_2_1__0 )* ) )
            // InternalManifestParser.g:1731:1: ( ( rule__FlowSequence__Group_2_1__0 )* )
            {
            // InternalManifestParser.g:1731:1: ( ( rule__FlowSequence__Group_2_1__0 )* )
            // InternalManifestParser.g:1732:2: ( rule__FlowSequence__Group_2_1__0 )*
            {
             before(grammarAccess.getFlowSequenceAccess().getGroup_2_1()); 
            // InternalManifestParser.g:1733:2: ( rule__FlowSequence__Group_2_1__0 )*
            loop21:
            do {
                int alt21=2;
                int LA21_0 = input.LA(1);

                if ( (LA21_0==RULE_COMMA) ) {
                    int LA21_1 = input.LA(2);

                    if ( ((LA21_1>=RULE_MAP_BEGIN && LA21_1<=RULE_SEQ_BEGIN)||LA21_1==RULE_LBRACE||LA21_1==RULE_LBRACKET||(LA21_1>=RULE_ANCHOR && LA21_1<=RULE_FOLDED)) ) {
                        alt21=1;
                    }


                }


                switch (alt21) {
            	case 1 :
            	    // InternalManifestParser.g:1733:3: rule__FlowSequence__Group_2_1__0
            	    {
            	    pushFollow(FOLLOW_19);
            	    rule__FlowSequence__Group_2_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop21;
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
    // InternalManifestParser.g:1741:1: rule__FlowSequence__Group_2__2 : rule__FlowSequence__Group_2__2__Impl ;
    public final void rule__FlowSequence__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1745:1: ( rule__FlowSequence__Group_2__2__Impl )
            // InternalManifestParser.g:1746:2: rule__FlowSequence__Group_2__2__Impl
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
    // InternalManifestParser.g:1752:1: rule__FlowSequence__Group_2__2__Impl : ( ( RULE_COMMA )? ) ;
    public final void rule__FlowSequence__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1756:1: ( ( ( RULE_COMMA )? ) )
            // InternalManifestParser.g:1757:1: ( ( RULE_COMMA )? )
            {
            // InternalManifestParser.g:1757:1: ( ( RULE_COMMA )? )
            // InternalManifestParser.g:1758:2: ( RULE_COMMA )?
            {
             before(grammarAccess.getFlowSequenceAccess().getCOMMATerminalRuleCall_2_2()); 
            // InternalManifestParser.g:1759:2: ( RULE_COMMA )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==RULE_COMMA) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalManifestParser.g:1759:3: RULE_COMMA
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
    // InternalManifestParser.g:1768:1: rule__FlowSequence__Group_2_1__0 : rule__FlowSequence__Group_2_1__0__Impl rule__FlowSequence__Group_2_1__1 ;
    public final void rule__FlowSequence__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1772:1: ( rule__FlowSequence__Group_2_1__0__Impl rule__FlowSequence__Group_2_1__1 )
            // InternalManifestParser.g:1773:2: rule__FlowSequence__Group_2_1__0__Impl rule__FlowSequence__Group_2_1__1
            {
            pushFollow(FOLLOW_7);
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
    // InternalManifestParser.g:1780:1: rule__FlowSequence__Group_2_1__0__Impl : ( RULE_COMMA ) ;
    public final void rule__FlowSequence__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1784:1: ( ( RULE_COMMA ) )
            // InternalManifestParser.g:1785:1: ( RULE_COMMA )
            {
            // InternalManifestParser.g:1785:1: ( RULE_COMMA )
            // InternalManifestParser.g:1786:2: RULE_COMMA
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
    // InternalManifestParser.g:1795:1: rule__FlowSequence__Group_2_1__1 : rule__FlowSequence__Group_2_1__1__Impl ;
    public final void rule__FlowSequence__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1799:1: ( rule__FlowSequence__Group_2_1__1__Impl )
            // InternalManifestParser.g:1800:2: rule__FlowSequence__Group_2_1__1__Impl
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
    // InternalManifestParser.g:1806:1: rule__FlowSequence__Group_2_1__1__Impl : ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) ) ;
    public final void rule__FlowSequence__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1810:1: ( ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) ) )
            // InternalManifestParser.g:1811:1: ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) )
            {
            // InternalManifestParser.g:1811:1: ( ( rule__FlowSequence__EntriesAssignment_2_1_1 ) )
            // InternalManifestParser.g:1812:2: ( rule__FlowSequence__EntriesAssignment_2_1_1 )
            {
             before(grammarAccess.getFlowSequenceAccess().getEntriesAssignment_2_1_1()); 
            // InternalManifestParser.g:1813:2: ( rule__FlowSequence__EntriesAssignment_2_1_1 )
            // InternalManifestParser.g:1813:3: rule__FlowSequence__EntriesAssignment_2_1_1
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
    // InternalManifestParser.g:1822:1: rule__FlowEntry__Group__0 : rule__FlowEntry__Group__0__Impl rule__FlowEntry__Group__1 ;
    public final void rule__FlowEntry__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1826:1: ( rule__FlowEntry__Group__0__Impl rule__FlowEntry__Group__1 )
            // InternalManifestParser.g:1827:2: rule__FlowEntry__Group__0__Impl rule__FlowEntry__Group__1
            {
            pushFollow(FOLLOW_13);
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
    // InternalManifestParser.g:1834:1: rule__FlowEntry__Group__0__Impl : ( ( rule__FlowEntry__KeyAssignment_0 ) ) ;
    public final void rule__FlowEntry__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1838:1: ( ( ( rule__FlowEntry__KeyAssignment_0 ) ) )
            // InternalManifestParser.g:1839:1: ( ( rule__FlowEntry__KeyAssignment_0 ) )
            {
            // InternalManifestParser.g:1839:1: ( ( rule__FlowEntry__KeyAssignment_0 ) )
            // InternalManifestParser.g:1840:2: ( rule__FlowEntry__KeyAssignment_0 )
            {
             before(grammarAccess.getFlowEntryAccess().getKeyAssignment_0()); 
            // InternalManifestParser.g:1841:2: ( rule__FlowEntry__KeyAssignment_0 )
            // InternalManifestParser.g:1841:3: rule__FlowEntry__KeyAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__FlowEntry__KeyAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getFlowEntryAccess().getKeyAssignment_0()); 

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
    // InternalManifestParser.g:1849:1: rule__FlowEntry__Group__1 : rule__FlowEntry__Group__1__Impl ;
    public final void rule__FlowEntry__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1853:1: ( rule__FlowEntry__Group__1__Impl )
            // InternalManifestParser.g:1854:2: rule__FlowEntry__Group__1__Impl
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
    // InternalManifestParser.g:1860:1: rule__FlowEntry__Group__1__Impl : ( ( rule__FlowEntry__Group_1__0 )? ) ;
    public final void rule__FlowEntry__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1864:1: ( ( ( rule__FlowEntry__Group_1__0 )? ) )
            // InternalManifestParser.g:1865:1: ( ( rule__FlowEntry__Group_1__0 )? )
            {
            // InternalManifestParser.g:1865:1: ( ( rule__FlowEntry__Group_1__0 )? )
            // InternalManifestParser.g:1866:2: ( rule__FlowEntry__Group_1__0 )?
            {
             before(grammarAccess.getFlowEntryAccess().getGroup_1()); 
            // InternalManifestParser.g:1867:2: ( rule__FlowEntry__Group_1__0 )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==RULE_COLON) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalManifestParser.g:1867:3: rule__FlowEntry__Group_1__0
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


    // $ANTLR start "rule__FlowEntry__Group_1__0"
    // InternalManifestParser.g:1876:1: rule__FlowEntry__Group_1__0 : rule__FlowEntry__Group_1__0__Impl rule__FlowEntry__Group_1__1 ;
    public final void rule__FlowEntry__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1880:1: ( rule__FlowEntry__Group_1__0__Impl rule__FlowEntry__Group_1__1 )
            // InternalManifestParser.g:1881:2: rule__FlowEntry__Group_1__0__Impl rule__FlowEntry__Group_1__1
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
    // InternalManifestParser.g:1888:1: rule__FlowEntry__Group_1__0__Impl : ( ( rule__FlowEntry__PairAssignment_1_0 ) ) ;
    public final void rule__FlowEntry__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1892:1: ( ( ( rule__FlowEntry__PairAssignment_1_0 ) ) )
            // InternalManifestParser.g:1893:1: ( ( rule__FlowEntry__PairAssignment_1_0 ) )
            {
            // InternalManifestParser.g:1893:1: ( ( rule__FlowEntry__PairAssignment_1_0 ) )
            // InternalManifestParser.g:1894:2: ( rule__FlowEntry__PairAssignment_1_0 )
            {
             before(grammarAccess.getFlowEntryAccess().getPairAssignment_1_0()); 
            // InternalManifestParser.g:1895:2: ( rule__FlowEntry__PairAssignment_1_0 )
            // InternalManifestParser.g:1895:3: rule__FlowEntry__PairAssignment_1_0
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
    // InternalManifestParser.g:1903:1: rule__FlowEntry__Group_1__1 : rule__FlowEntry__Group_1__1__Impl ;
    public final void rule__FlowEntry__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1907:1: ( rule__FlowEntry__Group_1__1__Impl )
            // InternalManifestParser.g:1908:2: rule__FlowEntry__Group_1__1__Impl
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
    // InternalManifestParser.g:1914:1: rule__FlowEntry__Group_1__1__Impl : ( ( rule__FlowEntry__ValueAssignment_1_1 )? ) ;
    public final void rule__FlowEntry__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1918:1: ( ( ( rule__FlowEntry__ValueAssignment_1_1 )? ) )
            // InternalManifestParser.g:1919:1: ( ( rule__FlowEntry__ValueAssignment_1_1 )? )
            {
            // InternalManifestParser.g:1919:1: ( ( rule__FlowEntry__ValueAssignment_1_1 )? )
            // InternalManifestParser.g:1920:2: ( rule__FlowEntry__ValueAssignment_1_1 )?
            {
             before(grammarAccess.getFlowEntryAccess().getValueAssignment_1_1()); 
            // InternalManifestParser.g:1921:2: ( rule__FlowEntry__ValueAssignment_1_1 )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( ((LA24_0>=RULE_MAP_BEGIN && LA24_0<=RULE_SEQ_BEGIN)||LA24_0==RULE_LBRACE||LA24_0==RULE_LBRACKET||(LA24_0>=RULE_ANCHOR && LA24_0<=RULE_FOLDED)) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalManifestParser.g:1921:3: rule__FlowEntry__ValueAssignment_1_1
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
    // InternalManifestParser.g:1930:1: rule__Stream__DocumentsAssignment_1 : ( ruleDocument ) ;
    public final void rule__Stream__DocumentsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1934:1: ( ( ruleDocument ) )
            // InternalManifestParser.g:1935:2: ( ruleDocument )
            {
            // InternalManifestParser.g:1935:2: ( ruleDocument )
            // InternalManifestParser.g:1936:3: ruleDocument
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
    // InternalManifestParser.g:1945:1: rule__Document__DirectivesAssignment_1 : ( ruleDirective ) ;
    public final void rule__Document__DirectivesAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1949:1: ( ( ruleDirective ) )
            // InternalManifestParser.g:1950:2: ( ruleDirective )
            {
            // InternalManifestParser.g:1950:2: ( ruleDirective )
            // InternalManifestParser.g:1951:3: ruleDirective
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
    // InternalManifestParser.g:1960:1: rule__Document__RootAssignment_3 : ( ruleNode ) ;
    public final void rule__Document__RootAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1964:1: ( ( ruleNode ) )
            // InternalManifestParser.g:1965:2: ( ruleNode )
            {
            // InternalManifestParser.g:1965:2: ( ruleNode )
            // InternalManifestParser.g:1966:3: ruleNode
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
    // InternalManifestParser.g:1975:1: rule__Directive__TextAssignment : ( RULE_DIRECTIVE_TEXT ) ;
    public final void rule__Directive__TextAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1979:1: ( ( RULE_DIRECTIVE_TEXT ) )
            // InternalManifestParser.g:1980:2: ( RULE_DIRECTIVE_TEXT )
            {
            // InternalManifestParser.g:1980:2: ( RULE_DIRECTIVE_TEXT )
            // InternalManifestParser.g:1981:3: RULE_DIRECTIVE_TEXT
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
    // InternalManifestParser.g:1990:1: rule__AliasNode__AliasAssignment : ( RULE_ALIAS ) ;
    public final void rule__AliasNode__AliasAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:1994:1: ( ( RULE_ALIAS ) )
            // InternalManifestParser.g:1995:2: ( RULE_ALIAS )
            {
            // InternalManifestParser.g:1995:2: ( RULE_ALIAS )
            // InternalManifestParser.g:1996:3: RULE_ALIAS
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
    // InternalManifestParser.g:2005:1: rule__ContentNode__PropertiesAssignment_0_0 : ( ruleProperties ) ;
    public final void rule__ContentNode__PropertiesAssignment_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2009:1: ( ( ruleProperties ) )
            // InternalManifestParser.g:2010:2: ( ruleProperties )
            {
            // InternalManifestParser.g:2010:2: ( ruleProperties )
            // InternalManifestParser.g:2011:3: ruleProperties
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
    // InternalManifestParser.g:2020:1: rule__ContentNode__ValueAssignment_0_1 : ( ruleValue ) ;
    public final void rule__ContentNode__ValueAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2024:1: ( ( ruleValue ) )
            // InternalManifestParser.g:2025:2: ( ruleValue )
            {
            // InternalManifestParser.g:2025:2: ( ruleValue )
            // InternalManifestParser.g:2026:3: ruleValue
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
    // InternalManifestParser.g:2035:1: rule__ContentNode__ValueAssignment_1 : ( ruleValue ) ;
    public final void rule__ContentNode__ValueAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2039:1: ( ( ruleValue ) )
            // InternalManifestParser.g:2040:2: ( ruleValue )
            {
            // InternalManifestParser.g:2040:2: ( ruleValue )
            // InternalManifestParser.g:2041:3: ruleValue
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
    // InternalManifestParser.g:2050:1: rule__Properties__AnchorAssignment_0_0 : ( RULE_ANCHOR ) ;
    public final void rule__Properties__AnchorAssignment_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2054:1: ( ( RULE_ANCHOR ) )
            // InternalManifestParser.g:2055:2: ( RULE_ANCHOR )
            {
            // InternalManifestParser.g:2055:2: ( RULE_ANCHOR )
            // InternalManifestParser.g:2056:3: RULE_ANCHOR
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
    // InternalManifestParser.g:2065:1: rule__Properties__TagAssignment_0_1 : ( RULE_TAG ) ;
    public final void rule__Properties__TagAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2069:1: ( ( RULE_TAG ) )
            // InternalManifestParser.g:2070:2: ( RULE_TAG )
            {
            // InternalManifestParser.g:2070:2: ( RULE_TAG )
            // InternalManifestParser.g:2071:3: RULE_TAG
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
    // InternalManifestParser.g:2080:1: rule__Properties__TagAssignment_1_0 : ( RULE_TAG ) ;
    public final void rule__Properties__TagAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2084:1: ( ( RULE_TAG ) )
            // InternalManifestParser.g:2085:2: ( RULE_TAG )
            {
            // InternalManifestParser.g:2085:2: ( RULE_TAG )
            // InternalManifestParser.g:2086:3: RULE_TAG
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
    // InternalManifestParser.g:2095:1: rule__Properties__AnchorAssignment_1_1 : ( RULE_ANCHOR ) ;
    public final void rule__Properties__AnchorAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2099:1: ( ( RULE_ANCHOR ) )
            // InternalManifestParser.g:2100:2: ( RULE_ANCHOR )
            {
            // InternalManifestParser.g:2100:2: ( RULE_ANCHOR )
            // InternalManifestParser.g:2101:3: RULE_ANCHOR
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
    // InternalManifestParser.g:2110:1: rule__BlockMapping__EntriesAssignment_1 : ( ruleMappingEntry ) ;
    public final void rule__BlockMapping__EntriesAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2114:1: ( ( ruleMappingEntry ) )
            // InternalManifestParser.g:2115:2: ( ruleMappingEntry )
            {
            // InternalManifestParser.g:2115:2: ( ruleMappingEntry )
            // InternalManifestParser.g:2116:3: ruleMappingEntry
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


    // $ANTLR start "rule__MappingEntry__KeyAssignment_1"
    // InternalManifestParser.g:2125:1: rule__MappingEntry__KeyAssignment_1 : ( ruleNode ) ;
    public final void rule__MappingEntry__KeyAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2129:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2130:2: ( ruleNode )
            {
            // InternalManifestParser.g:2130:2: ( ruleNode )
            // InternalManifestParser.g:2131:3: ruleNode
            {
             before(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getMappingEntryAccess().getKeyNodeParserRuleCall_1_0()); 

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
    // $ANTLR end "rule__MappingEntry__KeyAssignment_1"


    // $ANTLR start "rule__MappingEntry__ValueAssignment_3"
    // InternalManifestParser.g:2140:1: rule__MappingEntry__ValueAssignment_3 : ( ruleNode ) ;
    public final void rule__MappingEntry__ValueAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2144:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2145:2: ( ruleNode )
            {
            // InternalManifestParser.g:2145:2: ( ruleNode )
            // InternalManifestParser.g:2146:3: ruleNode
            {
             before(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getMappingEntryAccess().getValueNodeParserRuleCall_3_0()); 

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
    // $ANTLR end "rule__MappingEntry__ValueAssignment_3"


    // $ANTLR start "rule__BlockSequence__ItemsAssignment_1"
    // InternalManifestParser.g:2155:1: rule__BlockSequence__ItemsAssignment_1 : ( ruleSequenceItem ) ;
    public final void rule__BlockSequence__ItemsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2159:1: ( ( ruleSequenceItem ) )
            // InternalManifestParser.g:2160:2: ( ruleSequenceItem )
            {
            // InternalManifestParser.g:2160:2: ( ruleSequenceItem )
            // InternalManifestParser.g:2161:3: ruleSequenceItem
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
    // InternalManifestParser.g:2170:1: rule__SequenceItem__ValueAssignment_2 : ( ruleNode ) ;
    public final void rule__SequenceItem__ValueAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2174:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2175:2: ( ruleNode )
            {
            // InternalManifestParser.g:2175:2: ( ruleNode )
            // InternalManifestParser.g:2176:3: ruleNode
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
    // InternalManifestParser.g:2185:1: rule__FlowMapping__EntriesAssignment_2_0 : ( ruleFlowEntry ) ;
    public final void rule__FlowMapping__EntriesAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2189:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2190:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2190:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2191:3: ruleFlowEntry
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
    // InternalManifestParser.g:2200:1: rule__FlowMapping__EntriesAssignment_2_1_1 : ( ruleFlowEntry ) ;
    public final void rule__FlowMapping__EntriesAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2204:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2205:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2205:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2206:3: ruleFlowEntry
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
    // InternalManifestParser.g:2215:1: rule__FlowSequence__EntriesAssignment_2_0 : ( ruleFlowEntry ) ;
    public final void rule__FlowSequence__EntriesAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2219:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2220:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2220:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2221:3: ruleFlowEntry
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
    // InternalManifestParser.g:2230:1: rule__FlowSequence__EntriesAssignment_2_1_1 : ( ruleFlowEntry ) ;
    public final void rule__FlowSequence__EntriesAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2234:1: ( ( ruleFlowEntry ) )
            // InternalManifestParser.g:2235:2: ( ruleFlowEntry )
            {
            // InternalManifestParser.g:2235:2: ( ruleFlowEntry )
            // InternalManifestParser.g:2236:3: ruleFlowEntry
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


    // $ANTLR start "rule__FlowEntry__KeyAssignment_0"
    // InternalManifestParser.g:2245:1: rule__FlowEntry__KeyAssignment_0 : ( ruleNode ) ;
    public final void rule__FlowEntry__KeyAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2249:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2250:2: ( ruleNode )
            {
            // InternalManifestParser.g:2250:2: ( ruleNode )
            // InternalManifestParser.g:2251:3: ruleNode
            {
             before(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleNode();

            state._fsp--;

             after(grammarAccess.getFlowEntryAccess().getKeyNodeParserRuleCall_0_0()); 

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
    // $ANTLR end "rule__FlowEntry__KeyAssignment_0"


    // $ANTLR start "rule__FlowEntry__PairAssignment_1_0"
    // InternalManifestParser.g:2260:1: rule__FlowEntry__PairAssignment_1_0 : ( RULE_COLON ) ;
    public final void rule__FlowEntry__PairAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2264:1: ( ( RULE_COLON ) )
            // InternalManifestParser.g:2265:2: ( RULE_COLON )
            {
            // InternalManifestParser.g:2265:2: ( RULE_COLON )
            // InternalManifestParser.g:2266:3: RULE_COLON
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
    // InternalManifestParser.g:2275:1: rule__FlowEntry__ValueAssignment_1_1 : ( ruleNode ) ;
    public final void rule__FlowEntry__ValueAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2279:1: ( ( ruleNode ) )
            // InternalManifestParser.g:2280:2: ( ruleNode )
            {
            // InternalManifestParser.g:2280:2: ( ruleNode )
            // InternalManifestParser.g:2281:3: ruleNode
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
    // InternalManifestParser.g:2290:1: rule__Scalar__TargetAssignment : ( ( ruleScalarText ) ) ;
    public final void rule__Scalar__TargetAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalManifestParser.g:2294:1: ( ( ( ruleScalarText ) ) )
            // InternalManifestParser.g:2295:2: ( ( ruleScalarText ) )
            {
            // InternalManifestParser.g:2295:2: ( ( ruleScalarText ) )
            // InternalManifestParser.g:2296:3: ( ruleScalarText )
            {
             before(grammarAccess.getScalarAccess().getTargetDocumentCrossReference_0()); 
            // InternalManifestParser.g:2297:3: ( ruleScalarText )
            // InternalManifestParser.g:2298:4: ruleScalarText
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
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000003FCA1C0L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000003FCA180L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000400L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000200L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000402L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000800L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000000802L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000003FCE180L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000020000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000020002L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000003FDA180L});

}