package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.project.Credentials;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;

/**
 * The change log index gives Liquibase's own status answer: every status here is asked twice, once
 * through the index and once from Liquibase alone (index off), and the answers must be equal. The
 * tests also check when the index answered, so that they fail when it silently stops being used or
 * is used when it must not be.
 */
class ChangeLogIndexTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;
    private static final String FOOTER = "</databaseChangeLog>\n";

    @TempDir
    Path dir;

    Stage dev;
    StageConnector connector;
    StageOperations indexed;
    StageOperations liquibase;

    @BeforeEach
    void createProject() throws Exception {
        TestProjects.h2Project(dir, "index");
        write("Change Log/changelog.xml", HEADER + """
                    <include file="tables.xml" relativeToChangelogFile="true"/>
                    <include file="test-data.xml" relativeToChangelogFile="true" context="test" labels="data"/>
                    <includeAll path="sprints" relativeToChangelogFile="true"/>
                """ + FOOTER);
        write("Change Log/tables.xml", HEADER + """
                    <changeSet id="customer" author="a" labels="sprint-1">
                        <createTable tableName="CUSTOMER">
                            <column name="ID" type="INT"><constraints primaryKey="true"/></column>
                            <column name="NAME" type="VARCHAR(100)"/>
                        </createTable>
                    </changeSet>
                    <changeSet id="customer-email" author="a" labels="sprint-2" context="!prod">
                        <addColumn tableName="CUSTOMER"><column name="EMAIL" type="VARCHAR(200)"/></addColumn>
                    </changeSet>
                    <changeSet id="pg-only" author="a" dbms="postgresql">
                        <sql>CREATE EXTENSION IF NOT EXISTS pgcrypto</sql>
                    </changeSet>
                    <changeSet id="view" author="b" runOnChange="true">
                        <createView viewName="CUSTOMER_NAMES" replaceIfExists="true">SELECT NAME FROM CUSTOMER</createView>
                    </changeSet>
                    <changeSet id="stats" author="b" runAlways="true">
                        <sql>SELECT COUNT(*) FROM CUSTOMER</sql>
                    </changeSet>
                """ + FOOTER);
        write("Change Log/test-data.xml", HEADER + """
                    <changeSet id="data-1" author="c">
                        <insert tableName="CUSTOMER"><column name="ID" valueNumeric="1"/><column name="NAME" value="Ada"/></insert>
                    </changeSet>
                    <changeSet id="data-2" author="c" context="demo">
                        <insert tableName="CUSTOMER"><column name="ID" valueNumeric="2"/><column name="NAME" value="Bob"/></insert>
                        <rollback><delete tableName="CUSTOMER"><where>ID = 2</where></delete></rollback>
                    </changeSet>
                """ + FOOTER);
        write("Change Log/sprints/01-orders.xml", HEADER + """
                    <changeSet id="orders" author="d" labels="sprint-2">
                        <createTable tableName="ORDERS"><column name="ID" type="INT"/></createTable>
                    </changeSet>
                """ + FOOTER);
        load();
    }

    @AfterEach
    void noIndexFileOutsideLocalState() throws IOException {
        try (var files = Files.walk(dir)) {
            assertTrue(files.filter(f -> f.getFileName().toString().endsWith(".idx")).allMatch(f -> f.startsWith(dir.resolve(".strata"))),
                    "the index lives in .strata only");
        }
    }

    private void load() throws Exception {
        StrataProject project = StrataProject.load(dir);
        dev = project.stage("DEV");
        connector = new StageConnector(new JdbcDrivers(List.of()), Credentials.NONE);
        indexed = new StageOperations(project, connector).lockWaitMinutes(0);
        liquibase = new StageOperations(project, connector).lockWaitMinutes(0).useChangeLogIndex(false);
    }

    private void write(String path, String text) throws IOException {
        TestProjects.write(dir, path, text);
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = dir.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = connector.open(dev); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** Status through the index, checked against Liquibase alone; {@code fromIndex}: whether the index must have answered. */
    private List<String> status(Selection selection, boolean fromIndex) throws Exception {
        List<ChangeSetInfo> answer = indexed.status(dev, selection);
        assertEquals(fromIndex, indexed.lastStatusFromIndex(), fromIndex ? "the index should have answered" : "Liquibase should have answered");
        assertEquals(liquibase.status(dev, selection), answer, "the index and Liquibase differ");
        return answer.stream().map(ChangeSetInfo::id).toList();
    }

    @Test
    void anUnchangedChangeLogIsAnsweredFromTheIndexWithLiquibasesAnswer() throws Exception {
        List<String> all = List.of("customer", "customer-email", "view", "stats", "data-1", "data-2", "orders");
        assertEquals(all, status(Selection.STAGE_DEFAULTS, false), "first status: no index yet");
        assertEquals(all, status(Selection.STAGE_DEFAULTS, true));

        indexed.deploy(dev, new Selection(List.of("test"), "sprint-1 or data"));
        assertEquals(List.of("customer-email", "stats", "data-2", "orders"), status(Selection.STAGE_DEFAULTS, true),
                "runAlways stays pending; the view (no label) was outside the label expression");
        assertEquals(List.of("stats"), status(new Selection(List.of("test"), "sprint-1 or data"), true));
        assertEquals(List.of("stats", "orders"), status(new Selection(List.of("prod"), "sprint-2 or !data"), true),
                "contexts and labels, also those inherited from an include, as Liquibase reads them");
        assertEquals(List.of("stats", "data-2"), status(new Selection(List.of("test", "demo"), "!sprint-2 or data"), true));
    }

    @Test
    void editingAnIncludedFileInvalidatesTheIndex() throws Exception {
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, false));
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, true));

        edit("Change Log/test-data.xml", FOOTER, """
                    <changeSet id="data-3" author="c">
                        <insert tableName="CUSTOMER"><column name="ID" valueNumeric="3"/><column name="NAME" value="Cy"/></insert>
                    </changeSet>
                """ + FOOTER);
        assertEquals(List.of("stats", "data-3"), status(Selection.STAGE_DEFAULTS, false));
        assertEquals(List.of("stats"), status(new Selection(List.of("prod"), null), true), "the include's context applies to the new change set");
    }

    @Test
    void aNewIncludeOrANewFileInAnIncludeAllFolderInvalidatesTheIndex() throws Exception {
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, false));

        write("Change Log/sprints/02-items.xml", HEADER + """
                    <changeSet id="items" author="d" labels="sprint-3">
                        <createTable tableName="ITEMS"><column name="ID" type="INT"/></createTable>
                    </changeSet>
                """ + FOOTER);
        assertEquals(List.of("stats", "items"), status(Selection.STAGE_DEFAULTS, false), "a new file in the includeAll folder");
        assertEquals(List.of("stats", "items"), status(Selection.STAGE_DEFAULTS, true));

        write("Change Log/late.xml", HEADER + """
                    <changeSet id="late" author="e">
                        <createTable tableName="LATE"><column name="ID" type="INT"/></createTable>
                    </changeSet>
                """ + FOOTER);
        assertEquals(List.of("stats", "items"), status(Selection.STAGE_DEFAULTS, true), "a file nobody includes changes nothing");
        edit("Change Log/changelog.xml", "</databaseChangeLog>", "    <include file=\"late.xml\" relativeToChangelogFile=\"true\" labels=\"late\"/>\n</databaseChangeLog>");
        assertEquals(List.of("stats", "items", "late"), status(Selection.STAGE_DEFAULTS, false), "a new include");
        assertEquals(List.of("stats", "late"), status(new Selection(null, "late"), true));

        Files.delete(dir.resolve("Change Log/sprints/02-items.xml"));
        assertEquals(List.of("stats", "late"), status(Selection.STAGE_DEFAULTS, false), "a removed file");
    }

    @Test
    void runOnChangeIsPendingAgainWhenItsChecksumChanges() throws Exception {
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, false));

        edit("Change Log/tables.xml", "SELECT NAME FROM CUSTOMER", "SELECT ID, NAME FROM CUSTOMER");
        assertEquals(List.of("view", "stats"), status(Selection.STAGE_DEFAULTS, false));
        assertEquals(List.of("view", "stats"), status(Selection.STAGE_DEFAULTS, true));
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, true), "the new checksum is recorded; the index did not change");
    }

    @Test
    void aChangedAppliedChangeSetFailsAsInLiquibase() throws Exception {
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, false));

        edit("Change Log/tables.xml", "VARCHAR(200)", "VARCHAR(250)");
        OperationException edited = assertThrows(OperationException.class, () -> indexed.status(dev, Selection.STAGE_DEFAULTS));
        assertTrue(edited.getMessage().contains("customer-email"), edited.getMessage());
        assertEquals(liquibase(Selection.STAGE_DEFAULTS).getMessage(), edited.getMessage());

        edit("Change Log/tables.xml", "VARCHAR(250)", "VARCHAR(200)");
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, true), "the files are as the index knew them again");
        // Unchanged files, but DATABASECHANGELOG now disagrees (another tool applied another version).
        sql("UPDATE DATABASECHANGELOG SET MD5SUM = '9:00000000000000000000000000000000' WHERE ID = 'orders'");
        OperationException recorded = assertThrows(OperationException.class, () -> indexed.status(dev, Selection.STAGE_DEFAULTS));
        assertFalse(indexed.lastStatusFromIndex());
        assertTrue(recorded.getMessage().contains("orders"), recorded.getMessage());
        assertEquals(liquibase(Selection.STAGE_DEFAULTS).getMessage(), recorded.getMessage());
        assertEquals(List.of("stats"), status(new Selection(null, "sprint-1"), true),
                "with orders outside the labels, Liquibase does not validate it, and the index answers");
    }

    private OperationException liquibase(Selection selection) {
        return assertThrows(OperationException.class, () -> liquibase.status(dev, selection));
    }

    @Test
    void rowsRemovedFromTheDatabaseArePendingAgain() throws Exception {
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, false));
        sql("DELETE FROM DATABASECHANGELOG WHERE ID IN ('orders', 'data-1')");
        assertEquals(List.of("stats", "data-1", "orders"), status(Selection.STAGE_DEFAULTS, true));
        indexed.rollback(dev, StageOperations.RollbackTarget.count(1), Selection.STAGE_DEFAULTS, false);
        assertEquals(List.of("stats", "data-1", "data-2", "orders"), status(Selection.STAGE_DEFAULTS, true), "rolled back: data-2");
    }

    @Test
    void pathsRecordedInAnotherFormAreMatchedAsLiquibaseMatchesThem() throws Exception {
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, false));
        // As older Liquibase versions and other tools wrote them: class path prefix, leading slash, backslashes.
        sql("UPDATE DATABASECHANGELOG SET FILENAME = 'classpath:' || FILENAME WHERE ID = 'customer'");
        sql("UPDATE DATABASECHANGELOG SET FILENAME = '/' || FILENAME WHERE ID = 'orders'");
        sql("UPDATE DATABASECHANGELOG SET FILENAME = REPLACE(FILENAME, '/', '\\') WHERE ID = 'data-1'");
        sql("UPDATE DATABASECHANGELOG SET FILENAME = 'Change Log/../Change Log/tables.xml' WHERE ID = 'view'");
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, true));
        sql("UPDATE DATABASECHANGELOG SET FILENAME = 'elsewhere/tables.xml' WHERE ID = 'customer-email'");
        assertEquals(List.of("customer-email", "stats"), status(Selection.STAGE_DEFAULTS, true), "another file: another change set");
    }

    @Test
    void aChangedSqlFileOfARunOnChangeChangeSetIsSeen() throws Exception {
        write("Change Log/proc.sql", "UPDATE CUSTOMER SET NAME = UPPER(NAME)");
        edit("Change Log/tables.xml", FOOTER, """
                    <changeSet id="upper" author="f" runOnChange="true">
                        <sqlFile path="proc.sql" relativeToChangelogFile="true"/>
                    </changeSet>
                """ + FOOTER);
        indexed.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, false));
        assertEquals(List.of("stats"), status(Selection.STAGE_DEFAULTS, true));
        write("Change Log/proc.sql", "UPDATE CUSTOMER SET NAME = LOWER(NAME)");
        assertEquals(List.of("stats", "upper"), status(Selection.STAGE_DEFAULTS, false), "only the SQL file changed");
    }

    @Test
    void propertiesTieTheIndexToTheirValuesAndTheSelection() throws Exception {
        write("Change Log/changelog.xml", HEADER + """
                    <property name="table.suffix" value="_T" context="test"/>
                    <property name="table.suffix" value="_P" context="prod"/>
                    <changeSet id="suffixed" author="g" runOnChange="true">
                        <createTable tableName="LOG${table.suffix}"><column name="ID" type="INT"/></createTable>
                    </changeSet>
                    <changeSet id="other-${strata.index.test.context}" author="g">
                        <sql>SELECT 1</sql>
                    </changeSet>
                """ + FOOTER);
        System.setProperty("strata.index.test.context", "test");
        try {
            indexed.deploy(dev, new Selection(List.of("test"), null));
            assertEquals(List.of(), status(new Selection(List.of("test"), null), false));
            assertEquals(List.of(), status(new Selection(List.of("test"), null), true));
            assertEquals(List.of("suffixed"), status(new Selection(List.of("prod"), null), false),
                    "another table name under another context: the checksum differs");
            System.setProperty("strata.index.test.context", "prod");
            assertEquals(List.of("suffixed", "other-prod"), status(new Selection(List.of("prod"), null), false), "a system property changed");
            assertEquals(List.of("suffixed", "other-prod"), status(new Selection(List.of("prod"), null), true));
        } finally {
            System.clearProperty("strata.index.test.context");
        }
    }

    @Test
    void preconditionsOnTheChangeLogAreLeftToLiquibase() throws Exception {
        edit("Change Log/changelog.xml", "    <include file=\"tables.xml\"", """
                    <preConditions onFail="HALT"><sqlCheck expectedResult="0">SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'NOPE'</sqlCheck></preConditions>
                    <include file="tables.xml\"""");
        assertEquals(7, status(Selection.STAGE_DEFAULTS, false).size());
        assertEquals(7, status(Selection.STAGE_DEFAULTS, false).size(), "the database decides, so no index");
    }

    @Test
    void aDamagedIndexFileIsRewritten() throws Exception {
        assertEquals(7, status(Selection.STAGE_DEFAULTS, false).size());
        try (var files = Files.list(dir.resolve(".strata/index"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        assertEquals(7, status(Selection.STAGE_DEFAULTS, false).size());
        assertEquals(7, status(Selection.STAGE_DEFAULTS, true).size());
    }
}
