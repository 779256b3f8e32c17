package io.strata.rules.ui.internal.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import liquibase.change.core.CreateIndexChange;

class DrlAssistTest {

    private static final FactTypes TYPES = FactTypes.strataFacts(FactTypes::classesFromCodeSource);
    private final DrlAssist assist = new DrlAssist(TYPES);

    private static final String HEAD = """
            package io.strata.rules.test

            import io.strata.rules.Response;
            import io.strata.rules.ResponseType;

            rule "R"
                when
            """;

    @Test
    void theCatalogueHoldsTheFactsOfEveryPhase() {
        for (String name : List.of("CreateIndexChange", "AddColumnChange", "CreateTableChange", "DropTableChange",
                "SQLFileChange", "ChangeSet", "Change", "DatabaseModel", "TableModel", "ColumnModel", "IndexModel",
                "ForeignKeyModel", "StageInfo", "Sql", "Response", "ResponseType", "RuleSupport")) {
            assertTrue(TYPES.names().contains(name), name + " is offered; the catalogue: " + TYPES.names());
        }
        assertEquals(CreateIndexChange.class, TYPES.type("CreateIndexChange"));
        assertTrue(TYPES.names().size() > 60, "every core change of Liquibase, not a few: " + TYPES.names().size());
    }

    @Test
    void aTypedPrefixOffersTheFactTypesThatStartWithIt() {
        String text = HEAD + "        CreateI";
        List<DrlProposal> proposals = assist.proposals(text, text.length());

        assertEquals(List.of("CreateIndexChange"), names(proposals), "only the types that start with CreateI");
        DrlProposal proposal = proposals.get(0);
        assertEquals(DrlProposal.Kind.TYPE, proposal.kind());
        assertEquals(text.length() - "CreateI".length(), proposal.replaceOffset());
        assertEquals("CreateI".length(), proposal.replaceLength());
        assertEquals("import liquibase.change.core.CreateIndexChange;\n", proposal.importText(),
                "the type is not imported yet, so the proposal adds its import");
        assertEquals(HEAD.indexOf("\nrule") , proposal.importOffset(), "after the last import");
    }

    @Test
    void anImportedTypeComesWithoutAnImport() {
        String text = HEAD.replace("import io.strata.rules.Response;",
                "import io.strata.rules.Response;\nimport liquibase.change.core.*;") + "        CreateIndex";
        DrlProposal proposal = assist.proposals(text, text.length()).get(0);
        assertEquals("CreateIndexChange", proposal.replacement());
        assertNull(proposal.importText(), "liquibase.change.core.* covers it");
    }

    @Test
    void aFileWithoutImportsGetsTheImportAfterItsPackage() {
        String text = "package p\nrule \"R\" when Stage";
        DrlProposal proposal = assist.proposals(text, text.length()).get(0);
        assertEquals("StageInfo", proposal.replacement());
        assertEquals("package p\n".length(), proposal.importOffset());
        assertEquals(text.length() - "Stage".length() + proposal.importText().length() + "StageInfo".length(),
                proposal.cursorAfter(), "after StageInfo, which moved down by the import line");
    }

    @Test
    void insideAPatternThePropertiesOfItsTypeAreOffered() {
        String text = HEAD + "        $change : CreateIndexChange($indexName : ind";
        List<DrlProposal> proposals = assist.proposals(text, text.length());

        assertEquals(List.of("indexName"), names(proposals));
        assertEquals(DrlProposal.Kind.PROPERTY, proposals.get(0).kind());
        assertEquals("indexName : String", proposals.get(0).display());

        String all = HEAD + "        CreateIndexChange(indexName == \"A\", ";
        List<String> properties = names(assist.proposals(all, all.length()));
        assertTrue(properties.containsAll(List.of("columns", "indexName", "tableName", "schemaName", "unique")),
                "the bean properties of CreateIndexChange: " + properties);
        assertTrue(properties.stream().noneMatch(p -> p.equals("class")), "getClass() is no property: " + properties);
    }

    @Test
    void theModelsPropertiesAreOfferedToo() {
        String text = HEAD + "        $t : TableModel(col";
        assertEquals(List.of("columnCount", "columnNames", "columns"), names(assist.proposals(text, text.length())));
    }

    @Test
    void afterAClosedPatternOrInsideEvalTypesAndKeywordsAreOfferedAgain() {
        String closed = HEAD + "        CreateIndexChange() ev";
        assertEquals(List.of("eval"), names(assist.proposals(closed, closed.length())));

        String eval = HEAD + "        eval(validate(Stag";
        assertEquals(List.of("StageInfo"), names(assist.proposals(eval, eval.length())),
                "eval and validate are no fact types, so this is no pattern");
    }

    @Test
    void keywordsAreOfferedByTheirStart() {
        String text = "package p\nrule \"R\"\n    sal";
        assertEquals(List.of("salience"), names(assist.proposals(text, text.length())));
        String noLoop = "package p\nrule \"R\"\n    no";
        assertTrue(names(assist.proposals(noLoop, noLoop.length())).containsAll(List.of("no-loop", "not")));
    }

    @Test
    void nothingIsOfferedInCommentsStringsAndBindingNames() {
        for (String text : List.of(HEAD + "        // Create", HEAD + "   /* Create", HEAD + "  \"Create",
                HEAD + "        $Create")) {
            assertEquals(List.of(), assist.proposals(text, text.length()), "nothing in: " + text);
        }
        String afterComment = HEAD + "        /* a comment */ CreateI";
        assertEquals(List.of("CreateIndexChange"), names(assist.proposals(afterComment, afterComment.length())));
    }

    @Test
    void anOffsetOutsideTheTextIsRefused() {
        try {
            assist.proposals("abc", 4);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("offset 4"), e.getMessage());
            return;
        }
        throw new AssertionError("an offset after the text was accepted");
    }

    private static List<String> names(List<DrlProposal> proposals) {
        return proposals.stream().map(DrlProposal::replacement).toList();
    }
}
