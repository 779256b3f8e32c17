package io.strata.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import liquibase.parser.core.ParsedNode;

class DslReaderTest {

    @Test
    void mainValueIsTheKeyAttributeOrTheText() throws Exception {
        DslReader.Result result = DslReader.read("""
                // a comment
                changeSet "create-person" author=alice labels=sprint-1 context=dev {
                    comment "People";
                    createTable person remarks='Who\\'s who' {
                        column id type=bigint { constraints primaryKey=true; }
                    }
                    sql "select 1;\nselect 2" splitStatements=false;
                    /* block
                       comment */
                    rollback { dropTable person; }
                }
                """, "people.strata");
        assertTrue(result.ok(), result.syntaxErrors().toString());
        ParsedNode changeSet = result.root().getChild(null, "changeSet");
        assertEquals("create-person", changeSet.getChildValue(null, "id"));
        assertEquals("alice", changeSet.getChildValue(null, "author"));
        assertEquals("dev", changeSet.getChildValue(null, "context"));
        assertEquals("People", changeSet.getChild(null, "comment").getValue());
        ParsedNode table = changeSet.getChild(null, "createTable");
        assertEquals("person", table.getChildValue(null, "tableName"));
        assertEquals("Who's who", table.getChildValue(null, "remarks"));
        assertEquals("id", table.getChild(null, "column").getChildValue(null, "name"));
        ParsedNode sql = changeSet.getChild(null, "sql");
        assertEquals("select 1;\nselect 2", sql.getValue());
        assertEquals("false", sql.getChildValue(null, "splitStatements"));
        assertEquals(2, result.line(changeSet));
        assertEquals(4, result.line(table));
        assertEquals(11, result.line(changeSet.getChild(null, "rollback")), "the sql text spans two lines");
    }

    @Test
    void constraintsOnTheColumnsLineAreItsConstraintsElement() throws Exception {
        DslReader.Result result = DslReader.read("""
                changeSet one author=alice {
                    createTable t {
                        column id type=int primaryKey=true nullable=false remarks=key;
                        column code type=int unique=true { constraints uniqueConstraintName=uq_code; }
                    }
                }
                """, "t.strata");
        assertTrue(result.ok(), result.syntaxErrors().toString());
        java.util.List<ParsedNode> columns = result.root().getChild(null, "changeSet").getChild(null, "createTable").getChildren(null, "column");
        ParsedNode id = columns.get(0);
        assertEquals(java.util.List.of("name", "type", "remarks", "constraints"), id.getChildren().stream().map(ParsedNode::getName).toList());
        assertEquals(java.util.List.of("primaryKey", "nullable"),
                id.getChild(null, "constraints").getChildren().stream().map(ParsedNode::getName).toList());
        assertEquals(java.util.List.of("unique", "uniqueConstraintName"),
                columns.get(1).getChild(null, "constraints").getChildren().stream().map(ParsedNode::getName).toList());
    }

    @Test
    void syntaxErrorsHaveLineAndColumnAndSayWhatToDo() {
        DslReader.Result result = DslReader.read("""
                changeSet one author=alice {
                    createTable t {
                        column id type=varchar(10);
                    }
                }
                """, "bad.strata");
        assertFalse(result.ok());
        assertNull(result.root());
        DslIssue first = result.syntaxErrors().get(0);
        assertEquals(DslIssue.SYNTAX, first.code());
        assertEquals(3, first.line(), first.toString());
        assertEquals(31, first.column(), first.toString());
        assertTrue(first.toString().startsWith("bad.strata:3:31: error: "), first.toString());
        assertTrue(first.message().contains("quote values"), first.toString());
    }

    @Test
    void writerQuotesWhatIsNotAWordOrANumber() {
        assertEquals("alice", DslWriter.value("alice"));
        assertEquals("public.person", DslWriter.value("public.person"));
        assertEquals("1.0.2", DslWriter.value("1.0.2"));
        assertEquals("\"1.0-SNAPSHOT\"", DslWriter.value("1.0-SNAPSHOT"));
        assertEquals("\"varchar(100)\"", DslWriter.value("varchar(100)"));
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", DslWriter.value("say \"hi\" \\ bye"));
        assertEquals("\"\"", DslWriter.value(""));
    }
}
