package io.strata.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.dsl.DslIssue;

class DslDocumentTest {

    static final String PEOPLE = """
            // People.
            changeSet one author=alice {
                createTable person {
                    column id type=BIGINT primaryKey=true nullable=false;
                    column name type="VARCHAR(100)";
                }
            }
            changeSet two author=alice {
                createIndex idx_person tableName=person { column name; }
                addColumn person { column code type="VARCHAR(10)"; }
            }
            """;

    @TempDir
    Path dir;

    static DslDocument parse(String text) {
        return DslEditorServices.get().parse(text, "people.strata", DslContext.none());
    }

    /** The text of a region. */
    static String at(DslDocument document, Region region) {
        return document.text().substring(region.offset(), region.end());
    }

    static String apply(String text, List<TextEdit> edits) {
        return TextEdit.apply(text, edits);
    }

    @Test
    void issuesHaveTheRegionOfTheirTokenAndFixes() {
        String text = """
                changeSet one author=alice {
                    createTabel person { column id type=int; }
                }
                changeSet two author=alice {
                    createTable person { column id type=int; column name type=int; }
                    createIndex idx_person tableNmae=person { column id; }
                    createIndex idx_name tableName=persn { column id; }
                    addNotNullConstraint person columnName=nmae;
                }
                changeSet two author=alice {
                    tagDatabase v1;
                }
                """;
        DslDocument document = parse(text);
        List<String> found = document.issues().stream()
                .map(i -> i.code() + " " + at(document, document.region(i)) + " " + i.line() + ":" + i.column()).toList();
        assertEquals(List.of("DSL_UNKNOWN_CHANGE createTabel 2:5", "DSL_UNKNOWN_ATTRIBUTE tableNmae 6:28", "DSL_UNKNOWN_TABLE persn 7:36",
                "DSL_UNKNOWN_COLUMN nmae 8:44", "DSL_DUPLICATE_ID two 10:11"), found);
        List<String> fixed = document.issues().stream().map(i -> apply(text, document.fixes(i).get(0).edits()))
                .map(t -> parse(t).issues().size() + "").toList();
        assertEquals(List.of("4", "4", "4", "4", "4"), fixed, "each fix removes its issue");
        assertEquals("Change 'createTabel' to 'createTable'", document.fixes(document.issues().get(0)).get(0).label());
        assertTrue(apply(text, document.fixes(document.issues().get(4)).get(0).edits()).contains("changeSet two-2 author=alice"));
    }

    @Test
    void syntaxErrorsHaveRegions() {
        DslDocument document = parse("changeSet one author=alice {\n    tagDatabase v1\n}\n");
        DslIssue issue = document.issues().get(0);
        assertEquals(DslIssue.SYNTAX, issue.code());
        assertEquals("}", at(document, document.region(issue)));
        assertEquals(List.of(), document.format(), "text that does not parse is not formatted");
    }

    @Test
    void highlightsAreSortedAndSemantic() {
        DslDocument document = parse(PEOPLE);
        List<Highlight> highlights = document.highlights();
        for (int i = 1; i < highlights.size(); i++) {
            Highlight a = highlights.get(i - 1);
            assertTrue(a.offset() + a.length() <= highlights.get(i).offset(), "sorted, non-overlapping: " + a + " " + highlights.get(i));
        }
        String styled = highlights.stream().map(h -> PEOPLE.substring(h.offset(), h.offset() + h.length()) + ":" + h.style())
                .collect(Collectors.joining(" "));
        assertTrue(styled.startsWith("// People.:COMMENT changeSet:ELEMENT one:CHANGE_SET_ID author:ATTRIBUTE_NAME =:PUNCTUATION {:PUNCTUATION "
                + "createTable:CHANGE_TYPE person:TABLE {:PUNCTUATION column:ELEMENT id:COLUMN type:ATTRIBUTE_NAME =:PUNCTUATION BIGINT:DATA_TYPE "),
                styled);
        assertTrue(styled.contains("\"VARCHAR(100)\":DATA_TYPE"), styled);
        assertTrue(styled.contains("tableName:ATTRIBUTE_NAME =:PUNCTUATION person:TABLE { column:ELEMENT name:COLUMN ;:PUNCTUATION".replace(
                "{ ", "{:PUNCTUATION ")), styled);
    }

