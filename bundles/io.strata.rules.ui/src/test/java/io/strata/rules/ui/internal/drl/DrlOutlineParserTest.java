package io.strata.rules.ui.internal.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DrlOutlineParserTest {

    @Test
    void theSampleRuleFileHasItsPackageImportsFunctionAndRuleWithTheirLines() throws Exception {
        String text = Files.readString(Path.of("../../examples/strata-sample/Rules/Forecast/IndexTooManyColumns.drl"));
        List<DrlElement> elements = DrlOutlineParser.parse(text);

        assertEquals(List.of(
                "package io.strata.rules.sample  :3",
                "java.util.List  :5",
                "liquibase.change.core.CreateIndexChange  :6",
                "io.strata.rules.Response  :7",
                "io.strata.rules.ResponseType  :8",
                "validate(List columns)  :10",
                "rule \"Index Too Many Columns Error\"  :14"), elements.stream().map(DrlElement::label).toList());

        DrlElement rule = elements.get(6);
        assertEquals("Index Too Many Columns Error", rule.name());
        assertEquals(text.indexOf("\"Index Too Many Columns Error\""), rule.nameOffset(), "the editor selects the name");
        assertEquals("\"Index Too Many Columns Error\"".length(), rule.nameLength());
        assertEquals(text.indexOf("rule \""), rule.offset());
        assertEquals(text.lastIndexOf("end") + 3, rule.offset() + rule.length(), "the rule runs to its end");

        DrlElement function = elements.get(5);
        assertEquals(text.indexOf("validate"), function.nameOffset());
        assertEquals(text.indexOf("}\n\nrule") + 1, function.offset() + function.length(), "the function runs to its '}'");
    }

    @Test
    void commentsStringsAndConsequencesDoNotMakeDeclarations() {
        String text = """
                package a.b
                // rule "commented out"
                /* function void f() { } */
                global java.util.List<String> names;
                import function a.b.Util.helper;
                rule "first" salience 10
                when
                    eval(true)
                then
                    String s = "rule \\"not one\\" end";
                    if (s != null) { System.out.println("end"); }
                end
                query "open ones" (String id)
                    $x : Object()
                end
                declare Audit
                    who : String
                end
                rule broken when
                """;
        List<DrlElement> elements = DrlOutlineParser.parse(text);
        assertEquals(List.of("package a.b  :1", "global names : java.util.List<String>  :4", "a.b.Util.helper  :5",
                "rule \"first\"  :6", "query \"open ones\"  :13", "declare Audit  :16", "rule \"broken\"  :19"),
                elements.stream().map(DrlElement::label).toList());
        assertEquals(text.indexOf("end\nquery") + 3, elements.get(3).offset() + elements.get(3).length(),
                "the rule ends at its own end, not at the word end in its strings");
    }

    @Test
    void anUnfinishedRuleStopsAtTheNextDeclaration() {
        String text = "package p\nrule \"A\"\n  when\n    $c : Object(\nrule \"B\"\nwhen then end\n";
        List<DrlElement> elements = DrlOutlineParser.parse(text);
        assertEquals(List.of("package p  :1", "rule \"A\"  :2", "rule \"B\"  :5"),
                elements.stream().map(DrlElement::label).toList());
    }
}
