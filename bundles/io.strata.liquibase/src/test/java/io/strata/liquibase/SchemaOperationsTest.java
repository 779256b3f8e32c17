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

/** The reference database journey on two H2 stages: baseline REF, bring TEST along, compare, snapshot. */
class SchemaOperationsTest {

    @TempDir
    Path dir;

    StrataProject project;
    Stage ref;
    Stage test;
    StageConnector connector;
    SchemaOperations schemas;
    StageOperations operations;

    @BeforeEach
    void createProject() throws Exception {
        Files.writeString(dir.resolve("strata.yaml"), "name: journey\n");
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.writeString(dir.resolve("Deployment Plans/plan.yaml"), """
                stages:
                  - name: REF
                    reference: true
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/ref
                    user: sa
                  - name: TEST
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/test
                    user: sa
                """);
        project = StrataProject.load(dir);
        ref = project.stage("REF");
        test = project.stage("TEST");
        connector = new StageConnector(new JdbcDrivers(List.of()), Credentials.NONE);
        schemas = new SchemaOperations(project, connector);
        operations = new StageOperations(project, connector);
        sql(ref, "CREATE TABLE CUSTOMER (ID INT PRIMARY KEY, NAME VARCHAR(100) NOT NULL)",
                "CREATE TABLE ORDERS (ID INT PRIMARY KEY, CUSTOMER_ID INT REFERENCES CUSTOMER(ID))",
                "CREATE INDEX IDX_ORDERS_CUSTOMER ON ORDERS(CUSTOMER_ID)");
    }

    private void sql(Stage stage, String... statements) throws Exception {
        try (Connection c = connector.open(stage); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void baselineCompareAndSyncAcrossStages() throws Exception {
        SchemaOperations.BaselineResult baseline = schemas.baseline(ref, "strata", "baseline.xml");
        assertTrue(baseline.masterCreated());
        assertTrue(baseline.changeSets().size() >= 3, baseline.changeSets().toString());
        String master = Files.readString(dir.resolve("Change Log/changelog.xml"));
        assertTrue(master.contains("<include file=\"baseline.xml\" relativeToChangelogFile=\"true\"/>"), master);
        assertTrue(Files.readString(baseline.changelog()).contains("tableName=\"CUSTOMER\""));

        assertTrue(operations.status(ref, Selection.STAGE_DEFAULTS).isEmpty(), "the reference is marked up to date");
        assertEquals(baseline.changeSets().size(), operations.history(ref).size());

        assertEquals(baseline.changeSets().size(), operations.status(test, Selection.STAGE_DEFAULTS).size());
        operations.deploy(test, Selection.STAGE_DEFAULTS);
        SchemaOperations.CompareResult same = schemas.compare(ref, test, null);
        assertTrue(same.equal(), same.report());

        sql(ref, "ALTER TABLE CUSTOMER ADD COLUMN EMAIL VARCHAR(200)");
        SchemaOperations.CompareResult drift = schemas.compare(ref, test, "drift.xml");
        assertFalse(drift.equal());
        assertTrue(drift.report().contains("EMAIL"), drift.report());
        assertNotNull(drift.changelog());
        assertTrue(Files.readString(drift.changelog()).contains("<addColumn"), Files.readString(drift.changelog()));
    }

    @Test
    void snapshotsAllowComparingWithoutTheReferenceDatabase() throws Exception {
        Path snapshot = schemas.snapshot(ref);
        assertEquals(dir.resolve("Snapshots/REF.json"), snapshot);
        assertTrue(Files.readString(snapshot).contains("CUSTOMER"));

        SchemaOperations.CompareResult empty = schemas.compareWithSnapshot("Snapshots/REF.json", test, null);
        assertFalse(empty.equal(), "TEST is empty: " + empty.report());
        assertTrue(empty.report().contains("ORDERS"), empty.report());

        OperationException missing = assertThrows(OperationException.class,
                () -> schemas.compareWithSnapshot("Snapshots/PROD.json", test, null));
        assertTrue(missing.getMessage().contains("strata snapshot --stage"), missing.getMessage());
    }

    @Test
    void baselineNeverOverwrites() throws Exception {
        Files.createDirectories(dir.resolve("Change Log"));
        Files.writeString(dir.resolve("Change Log/baseline.xml"), "mine");
        OperationException exists = assertThrows(OperationException.class, () -> schemas.baseline(ref, "strata", "baseline.xml"));
        assertTrue(exists.getMessage().contains("does not overwrite"), exists.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("Change Log/baseline.xml")));
    }

    @Test
    void includingIntoAnExistingMasterKeepsItsContent() throws IOException {
        Path master = dir.resolve("Change Log/changelog.xml");
        Files.createDirectories(master.getParent());
        Files.writeString(master, "<?xml version=\"1.0\"?>\n<databaseChangeLog xmlns=\"x\">\n  <!-- mine -->\n  <changeSet id=\"1\" author=\"a\"/>\n</databaseChangeLog>\n");
        assertFalse(SchemaOperations.includeFirst(master, dir.resolve("Change Log/baseline.xml")));
        String text = Files.readString(master);
        assertTrue(text.indexOf("<include file=\"baseline.xml\"") < text.indexOf("<!-- mine -->"), text);
        assertTrue(text.contains("<changeSet id=\"1\" author=\"a\"/>"));
        assertFalse(SchemaOperations.includeFirst(master, dir.resolve("Change Log/baseline.xml")));
        assertEquals(text, Files.readString(master), "including twice changes nothing");
    }
}
