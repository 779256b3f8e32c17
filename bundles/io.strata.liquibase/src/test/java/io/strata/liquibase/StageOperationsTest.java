package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.project.Credentials;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;

/** Every operation on an embedded H2 stage, without OSGi. */
class StageOperationsTest {

    static final String CHANGELOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                <changeSet id="1" author="a" labels="sprint-1">
                    <createTable tableName="CUSTOMER">
                        <column name="ID" type="INT"><constraints primaryKey="true"/></column>
                        <column name="NAME" type="VARCHAR(100)"/>
                    </createTable>
                </changeSet>
                <changeSet id="2" author="a" labels="sprint-1">
                    <addColumn tableName="CUSTOMER"><column name="EMAIL" type="VARCHAR(200)"/></addColumn>
                </changeSet>
                <changeSet id="3" author="b" labels="sprint-2">
                    <createTable tableName="ADDRESS">
                        <column name="STREET" type="VARCHAR(100)"/>
                        <column name="CITY" type="VARCHAR(100)"/>
                    </createTable>
                </changeSet>
                <changeSet id="4" author="b" labels="sprint-2" context="test">
                    <createIndex tableName="ADDRESS" indexName="IDX_ADDRESS_CITY"><column name="CITY"/></createIndex>
                </changeSet>
            </databaseChangeLog>
            """;

    @TempDir
    Path dir;

    StrataProject project;
    Stage dev;
    StageConnector connector;
    StageOperations operations;

    @BeforeEach
    void createProject() throws Exception {
        write("strata.yaml", "name: ops\n");
        write("Deployment Plans/plan.yaml", """
                stages:
                  - name: DEV
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/dev
                    user: sa
                    contexts: test
                """);
        write("Change Log/changelog.xml", CHANGELOG);
        load();
    }

    private void load() throws Exception {
        project = StrataProject.load(dir);
        dev = project.stage("DEV");
        connector = new StageConnector(new JdbcDrivers(List.of()), Credentials.NONE);
        operations = new StageOperations(project, connector).lockWaitMinutes(0);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> ids(List<ChangeSetInfo> changeSets) {
        return changeSets.stream().map(ChangeSetInfo::id).toList();
    }

    @Test
    void deployAppliesPendingChangeSetsOnceAndRecordsThem() throws Exception {
        assertEquals(List.of("1", "2", "3", "4"), ids(operations.status(dev, Selection.STAGE_DEFAULTS)));

        StageOperations.DeployResult first = operations.deploy(dev, Selection.STAGE_DEFAULTS);
        assertEquals(List.of("1", "2", "3", "4"), ids(first.applied()));
        assertTrue(operations.status(dev, Selection.STAGE_DEFAULTS).isEmpty());
        assertTrue(operations.deploy(dev, Selection.STAGE_DEFAULTS).applied().isEmpty(), "nothing is applied twice");

        List<AppliedChangeSet> history = operations.history(dev);
        assertEquals(List.of("1", "2", "3", "4"), history.stream().map(AppliedChangeSet::id).toList());
        assertTrue(history.get(0).checksum().startsWith("9:"), history.get(0).checksum());
        assertEquals("Change Log/changelog.xml", history.get(0).file());
        try (Connection c = connector.open(dev); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'IDX_ADDRESS_CITY'")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }

    @Test
    void labelsAndContextsSelectChangeSets() throws Exception {
        assertEquals(List.of("1", "2"), ids(operations.deploy(dev, new Selection(null, "sprint-1")).applied()));
        assertEquals(List.of("3"), ids(operations.status(dev, new Selection(List.of("prod"), null))),
                "change set 4 is for context 'test' only");
        assertEquals(List.of("3", "4"), ids(operations.status(dev, Selection.STAGE_DEFAULTS)), "the stage's context is test");
    }

    @Test
    void deploySqlPreviewsWithoutApplying() throws Exception {
        String sql = operations.deploySql(dev, Selection.STAGE_DEFAULTS);
        assertTrue(sql.contains("CREATE TABLE PUBLIC.CUSTOMER"), sql);
        assertTrue(sql.contains("IDX_ADDRESS_CITY ON PUBLIC.ADDRESS(CITY)"), sql);
        assertEquals(4, operations.status(dev, Selection.STAGE_DEFAULTS).size(), "nothing was applied");
    }

    @Test
    void rollbackToATagByCountAndPreviewFirst() throws Exception {
        operations.deploy(dev, new Selection(null, "sprint-1"));
        operations.tag(dev, "release-1");
        operations.deploy(dev, Selection.STAGE_DEFAULTS);

        String preview = operations.rollback(dev, StageOperations.RollbackTarget.tag("release-1"), Selection.STAGE_DEFAULTS, true);
        assertTrue(preview.contains("DROP INDEX") && preview.contains("DROP TABLE PUBLIC.ADDRESS"), preview);
        assertTrue(operations.status(dev, Selection.STAGE_DEFAULTS).isEmpty(), "a preview changes nothing");

        operations.rollback(dev, StageOperations.RollbackTarget.tag("release-1"), Selection.STAGE_DEFAULTS, false);
        assertEquals(List.of("3", "4"), ids(operations.status(dev, Selection.STAGE_DEFAULTS)));

        operations.rollback(dev, StageOperations.RollbackTarget.count(1), Selection.STAGE_DEFAULTS, false);
        assertEquals(List.of("2", "3", "4"), ids(operations.status(dev, Selection.STAGE_DEFAULTS)));
    }

    @Test
    void changelogSyncMarksWithoutRunning() throws Exception {
        List<ChangeSetInfo> marked = operations.changelogSync(dev, Selection.STAGE_DEFAULTS);
        assertEquals(4, marked.size());
        assertTrue(operations.status(dev, Selection.STAGE_DEFAULTS).isEmpty());
        try (Connection c = connector.open(dev)) {
            assertFalse(c.getMetaData().getTables(null, "PUBLIC", "CUSTOMER", null).next(), "nothing was run");
        }
        assertEquals("EXECUTED", operations.history(dev).get(0).execType(), "Liquibase records a sync as executed");
    }

    @Test
    void aHeldLockFailsClearlyAndReleaseLocksClearsIt() throws Exception {
        operations.deploy(dev, new Selection(null, "sprint-1"));
        try (Connection c = connector.open(dev); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'killed-deploy (10.0.0.9)'");
        }
        OperationException locked = assertThrows(OperationException.class, () -> operations.deploy(dev, Selection.STAGE_DEFAULTS));
        assertEquals(OperationException.Kind.LOCKED, locked.kind());
        assertTrue(locked.getMessage().contains("killed-deploy") && locked.getMessage().contains("strata release-locks --stage DEV"),
                locked.getMessage());
        assertEquals(1, operations.locks(dev).size());

        operations.releaseLocks(dev);
        assertTrue(operations.locks(dev).isEmpty());
        assertEquals(List.of("3", "4"), ids(operations.deploy(dev, Selection.STAGE_DEFAULTS).applied()));
    }

    @Test
    void aFailingChangeSetIsNamedAndTheOnesBeforeItStayApplied() throws Exception {
        write("Change Log/changelog.xml", CHANGELOG.replace("</databaseChangeLog>", """
                    <changeSet id="5-broken" author="c">
                        <sql>INSERT INTO NO_SUCH_TABLE VALUES (1)</sql>
                    </changeSet>
                </databaseChangeLog>
                """));
        OperationException failed = assertThrows(OperationException.class, () -> operations.deploy(dev, Selection.STAGE_DEFAULTS));
        assertEquals(OperationException.Kind.DATABASE, failed.kind(), failed.getMessage());
        assertTrue(failed.getMessage().contains("5-broken"), failed.getMessage());
        assertEquals(List.of("5-broken"), ids(operations.status(dev, Selection.STAGE_DEFAULTS)));
    }

    @Test
    void malformedChangeLogsNameTheFileAndLine() throws Exception {
        write("Change Log/changelog.xml", CHANGELOG.replace("<addColumn tableName=\"CUSTOMER\">", "<addColumn tableName=\"CUSTOMER\">\n<oops"));
        OperationException bad = assertThrows(OperationException.class, () -> operations.status(dev, Selection.STAGE_DEFAULTS));
        assertEquals(OperationException.Kind.CHANGELOG, bad.kind(), bad.getMessage());
        assertTrue(bad.getMessage().contains("changelog.xml"), bad.getMessage());
        assertTrue(bad.getMessage().matches("(?s).*line \\d+.*"), bad.getMessage());
    }

    @Test
    void offlineValidationFindsDuplicateIds() throws Exception {
        operations.validateOffline();
        write("Change Log/changelog.xml", CHANGELOG.replace("<changeSet id=\"2\" author=\"a\"", "<changeSet id=\"1\" author=\"a\""));
        OperationException duplicate = assertThrows(OperationException.class, () -> operations.validateOffline());
        assertEquals(OperationException.Kind.CHANGELOG, duplicate.kind(), duplicate.getMessage());
        assertTrue(duplicate.getMessage().toLowerCase().contains("duplicate"), duplicate.getMessage());
        assertNotNull(duplicate.getMessage());
    }
}
