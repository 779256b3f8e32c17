package io.strata.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import io.strata.dsl.services.StrataDslGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalStrataDslParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_ID", "RULE_STRING", "RULE_NUMBER", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'{'", "'}'", "';'", "'='"
    };
    public static final int RULE_ID=4;
    public static final int RULE_WS=9;
    public static final int RULE_STRING=5;
    public static final int RULE_ANY_OTHER=10;
    public static final int RULE_NUMBER=6;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__11=11;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int EOF=-1;

    // delegates
    // delegators


        public InternalStrataDslParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalStrataDslParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalStrataDslParser.tokenNames; }
    public String getGrammarFileName() { return "InternalStrataDsl.g"; }



     	private StrataDslGrammarAccess grammarAccess;

        public InternalStrataDslParser(TokenStream input, StrataDslGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "ChangeLog";
       	}

       	@Override
       	protected StrataDslGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRuleChangeLog"
    // InternalStrataDsl.g:64:1: entryRuleChangeLog returns [EObject current=null] : iv_ruleChangeLog= ruleChangeLog EOF ;
    public final EObject entryRuleChangeLog() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleChangeLog = null;


        try {
            // InternalStrataDsl.g:64:50: (iv_ruleChangeLog= ruleChangeLog EOF )
            // InternalStrataDsl.g:65:2: iv_ruleChangeLog= ruleChangeLog EOF
            {
             newCompositeNode(grammarAccess.getChangeLogRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleChangeLog=ruleChangeLog();

            state._fsp--;

             current =iv_ruleChangeLog; 
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
    // $ANTLR end "entryRuleChangeLog"


    // $ANTLR start "ruleChangeLog"
    // InternalStrataDsl.g:71:1: ruleChangeLog returns [EObject current=null] : ( () ( (lv_nodes_1_0= ruleNode ) )* ) ;
    public final EObject ruleChangeLog() throws RecognitionException {
        EObject current = null;

        EObject lv_nodes_1_0 = null;



        	enterRule();

        try {
            // InternalStrataDsl.g:77:2: ( ( () ( (lv_nodes_1_0= ruleNode ) )* ) )
            // InternalStrataDsl.g:78:2: ( () ( (lv_nodes_1_0= ruleNode ) )* )
            {
            // InternalStrataDsl.g:78:2: ( () ( (lv_nodes_1_0= ruleNode ) )* )
            // InternalStrataDsl.g:79:3: () ( (lv_nodes_1_0= ruleNode ) )*
            {
            // InternalStrataDsl.g:79:3: ()
            // InternalStrataDsl.g:80:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getChangeLogAccess().getChangeLogAction_0(),
            					current);
            			

            }

            // InternalStrataDsl.g:86:3: ( (lv_nodes_1_0= ruleNode ) )*
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( (LA1_0==RULE_ID) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalStrataDsl.g:87:4: (lv_nodes_1_0= ruleNode )
            	    {
            	    // InternalStrataDsl.g:87:4: (lv_nodes_1_0= ruleNode )
            	    // InternalStrataDsl.g:88:5: lv_nodes_1_0= ruleNode
            	    {

            	    					newCompositeNode(grammarAccess.getChangeLogAccess().getNodesNodeParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_3);
            	    lv_nodes_1_0=ruleNode();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getChangeLogRule());
            	    					}
            	    					add(
            	    						current,
            	    						"nodes",
            	    						lv_nodes_1_0,
            	    						"io.strata.dsl.StrataDsl.Node");
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
    // $ANTLR end "ruleChangeLog"


    // $ANTLR start "entryRuleNode"
    // InternalStrataDsl.g:109:1: entryRuleNode returns [EObject current=null] : iv_ruleNode= ruleNode EOF ;
    public final EObject entryRuleNode() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNode = null;


        try {
            // InternalStrataDsl.g:109:45: (iv_ruleNode= ruleNode EOF )
            // InternalStrataDsl.g:110:2: iv_ruleNode= ruleNode EOF
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
    // InternalStrataDsl.g:116:1: ruleNode returns [EObject current=null] : ( ( (lv_type_0_0= RULE_ID ) ) ( (lv_main_1_0= ruleValue ) )? ( (lv_attributes_2_0= ruleAttribute ) )* ( ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' ) | otherlv_6= ';' ) ) ;
    public final EObject ruleNode() throws RecognitionException {
        EObject current = null;

        Token lv_type_0_0=null;
        Token lv_block_3_0=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        AntlrDatatypeRuleToken lv_main_1_0 = null;

        EObject lv_attributes_2_0 = null;

        EObject lv_children_4_0 = null;



        	enterRule();

        try {
            // InternalStrataDsl.g:122:2: ( ( ( (lv_type_0_0= RULE_ID ) ) ( (lv_main_1_0= ruleValue ) )? ( (lv_attributes_2_0= ruleAttribute ) )* ( ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' ) | otherlv_6= ';' ) ) )
            // InternalStrataDsl.g:123:2: ( ( (lv_type_0_0= RULE_ID ) ) ( (lv_main_1_0= ruleValue ) )? ( (lv_attributes_2_0= ruleAttribute ) )* ( ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' ) | otherlv_6= ';' ) )
            {
            // InternalStrataDsl.g:123:2: ( ( (lv_type_0_0= RULE_ID ) ) ( (lv_main_1_0= ruleValue ) )? ( (lv_attributes_2_0= ruleAttribute ) )* ( ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' ) | otherlv_6= ';' ) )
            // InternalStrataDsl.g:124:3: ( (lv_type_0_0= RULE_ID ) ) ( (lv_main_1_0= ruleValue ) )? ( (lv_attributes_2_0= ruleAttribute ) )* ( ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' ) | otherlv_6= ';' )
            {
            // InternalStrataDsl.g:124:3: ( (lv_type_0_0= RULE_ID ) )
            // InternalStrataDsl.g:125:4: (lv_type_0_0= RULE_ID )
            {
            // InternalStrataDsl.g:125:4: (lv_type_0_0= RULE_ID )
            // InternalStrataDsl.g:126:5: lv_type_0_0= RULE_ID
            {
            lv_type_0_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_type_0_0, grammarAccess.getNodeAccess().getTypeIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getNodeRule());
            					}
            					setWithLastConsumed(
            						current,
            						"type",
            						lv_type_0_0,
            						"io.strata.dsl.StrataDsl.ID");
            				

            }


            }

            // InternalStrataDsl.g:142:3: ( (lv_main_1_0= ruleValue ) )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( ((LA2_0>=RULE_STRING && LA2_0<=RULE_NUMBER)) ) {
                alt2=1;
            }
            else if ( (LA2_0==RULE_ID) ) {
                int LA2_2 = input.LA(2);

                if ( (LA2_2==RULE_ID||LA2_2==11||LA2_2==13) ) {
                    alt2=1;
                }
            }
            switch (alt2) {
                case 1 :
                    // InternalStrataDsl.g:143:4: (lv_main_1_0= ruleValue )
                    {
                    // InternalStrataDsl.g:143:4: (lv_main_1_0= ruleValue )
                    // InternalStrataDsl.g:144:5: lv_main_1_0= ruleValue
                    {

                    					newCompositeNode(grammarAccess.getNodeAccess().getMainValueParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_5);
                    lv_main_1_0=ruleValue();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getNodeRule());
                    					}
                    					set(
                    						current,
                    						"main",
                    						lv_main_1_0,
                    						"io.strata.dsl.StrataDsl.Value");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalStrataDsl.g:161:3: ( (lv_attributes_2_0= ruleAttribute ) )*
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( (LA3_0==RULE_ID) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalStrataDsl.g:162:4: (lv_attributes_2_0= ruleAttribute )
            	    {
            	    // InternalStrataDsl.g:162:4: (lv_attributes_2_0= ruleAttribute )
            	    // InternalStrataDsl.g:163:5: lv_attributes_2_0= ruleAttribute
            	    {

            	    					newCompositeNode(grammarAccess.getNodeAccess().getAttributesAttributeParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_5);
            	    lv_attributes_2_0=ruleAttribute();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getNodeRule());
            	    					}
            	    					add(
            	    						current,
            	    						"attributes",
            	    						lv_attributes_2_0,
            	    						"io.strata.dsl.StrataDsl.Attribute");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);

            // InternalStrataDsl.g:180:3: ( ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' ) | otherlv_6= ';' )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==11) ) {
                alt5=1;
            }
            else if ( (LA5_0==13) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalStrataDsl.g:181:4: ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' )
                    {
                    // InternalStrataDsl.g:181:4: ( ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}' )
                    // InternalStrataDsl.g:182:5: ( (lv_block_3_0= '{' ) ) ( (lv_children_4_0= ruleNode ) )* otherlv_5= '}'
                    {
                    // InternalStrataDsl.g:182:5: ( (lv_block_3_0= '{' ) )
                    // InternalStrataDsl.g:183:6: (lv_block_3_0= '{' )
                    {
                    // InternalStrataDsl.g:183:6: (lv_block_3_0= '{' )
                    // InternalStrataDsl.g:184:7: lv_block_3_0= '{'
                    {
                    lv_block_3_0=(Token)match(input,11,FOLLOW_6); 

                    							newLeafNode(lv_block_3_0, grammarAccess.getNodeAccess().getBlockLeftCurlyBracketKeyword_3_0_0_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getNodeRule());
                    							}
                    							setWithLastConsumed(current, "block", lv_block_3_0 != null, "{");
                    						

                    }


                    }

                    // InternalStrataDsl.g:196:5: ( (lv_children_4_0= ruleNode ) )*
                    loop4:
                    do {
                        int alt4=2;
                        int LA4_0 = input.LA(1);

                        if ( (LA4_0==RULE_ID) ) {
                            alt4=1;
                        }


                        switch (alt4) {
                    	case 1 :
                    	    // InternalStrataDsl.g:197:6: (lv_children_4_0= ruleNode )
                    	    {
                    	    // InternalStrataDsl.g:197:6: (lv_children_4_0= ruleNode )
                    	    // InternalStrataDsl.g:198:7: lv_children_4_0= ruleNode
                    	    {

                    	    							newCompositeNode(grammarAccess.getNodeAccess().getChildrenNodeParserRuleCall_3_0_1_0());
                    	    						
                    	    pushFollow(FOLLOW_6);
                    	    lv_children_4_0=ruleNode();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getNodeRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"children",
                    	    								lv_children_4_0,
                    	    								"io.strata.dsl.StrataDsl.Node");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop4;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,12,FOLLOW_2); 

                    					newLeafNode(otherlv_5, grammarAccess.getNodeAccess().getRightCurlyBracketKeyword_3_0_2());
                    				

                    }


                    }
                    break;
                case 2 :
                    // InternalStrataDsl.g:221:4: otherlv_6= ';'
                    {
                    otherlv_6=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_6, grammarAccess.getNodeAccess().getSemicolonKeyword_3_1());
                    			

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
    // $ANTLR end "ruleNode"


    // $ANTLR start "entryRuleAttribute"
    // InternalStrataDsl.g:230:1: entryRuleAttribute returns [EObject current=null] : iv_ruleAttribute= ruleAttribute EOF ;
    public final EObject entryRuleAttribute() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAttribute = null;


        try {
            // InternalStrataDsl.g:230:50: (iv_ruleAttribute= ruleAttribute EOF )
            // InternalStrataDsl.g:231:2: iv_ruleAttribute= ruleAttribute EOF
            {
             newCompositeNode(grammarAccess.getAttributeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAttribute=ruleAttribute();

            state._fsp--;

             current =iv_ruleAttribute; 
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
    // $ANTLR end "entryRuleAttribute"


    // $ANTLR start "ruleAttribute"
    // InternalStrataDsl.g:237:1: ruleAttribute returns [EObject current=null] : ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleValue ) ) ) ;
    public final EObject ruleAttribute() throws RecognitionException {
        EObject current = null;

        Token lv_name_0_0=null;
        Token otherlv_1=null;
        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalStrataDsl.g:243:2: ( ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleValue ) ) ) )
            // InternalStrataDsl.g:244:2: ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleValue ) ) )
            {
            // InternalStrataDsl.g:244:2: ( ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleValue ) ) )
            // InternalStrataDsl.g:245:3: ( (lv_name_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= ruleValue ) )
            {
            // InternalStrataDsl.g:245:3: ( (lv_name_0_0= RULE_ID ) )
            // InternalStrataDsl.g:246:4: (lv_name_0_0= RULE_ID )
            {
            // InternalStrataDsl.g:246:4: (lv_name_0_0= RULE_ID )
            // InternalStrataDsl.g:247:5: lv_name_0_0= RULE_ID
            {
            lv_name_0_0=(Token)match(input,RULE_ID,FOLLOW_7); 

            					newLeafNode(lv_name_0_0, grammarAccess.getAttributeAccess().getNameIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAttributeRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_0_0,
            						"io.strata.dsl.StrataDsl.ID");
            				

            }


            }

            otherlv_1=(Token)match(input,14,FOLLOW_8); 

            			newLeafNode(otherlv_1, grammarAccess.getAttributeAccess().getEqualsSignKeyword_1());
            		
            // InternalStrataDsl.g:267:3: ( (lv_value_2_0= ruleValue ) )
            // InternalStrataDsl.g:268:4: (lv_value_2_0= ruleValue )
            {
            // InternalStrataDsl.g:268:4: (lv_value_2_0= ruleValue )
            // InternalStrataDsl.g:269:5: lv_value_2_0= ruleValue
            {

            					newCompositeNode(grammarAccess.getAttributeAccess().getValueValueParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_value_2_0=ruleValue();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAttributeRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_2_0,
            						"io.strata.dsl.StrataDsl.Value");
            					afterParserOrEnumRuleCall();
            				

            }


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
    // $ANTLR end "ruleAttribute"


    // $ANTLR start "entryRuleValue"
    // InternalStrataDsl.g:290:1: entryRuleValue returns [String current=null] : iv_ruleValue= ruleValue EOF ;
    public final String entryRuleValue() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleValue = null;


        try {
            // InternalStrataDsl.g:290:45: (iv_ruleValue= ruleValue EOF )
            // InternalStrataDsl.g:291:2: iv_ruleValue= ruleValue EOF
            {
             newCompositeNode(grammarAccess.getValueRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleValue=ruleValue();

            state._fsp--;

             current =iv_ruleValue.getText(); 
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
    // InternalStrataDsl.g:297:1: ruleValue returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_STRING_0= RULE_STRING | this_ID_1= RULE_ID | this_NUMBER_2= RULE_NUMBER ) ;
    public final AntlrDatatypeRuleToken ruleValue() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_STRING_0=null;
        Token this_ID_1=null;
        Token this_NUMBER_2=null;


        	enterRule();

        try {
            // InternalStrataDsl.g:303:2: ( (this_STRING_0= RULE_STRING | this_ID_1= RULE_ID | this_NUMBER_2= RULE_NUMBER ) )
            // InternalStrataDsl.g:304:2: (this_STRING_0= RULE_STRING | this_ID_1= RULE_ID | this_NUMBER_2= RULE_NUMBER )
            {
            // InternalStrataDsl.g:304:2: (this_STRING_0= RULE_STRING | this_ID_1= RULE_ID | this_NUMBER_2= RULE_NUMBER )
            int alt6=3;
            switch ( input.LA(1) ) {
            case RULE_STRING:
                {
                alt6=1;
                }
                break;
            case RULE_ID:
                {
                alt6=2;
                }
                break;
            case RULE_NUMBER:
                {
                alt6=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }

            switch (alt6) {
                case 1 :
                    // InternalStrataDsl.g:305:3: this_STRING_0= RULE_STRING
                    {
                    this_STRING_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_0);
                    		

                    			newLeafNode(this_STRING_0, grammarAccess.getValueAccess().getSTRINGTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalStrataDsl.g:313:3: this_ID_1= RULE_ID
                    {
                    this_ID_1=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_1);
                    		

                    			newLeafNode(this_ID_1, grammarAccess.getValueAccess().getIDTerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalStrataDsl.g:321:3: this_NUMBER_2= RULE_NUMBER
                    {
                    this_NUMBER_2=(Token)match(input,RULE_NUMBER,FOLLOW_2); 

                    			current.merge(this_NUMBER_2);
                    		

                    			newLeafNode(this_NUMBER_2, grammarAccess.getValueAccess().getNUMBERTerminalRuleCall_2());
                    		

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

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000002870L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000002810L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000001010L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000000070L});

}