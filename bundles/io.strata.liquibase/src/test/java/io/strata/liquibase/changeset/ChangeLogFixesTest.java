package io.strata.liquibase.changeset;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        String fixed = ChangeLogFixes.apply(TEXT, ChangeLogFixes.replaceName(TEXT, 7, "customerOrder", "CUSTOMER_ORDER"));
        assertEquals(TEXT.replace("<addColumn tableName=\"customerOrder\"", "<addColumn tableName=\"CUSTOMER_ORDER\""), fixed);
        fixed = ChangeLogFixes.apply(TEXT, ChangeLogFixes.replaceName(TEXT, 2, "customerOrder", "CUSTOMER_ORDER"));
        assertEquals(TEXT.replace("<createTabel tableName=\"customerOrder\"", "<createTabel tableName=\"CUSTOMER_ORDER\""), fixed);
    }

    @Test
    void whatIsNotThereIsNotGuessed() {
        assertEquals(List.of(), ChangeLogFixes.replaceName(TEXT, 2, "customer", "CUSTOMER"));
        assertEquals(List.of(), ChangeLogFixes.replaceName(TEXT, 7, "ID", "ID_"));
        assertEquals(List.of(), ChangeLogFixes.renameElement(TEXT, 1, "createTabel", "createTable"));
        assertEquals(List.of(), ChangeLogFixes.renameElement(TEXT, 99, "createTabel", "createTable"));
    }

    @Test
    void sqlNamesAreReplacedAsWholeWords() {
        String sql = "--liquibase formatted sql\n--changeset x:1\nCREATE TABLE ordrs (ID INT);\nCREATE INDEX ordrs_ix ON ordrs (ID);\n";
        assertEquals(sql.replaceFirst("TABLE ordrs", "TABLE ORDERS"),
                ChangeLogFixes.apply(sql, ChangeLogFixes.replaceName(sql, 2, "ordrs", "ORDERS")));
    }
}