    @Test
    void outlineAndFolding() {
        DslDocument document = parse(PEOPLE);
        List<OutlineItem> outline = document.outline();
        assertEquals(List.of("one (alice)", "two (alice)"), outline.stream().map(OutlineItem::label).toList());
        OutlineItem create = outline.get(0).children().get(0);
        assertEquals("createTable person", create.label());
        assertEquals(OutlineItem.Kind.CHANGE, create.kind());
        assertEquals(List.of("id BIGINT", "name VARCHAR(100)"), create.children().stream().map(OutlineItem::label).toList());
        assertEquals("person", at(document, create.nameRange()));
        List<String> folds = document.foldingRegions().stream().map(r -> at(document, r).lines().findFirst().get()).toList();
        assertEquals(List.of("changeSet one author=alice {", "createTable person {", "changeSet two author=alice {"), folds);

        String more = "include \"a.strata\";\nproperty size value=10;\nchangeSet s author=a {\n    sql \"SELECT 1\n        FROM dual\";\n"
                + "    rollback { dropTable t; }\n}\n";
        DslDocument other = parse(more);
        assertEquals(List.of("INCLUDE include a.strata", "PROPERTY property size", "CHANGE_SET s (a)"),
                other.outline().stream().map(i -> i.kind() + " " + i.label()).toList());
        assertEquals(List.of("CHANGE sql SELECT 1 ...", "ROLLBACK rollback"),
                other.outline().get(2).children().stream().map(i -> i.kind() + " " + i.label()).toList());
        assertEquals(List.of("changeSet s author=a {", "\"SELECT 1"),
                other.foldingRegions().stream().map(r -> at(other, r).lines().findFirst().get()).toList());
    }

    static List<String> labels(DslDocument document, String marker) {
        return document.complete(document.text().indexOf(marker)).stream().map(Proposal::label).toList();
    }

    @Test
    void completionKnowsTheContext() {
        String text = PEOPLE + """
                changeSet three author=bob {
                    renameTable person newTableName=human;
                }
                changeSet four author=bob {
                    cre|1;
                    addColumn |2;
                    createIndex idx tableName=human |3 {
                        column |4;
                    }
                    modifyDataType human columnName=c|5 newDataType=varc|6;
                }
                include |7
                """;
        DslDocument document = parse(text.replaceAll("\\|[0-9]", ""));
        java.util.function.Function<String, List<String>> at = marker -> {
            int offset = text.indexOf(marker);
            int before = (int) text.substring(0, offset).chars().filter(c -> c == '|').count();
            return document.complete(offset - before * 2).stream().map(Proposal::label).toList();
        };
        assertEquals(List.of("createIndex", "createProcedure", "createSequence", "createTable", "createView"), at.apply("|1"));
        assertEquals(List.of("human"), at.apply("|2").subList(0, 1), "tables known at that point: person is renamed");
        assertFalse(at.apply("|2").contains("person"));
        assertTrue(at.apply("|2").contains("columns") == false && at.apply("|2").contains("schemaName"), at.apply("|2").toString());
        assertTrue(at.apply("|3").contains("unique") && !at.apply("|3").contains("tableName") && !at.apply("|3").contains("indexName"),
                at.apply("|3").toString());
        assertEquals(List.of("id", "name", "code", "type"), at.apply("|4").subList(0, 4), "columns of human, then attributes");
        assertEquals(List.of("code"), at.apply("|5"));
        assertEquals(List.of("VARCHAR"), at.apply("|6"));
        assertTrue(at.apply("|7").contains("relativeToChangelogFile") && !at.apply("|7").contains("file"), at.apply("|7").toString());

        int offset = text.indexOf("|5") - 8;
        Proposal code = document.complete(offset).get(0);
        assertEquals(new Proposal("code", "code", offset - 1, 1, Proposal.Kind.COLUMN, "human.code VARCHAR(10)"), code);
        String unfinished = "changeSet s author=a {\n    createTable t {\n        column id type=int\n        col";
        assertEquals(List.of("column"), parse(unfinished).complete(unfinished.length()).stream().map(Proposal::label).toList(),
                "a new element on a new line after one whose ';' is missing");
        String sql = "changeSet s author=a {\n    sql \"UPDATE human SET code = 'x'\";\n}\n";
        assertEquals(List.of(), labels(parse(sql), "human SET"), "nothing inside an SQL text");
        assertEquals(List.of("\"VARCHAR\""), parse("changeSet s author=a { createTable t { column c type=\"VARC\"; } }").complete(58)
                .stream().map(Proposal::replacement).toList());
        assertEquals(List.of("changeSet", "include", "includeAll", "property", "preConditions", "modifyChangeSets", "databaseChangeLog"),
                labels(parse(""), ""));
    }

    @Test
    void hoverAndDefinitionOfTablesAndColumns() {
        DslDocument document = parse(PEOPLE);
        int use = PEOPLE.indexOf("person {", PEOPLE.indexOf("addColumn"));
        Hover hover = document.hover(use + 2).orElseThrow();
        assertEquals("table person (changeSet one by alice, people.strata:3)\n  id BIGINT primaryKey=true nullable=false\n"
                + "  name VARCHAR(100)", hover.text());
        assertEquals(new Region(use, 6), hover.range());
        Definition definition = document.definition(use).orElseThrow();
        assertEquals(new Definition("people.strata", PEOPLE.indexOf("person"), 6, 3), definition);
        int column = PEOPLE.indexOf("name;");
        assertEquals(new Definition("people.strata", PEOPLE.indexOf("name type"), 4, 5), document.definition(column).orElseThrow());
        assertTrue(document.hover(PEOPLE.indexOf("createIndex") + 1).orElseThrow().text().startsWith("createIndex: "));
    }

