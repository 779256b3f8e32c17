package io.strata.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.XtextStandaloneSetup;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.google.inject.Injector;

/** The Xtext 2.42 runtime inside OSGi: the grammar language's injector parses and links a grammar. */
class XtextInOsgiTest {

    static final String GRAMMAR = """
            grammar io.strata.smoke.Tiny with org.eclipse.xtext.common.Terminals

            generate tiny "urn:strata:smoke:tiny"

            Model:
                greetings+=Greeting*;

            Greeting:
                'hello' name=ID '!';
            """;

    static Injector injector;

    @BeforeAll
    static void createInjector() {
        injector = new XtextStandaloneSetup().createInjectorAndDoEMFRegistration();
        assertNotNull(injector);
    }

    @Test
    void parsesAndLinksAGrammarInAResourceSet() throws Exception {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        // Lets "with org.eclipse.xtext.common.Terminals" find Terminals.xtext in the Xtext bundle.
        resourceSet.setClasspathURIContext(XtextInOsgiTest.class.getClassLoader());
        Resource resource = resourceSet.createResource(URI.createURI("dummy:/Tiny.xtext"));
        assertTrue(resource instanceof XtextResource, "not an XtextResource: " + resource);
        resource.load(new ByteArrayInputStream(GRAMMAR.getBytes(StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_RESOLVE_ALL, Boolean.TRUE));

        IParseResult parse = ((XtextResource) resource).getParseResult();
        assertFalse(parse.hasSyntaxErrors(), () -> "syntax errors: " + errors(parse));
        assertEquals(List.of(), resource.getErrors().stream().map(Object::toString).toList(), "errors");

        Grammar grammar = (Grammar) resource.getContents().get(0);
        assertEquals("io.strata.smoke.Tiny", grammar.getName());
        assertEquals(List.of("Model", "Greeting"), grammar.getRules().stream().map(AbstractRule::getName).toList());
        assertEquals(1, grammar.getUsedGrammars().size());
        Grammar terminals = grammar.getUsedGrammars().get(0);
        assertFalse(terminals.eIsProxy(), "org.eclipse.xtext.common.Terminals was not linked");
        assertEquals("org.eclipse.xtext.common.Terminals", terminals.getName());
    }

    @Test
    void parserReportsSyntaxErrors() {
        IParser parser = injector.getInstance(IParser.class);
        IParseResult good = parser.parse(new StringReader(GRAMMAR));
        assertFalse(good.hasSyntaxErrors(), () -> "syntax errors: " + errors(good));
        assertTrue(good.getRootASTElement() instanceof Grammar);

        IParseResult bad = parser.parse(new StringReader("grammar io.strata.smoke.Bad\n\nModel: greetings+=;\n"));
        assertTrue(bad.hasSyntaxErrors(), "a broken grammar parsed without syntax errors");
        INode error = bad.getSyntaxErrors().iterator().next();
        assertEquals(3, error.getStartLine(), "line of the syntax error: " + errors(bad));
    }

    @Test
    void xtextIdeResolves() throws Exception {
        ClassLoader loader = XtextInOsgiTest.class.getClassLoader();
        for (String name : List.of("org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory",
                "org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider",
                "org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator")) {
            Class<?> type = Class.forName(name, true, loader);
            assertEquals("org.eclipse.xtext.ide", FrameworkUtil.getBundle(type).getSymbolicName(), name);
            // Resolves the types its members refer to (Xtext runtime, ANTLR, Guice).
            assertTrue(type.getDeclaredMethods().length > 0, name);
            type.getDeclaredFields();
        }
    }

    private static String errors(IParseResult result) {
        StringBuilder out = new StringBuilder();
        result.getSyntaxErrors().forEach(n -> out.append("\n  line ").append(n.getStartLine()).append(": ")
                .append(n.getSyntaxErrorMessage().getMessage()));
        return out.toString();
    }
}
