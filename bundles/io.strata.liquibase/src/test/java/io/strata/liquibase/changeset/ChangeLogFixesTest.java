package io.strata.liquibase.changeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChangeLogFixesTest {

    private static final String TEXT = """
            <databaseChangeLog>
                <changeSet id="1" author="x">
                    <createTabel tableName="customerOrder">
                        <column name="ID" type="INT"/>
                    </createTabel>
                </changeSet>
                <changeSet id="2" author="x">
                    <addColumn tableName="customerOrder"><column name="NOTE" type="TEXT"/></addColumn>
                    <createTabel tableName="OTHER"/>
                </changeSet>
            </databaseChangeLog>
            """;

    @Test
    void aMisspeltElementIsRenamedWithItsEndTag() {
        String fixed = ChangeLogFixes.apply(TEXT, ChangeLogFixes.renameElement(TEXT, 3, "createTabel", "createTable"));
        assertEquals(TEXT.replaceFirst("<createTabel", "<createTable").replaceFirst("</createTabel>", "</createTable>"), fixed);
    }

    @Test
    void aSelfClosingElementHasOnlyItsStartTagRenamed() {
        String fixed = ChangeLogFixes.apply(TEXT, ChangeLogFixes.renameElement(TEXT, 9, "createTabel", "createTable"));
        assertEquals(TEXT.replace("<createTabel tableName=\"OTHER\"/>", "<createTable tableName=\"OTHER\"/>"), fixed);
    }

    @Test
    void aNameIsReplacedInTheChangeSetOfTheLineOnly() {
        String fixed = ChangeLogFixes.apply(TEXT, ChangeLogFixes.replaceName("changelog.xml", TEXT, 7, "customerOrder", "CUSTOMER_ORDER"));
        assertEquals(TEXT.replace("<addColumn tableName=\"customerOrder\"", "<addColumn tableName=\"CUSTOMER_ORDER\""), fixed);
        fixed = ChangeLogFixes.apply(TEXT, ChangeLogFixes.replaceName("changelog.xml", TEXT, 2, "customerOrder", "CUSTOMER_ORDER"));
        assertEquals(TEXT.replace("<createTabel tableName=\"customerOrder\"", "<createTabel tableName=\"CUSTOMER_ORDER\""), fixed);
    }

    @Test
    void whatIsNotThereIsNotGuessed() {
        assertEquals(List.of(), ChangeLogFixes.replaceName("changelog.xml", TEXT, 2, "customer", "CUSTOMER"));
        assertEquals(List.of(), ChangeLogFixes.replaceName("changelog.xml", TEXT, 7, "ID", "ID_"));
        assertEquals(List.of(), ChangeLogFixes.renameElement(TEXT, 1, "createTabel", "createTable"));
        assertEquals(List.of(), ChangeLogFixes.renameElement(TEXT, 99, "createTabel", "createTable"));
    }

    @Test
    void sqlNamesAreReplacedAsWholeWords() {
        String sql = "--liquibase formatted sql\n--changeset x:1\nCREATE TABLE ordrs (ID INT);\nCREATE INDEX ordrs_ix ON ordrs (ID);\n";
        assertEquals(sql.replaceFirst("TABLE ordrs", "TABLE ORDERS"),
                ChangeLogFixes.apply(sql, ChangeLogFixes.replaceName("c.sql", sql, 2, "ordrs", "ORDERS")));
    }

    /** A name only a later change set uses is not replaced there: the fix stays in the change set of the marker's line. */
    @Test
    void aNameOnlyALaterChangeSetUsesIsLeftAloneInEveryFormat() {
        String sql = """
                --liquibase formatted sql
                --changeset x:1
                CREATE TABLE CUSTOMERS (ID INT);
                --changeset x:2
                CREATE INDEX ordrs_ix ON ordrs (ID);
                """;
        assertNotInFirstButInSecond("c.sql", sql, 2, 4, "CREATE INDEX ordrs_ix ON ORDERS (ID);");

        String yaml = """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: x
                      changes:
                        - tagDatabase:
                            tag: t1
                  - changeSet:
                      id: 2
                      author: x
                      changes:
                        - dropTable:
                            tableName: ordrs
                """;
        assertNotInFirstButInSecond("c.yaml", yaml, 2, 8, "tableName: ORDERS");

        String xml = """
                <databaseChangeLog>
                    <changeSet id="1" author="x"/>
                    <changeSet id="2" author="x">
                        <dropTable tableName="ordrs"/>
                    </changeSet>
                </databaseChangeLog>
                """;
        assertNotInFirstButInSecond("c.xml", xml, 2, 3, "<dropTable tableName=\"ORDERS\"/>");

        String dsl = """
                changeSet one author=x {
                    tagDatabase t1;
                }

                changeSet two author=x {
                    dropTable ordrs;
                }
                """;
        assertNotInFirstButInSecond("c.strata", dsl, 1, 5, "dropTable ORDERS;");
    }

    @Test
    void aLineBeforeEveryChangeSetOrAnUnreadableFileGetsNoEdit() {
        String sql = "--liquibase formatted sql\n-- ordrs are made below\n--changeset x:1\nCREATE TABLE ordrs (ID INT);\n";
        assertEquals(List.of(), ChangeLogFixes.replaceName("c.sql", sql, 2, "ordrs", "ORDERS"));
        String brokenYaml = "databaseChangeLog:\n  - changeSet:\n      id: 1\n      changes: [ {dropTable: {tableName: ordrs}\n";
        assertEquals(List.of(), ChangeLogFixes.replaceName("c.yaml", brokenYaml, 2, "ordrs", "ORDERS"));
    }

    private static void assertNotInFirstButInSecond(String file, String text, int first, int second, String fixed) {
        assertEquals(List.of(), ChangeLogFixes.replaceName(file, text, first, "ordrs", "ORDERS"), file);
        String after = ChangeLogFixes.apply(text, ChangeLogFixes.replaceName(file, text, second, "ordrs", "ORDERS"));
        assertTrue(after.contains(fixed), file + ":\n" + after);
        assertEquals(text.length() + 1, after.length(), file);
    }
}