    @Test
    void contextFromTheProjectsMasterChangeLog() throws Exception {
        Files.writeString(dir.resolve("strata.yaml"), "name: p\nchangelog: changelog.xml\n");
        Files.writeString(dir.resolve("changelog.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                  <changeSet id="1" author="alice">
                    <createTable tableName="customer"><column name="id" type="bigint"/><column name="email" type="varchar(200)"/></createTable>
                  </changeSet>
                  <include file="orders.strata" relativeToChangelogFile="true"/>
                  <include file="later.strata" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        Files.writeString(dir.resolve("orders.strata"), """
                changeSet orders author=bob {
                    createTable orders { column id type=bigint; column customer_id type=bigint; }
                }
                """);
        String later = """
                changeSet late author=bob {
                    addForeignKeyConstraint fk_orders baseTableName=orders baseColumnNames=customer_id
                            referencedTableName=customer referencedColumnNames=id;
                    createIndex idx tableName=orders { column custmer_id; }
                }
                """;
        Files.writeString(dir.resolve("later.strata"), later);
        DslContext context = DslContext.forFile(dir, dir.resolve("later.strata"));
        assertEquals(List.of(), context.problems());
        assertEquals(List.of("customer", "orders"), context.tables());
        DslDocument document = DslEditorServices.get().parse(later, "later.strata", context);
        assertEquals(new Definition("orders.strata", Files.readString(dir.resolve("orders.strata")).indexOf("orders {"), 6, 2), document.definition(later.indexOf("=orders") + 1).orElseThrow());
        assertEquals(new Definition("changelog.xml", 0, 0, 5), document.definition(later.indexOf("customer ")).orElseThrow());
        assertEquals(List.of("DSL_UNKNOWN_COLUMN custmer_id"), document.issues().stream()
                .map(i -> i.code() + " " + at(document, document.region(i))).toList());
        assertEquals(List.of(new TextEdit(later.indexOf("custmer_id"), 10, "customer_id")),
                document.fixes(document.issues().get(0)).get(0).edits(), "the closest column of orders, defined in orders.strata");
        assertEquals("table customer (changeSet 1 by alice, changelog.xml:5)\n  id bigint\n  email varchar(200)",
                document.hover(later.indexOf("customer ")).orElseThrow().text());

        DslContext broken = DslContext.forFile(dir.resolve("missing"), dir.resolve("missing/x.strata"));
        assertEquals(1, broken.problems().size());
        assertTrue(broken.tables().isEmpty());
    }

    @Test
    void theMasterItselfHasNothingBeforeItUnlessItIncludesFiles() throws Exception {
        Files.writeString(dir.resolve("strata.yaml"), "name: p\nchangelog: changelog.strata\n");
        // Being typed, so not valid: its own problems are the editor's markers, not the context's.
        Files.writeString(dir.resolve("changelog.strata"), """
                changeSet one author=alice {
                    createTable t { column id type=int; }
                }
                changeSet two author=alice {
                    addColumn t {
                """);
        DslContext master = DslContext.forFile(dir, dir.resolve("changelog.strata"));
        assertEquals(List.of(), master.problems());
        assertEquals(List.of(), master.tables());

        // An include before its change sets: what it includes runs first.
        Files.writeString(dir.resolve("base.strata"), "changeSet base author=alice {\n    createTable base { column id type=int; }\n}\n");
        Files.writeString(dir.resolve("changelog.strata"), """
                include "base.strata" relativeToChangelogFile=true;
                changeSet one author=alice {
                    createTable t { column id type=int; }
                }
                """);
        DslContext including = DslContext.forFile(dir, dir.resolve("changelog.strata"));
        assertEquals(List.of(), including.problems());
        assertEquals(List.of("base"), including.tables());
    }

    @Test
    void formattingIndentsAndKeepsComments() {
        String text = "// head\nchangeSet  one author = alice   labels=a {  // trailing\n  createTable person {\ncolumn id type=int ;\n\n\n"
                + "      column name\n   type=\"varchar(10)\";/* c */ }\n}\n\n\n\nchangeSet two author=alice { tagDatabase v1; }";
        DslDocument document = parse(text);
        String formatted = apply(text, document.format());
        assertEquals("""
                // head
                changeSet one author=alice labels=a { // trailing
                    createTable person {
                        column id type=int;

                        column name
                                type="varchar(10)"; /* c */
                    }
                }

                changeSet two author=alice {
                    tagDatabase v1;
                }
                """, formatted);
        assertEquals(List.of(), parse(formatted).format(), "idempotent");
        String windows = text.replace("\n", "\r\n");
        assertEquals(formatted.replace("\n", "\r\n"), apply(windows, parse(windows).format()), "CRLF stays CRLF");
    }
}
