package io.strata.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.ProgressMonitor;
import io.strata.core.project.Credentials;
import io.strata.core.project.StrataProject;
import io.strata.forecast.model.TableModel;
import io.strata.liquibase.OperationException;
import io.strata.liquibase.Selection;
import io.strata.liquibase.StageOperations;
import io.strata.rules.ResponseType;

/** The forecast on embedded H2 and offline, without OSGi. */
class ForecastTest {

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;

    @TempDir
    Path dir;

    private StrataProject project(String changeSets) throws Exception {
        write("strata.yaml", "name: forecast-test\n");
        write("Deployment Plans/plan.yaml", """
                stages:
                  - name: DEV
                    type: h2
                    url: jdbc:h2:file:${project.dir}/.strata/h2/dev
                    user: sa
                """);
        write("Change Log/changelog.xml", HEAD + changeSets + "\n</databaseChangeLog>\n");
        return StrataProject.load(dir);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static StageConnector connector() {
        return new StageConnector(new JdbcDrivers(List.of()), Credentials.NONE);
    }

    private ForecastResult forecast(StrataProject project, Forecaster.Options options) throws Exception {
        return new Forecaster(project, connector()).forecast(project.stage("DEV"), options, ProgressMonitor.NONE);
    }

    private static List<String> codes(ForecastResult result) {
        return result.allFindings().stream().map(Finding::code).toList();
    }

    private static Finding only(ForecastResult result, String code) {
        List<Finding> found = result.allFindings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), code + " in " + result.allFindings());
        return found.get(0);
    }

    @Test
    void theSampleFailsOnTheBlogsRuleAndPassesWithThreeColumns() throws Exception {
        Path sample = Path.of(System.getProperty("strata.sample", "../../examples/strata-sample"));
        copy(sample, dir);
        StrataProject project = StrataProject.load(dir);
        ForecastResult result = forecast(project, Forecaster.Options.empty());
        assertEquals(4, result.changeSets().size());
        assertTrue(result.failed());
        Finding rule = only(result, "RULE");
        assertEquals(ResponseType.FAIL, rule.severity());
        assertEquals("The new index [IDX_ADDRESS_ALL] contains more than 3 columns.", rule.message());
        assertEquals("Index Too Many Columns Error", rule.rule());
        assertEquals("Forecast", rule.phase());
        assertEquals("sprint2-002-address-index", rule.changeSetId());
        assertEquals("Change Log/changelog.xml", rule.file());
        String changelog = Files.readString(dir.resolve("Change Log/changelog.xml"));
        List<String> lines = changelog.lines().toList();
        assertTrue(lines.get(rule.line() - 1).contains("id=\"sprint2-002-address-index\""), "line " + rule.line());
        assertEquals(1, result.rulesRun().get("Forecast"));

        Files.writeString(dir.resolve("Change Log/changelog.xml"), changelog.replace("<column name=\"ZIP\"/>\n", ""));
        ForecastResult fixed = forecast(StrataProject.load(dir), Forecaster.Options.empty());
        assertFalse(fixed.failed(), fixed.allFindings().toString());
        TableModel address = fixed.after().table(null, "ADDRESS");
        assertEquals(List.of("STREET", "CITY", "STATE"), address.index("IDX_ADDRESS_ALL").columns());
        assertNull(fixed.before().table(null, "ADDRESS"), "the model before is the one the forecast started from");
    }

    @Test
    void findsWhatARealDeploymentWouldHit() throws Exception {
        StrataProject project = project("""
                <changeSet id="1" author="t">
                    <createTable tableName="PARENT"><column name="ID" type="BIGINT"><constraints primaryKey="true"/></column></createTable>
                    <createTable tableName="CHILD"><column name="ID" type="INT"/><column name="PARENT_ID" type="VARCHAR(20)"/></createTable>
                </changeSet>
                <changeSet id="2" author="t">
                    <createTable tableName="parent"><column name="X" type="INT"/></createTable>
                </changeSet>
                <changeSet id="3" author="t">
                    <addColumn tableName="CHILD"><column name="NOPE" type="INT"/><column name="ID" type="INT"/></addColumn>
                </changeSet>
                <changeSet id="4" author="t">
                    <addForeignKeyConstraint constraintName="FK_CHILD_PARENT" baseTableName="CHILD" baseColumnNames="PARENT_ID"
                        referencedTableName="PARENT" referencedColumnNames="ID"/>
                    <addForeignKeyConstraint constraintName="FK_CHILD_GHOST" baseTableName="CHILD" baseColumnNames="ID"
                        referencedTableName="PARENTS" referencedColumnNames="ID"/>
                </changeSet>
                <changeSet id="5" author="t">
                    <createIndex tableName="CHILD" indexName="IDX_CHILD"><column name="MISSING_COLUMN"/></createIndex>
                    <renameColumn tableName="CHILD" oldColumnName="ID" newColumnName="PARENT_ID"/>
                    <dropTable tableName="PARENT"/>
                </changeSet>
                """);
        ForecastResult result = forecast(project, Forecaster.Options.empty());
        assertTrue(result.failed());
        Finding exists = only(result, "TABLE_EXISTS");
        assertEquals("2", exists.changeSetId());
        assertEquals("Change Log/changelog.xml", exists.file());
        assertTrue(exists.line() > 0);
        assertEquals("3", only(result, "COLUMN_EXISTS").changeSetId());
        Finding mismatch = only(result, "FOREIGN_KEY_TYPE_MISMATCH");
        assertEquals(ResponseType.FAIL, mismatch.severity());
        assertTrue(mismatch.message().contains("VARCHAR(20)") && mismatch.message().contains("BIGINT"), mismatch.message());
        Finding ghost = only(result, "FOREIGN_KEY_TARGET_MISSING");
        assertTrue(ghost.message().contains("Did you mean PARENT?"), ghost.message());
        assertEquals(new Finding.Fix("PARENTS", "PARENT"), ghost.fix(), "the quick fix writes the suggested table");
        assertEquals(null, only(result, "TABLE_EXISTS").fix());
        assertEquals(2, ghost.changeIndex());
        assertEquals("5", only(result, "COLUMN_MISSING").changeSetId());
        assertEquals("5", only(result, "RENAME_COLLISION").changeSetId());
        assertEquals("5", only(result, "TABLE_REFERENCED").changeSetId());
        assertTrue(only(result, "TABLE_REFERENCED").hint().contains("FK_CHILD_PARENT"));
    }

    @Test
    void sqlIsSimulatedWhenItIsPlainDdlAndOtherwiseSaysSo() throws Exception {
        StrataProject project = project("""
                <changeSet id="1" author="t">
                    <sql>
                        CREATE TABLE ORDERS (ID INT NOT NULL PRIMARY KEY, CUSTOMER VARCHAR(100), TOTAL DECIMAL(10,2) DEFAULT 0);
                        -- a comment; with a semicolon
                        INSERT INTO ORDERS (ID, CUSTOMER) VALUES (1, 'a;b'), (2, 'c');
                        CREATE INDEX IDX_ORDERS_CUSTOMER ON ORDERS (CUSTOMER);
                    </sql>
                </changeSet>
                <changeSet id="2" author="t">
                    <addColumn tableName="ORDERS"><column name="STATUS" type="VARCHAR(10)"><constraints nullable="false"/></column></addColumn>
                </changeSet>
                <changeSet id="3" author="t">
                    <sql>CREATE OR REPLACE TRIGGER T BEFORE INSERT ON ORDERS FOR EACH ROW CALL "x"; MERGE INTO ORDERS USING DUAL ON (1=1) WHEN MATCHED THEN UPDATE SET TOTAL = 1</sql>
                </changeSet>
                <changeSet id="4" author="t">
                    <modifyDataType tableName="ORDERS" columnName="CUSTOMER" newDataType="VARCHAR(20)"/>
                </changeSet>
                """);
        ForecastResult result = forecast(project, Forecaster.Options.empty());
        ChangeForecast sql = result.changeSets().get(0).changes().get(0);
        assertEquals(ChangeForecast.Outcome.SIMULATED, sql.outcome(), sql.effect());
        TableModel orders = result.after().table(null, "ORDERS");
        assertEquals(List.of("ID", "CUSTOMER", "TOTAL", "STATUS"), orders.getColumnNames());
        assertEquals(2L, orders.getRowCount(), "two rows inserted into an empty table");
        assertNotNull(orders.index("IDX_ORDERS_CUSTOMER"));
        Finding notNull = only(result, "NOT_NULL_ON_POPULATED_TABLE");
        assertEquals(ResponseType.FAIL, notNull.severity());
        assertEquals("2", notNull.changeSetId());
        ChangeForecast merge = result.changeSets().get(2).changes().get(0);
        assertEquals(ChangeForecast.Outcome.NOT_SIMULATED, merge.outcome());
        assertTrue(merge.effect().contains("MERGE INTO ORDERS"), merge.effect());
        assertEquals("3", only(result, "NOT_SIMULATED").changeSetId());
        Finding narrowing = only(result, "TYPE_CHANGE_CAN_LOSE_DATA");
        assertEquals(ResponseType.WARN, narrowing.severity());
        assertEquals(1, result.notSimulated());
    }

    @Test
    void preconditionsAreDecidedOnTheModel() throws Exception {
        StrataProject project = project("""
                <changeSet id="1" author="t">
                    <createTable tableName="A"><column name="ID" type="INT"/></createTable>
                </changeSet>
                <changeSet id="2" author="t">
                    <preConditions onFail="MARK_RAN"><not><tableExists tableName="A"/></not></preConditions>
                    <createTable tableName="A"><column name="ID" type="INT"/></createTable>
                </changeSet>
                <changeSet id="3" author="t">
                    <preConditions onFail="HALT"><columnExists tableName="A" columnName="NAME"/></preConditions>
                    <addColumn tableName="A"><column name="X" type="INT"/></addColumn>
                </changeSet>
                <changeSet id="4" author="t">
                    <createTable tableName="B"><column name="ID" type="INT"/></createTable>
                </changeSet>
                """);
        ForecastResult result = forecast(project, Forecaster.Options.empty());
        assertFalse(result.changeSets().get(1).runs());
        assertFalse(codes(result).contains("TABLE_EXISTS"), "the precondition skips change set 2");
        assertEquals("3", only(result, "PRECONDITION_FAILS").changeSetId());
        assertFalse(result.changeSets().get(3).runs(), "the deployment halts at change set 3");
        assertNull(result.after().table(null, "B"));
    }

    @Test
    void liveForecastSeesAppliedChangeSetsAndRowCountsAndSnapshotsWorkOffline() throws Exception {
        StrataProject project = project("""
                <changeSet id="1" author="t">
                    <createTable tableName="CUSTOMER"><column name="ID" type="INT"><constraints primaryKey="true"/></column>
                        <column name="NAME" type="VARCHAR(100)"/></createTable>
                </changeSet>
                """);
        StageOperations operations = new StageOperations(project, connector());
        operations.deploy(project.stage("DEV"), Selection.STAGE_DEFAULTS);
        try (Connection c = connector().open(project.stage("DEV")); Statement s = c.createStatement()) {
            s.execute("INSERT INTO CUSTOMER VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        }
        write("Change Log/changelog.xml", Files.readString(dir.resolve("Change Log/changelog.xml")).replace("</databaseChangeLog>", """
                <changeSet id="2" author="t">
                    <addColumn tableName="CUSTOMER"><column name="EMAIL" type="VARCHAR(100)"><constraints nullable="false"/></column></addColumn>
                </changeSet>
                </databaseChangeLog>
                """));
        project = StrataProject.load(dir);
        ForecastResult live = forecast(project, Forecaster.Options.live());
        assertEquals(List.of("2"), live.changeSets().stream().map(ChangeSetForecast::id).toList());
        assertEquals(3L, live.before().table(null, "CUSTOMER").getRowCount());
        assertEquals(ResponseType.FAIL, only(live, "NOT_NULL_ON_POPULATED_TABLE").severity());
        assertTrue(live.modelSource().contains("live stage DEV"));

        ForecastResult limited = forecast(project, Forecaster.Options.live().withLimited(true).withRowCounts(Forecaster.RowCounts.APPROXIMATE));
        assertTrue(limited.before().isPartial());
        assertEquals(1, limited.before().tableCount());

        Path file = ModelFile.of(dir, "DEV");
        new Snapshots(project, connector()).save(project.stage("DEV"), Forecaster.RowCounts.EXACT);
        ModelFile.Content content = ModelFile.read(file);
        assertEquals(1, content.applied().size());
        assertEquals(3L, content.model().table(null, "CUSTOMER").getRowCount());
        ForecastResult offline = new Forecaster(project, null).forecast(project.stage("DEV"), Forecaster.Options.offline(), ProgressMonitor.NONE);
        assertEquals(codes(live), codes(offline));
        assertTrue(offline.modelSource().startsWith("snapshot Snapshots/DEV.model.json"), offline.modelSource());
    }

    @Test
    void anInvalidChangeLogIsNamedWithLineAndColumnInFewWords() throws Exception {
        StrataProject project = project("<changeSet id=\"1\" author=\"t\"><createTable tableName=\"A\"><column name=\"ID\" type=\"INT\"/></createTable>"
                + "<tagDatabase tag=\"x\"/></changeSet>");
        OperationException e = assertThrows(OperationException.class, () -> forecast(project, Forecaster.Options.empty()));
        assertEquals(OperationException.Kind.CHANGELOG, e.kind());
        assertTrue(e.getMessage().contains("line 5 column") && e.getMessage().contains("Change Log/changelog.xml")
                && e.getMessage().contains("<tagDatabase>"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void aLiveForecastChangesNothingOnTheStage() throws Exception {
        StrataProject project = project("""
                <changeSet id="1" author="t"><createTable tableName="A"><column name="ID" type="INT"/></createTable></changeSet>
                """);
        ForecastResult result = forecast(project, Forecaster.Options.live());
        assertEquals(1, result.changeSets().size());
        try (Connection c = connector().open(project.stage("DEV")); Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            r.next();
            assertEquals(0, r.getInt(1), "no table created, not even DATABASECHANGELOG");
        }
    }

    @Test
    void anOfflineForecastWithoutSnapshotSaysHowToMakeOne() throws Exception {
        StrataProject project = project("");
        OperationException e = assertThrows(OperationException.class,
                () -> new Forecaster(project, null).forecast(project.stage("DEV"), Forecaster.Options.offline(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("strata snapshot --stage DEV"), e.getMessage());
    }

    @Test
    void aRuleWithAnErrorStopsTheForecastNamingFileAndLine() throws Exception {
        StrataProject project = project("");
        write("Rules/Forecast/Broken.drl", "package x\n\nrule \"broken\"\nwhen\n  $c : NoSuchType()\nthen\nend\n");
        OperationException e = assertThrows(OperationException.class, () -> forecast(project, Forecaster.Options.empty()));
        assertTrue(e.getMessage().contains("Rules/Forecast/Broken.drl:5"), e.getMessage());
    }

    @Test
    void everyRulesPhaseSeesItsFacts() throws Exception {
        StrataProject project = project("""
                <changeSet id="1" author="t">
                    <createTable tableName="NO_KEY"><column name="A" type="INT"/></createTable>
                    <sql>GRANT SELECT ON NO_KEY TO PUBLIC</sql>
                </changeSet>
                """);
        String imports = "import io.strata.rules.Response;\nimport io.strata.rules.ResponseType;\n";
        write("Rules/PreForecast/Comment.drl", "package p\n" + imports + "import liquibase.changelog.ChangeSet;\n"
                + "rule \"Comment required\"\nwhen\n  $cs : ChangeSet(comments == null)\nthen\n"
                + "  insert(new Response(ResponseType.WARN, \"Change set \" + $cs.getId() + \" has no comment.\", drools.getRule().getName()));\nend\n");
        write("Rules/SqlRules/Grant.drl", "package s\n" + imports + "import io.strata.forecast.Sql;\n"
                + "rule \"No GRANT\"\nwhen\n  Sql(generated == false, normalized str[startsWith] \"GRANT \")\nthen\n"
                + "  insert(new Response(ResponseType.FAIL, \"GRANT belongs in the DBA's scripts.\", drools.getRule().getName()));\nend\n");
        write("Rules/PostForecast/PrimaryKey.drl", "package q\n" + imports + "import io.strata.forecast.model.TableModel;\n"
                + "rule \"Primary key required\"\nwhen\n  $t : TableModel(primaryKey == null)\nthen\n"
                + "  insert(new Response(ResponseType.FAIL, \"Table \" + $t.getName() + \" has no primary key.\", drools.getRule().getName()));\nend\n");
        ForecastResult result = forecast(project, Forecaster.Options.empty());
        String rules = result.allFindings().stream().filter(f -> f.rule() != null).map(f -> f.phase() + ":" + f.rule() + ":" + f.changeIndex())
                .sorted().collect(Collectors.joining(","));
        assertEquals("PostForecast:Primary key required:0,PreForecast:Comment required:0,SqlRules:No GRANT:2", rules);
        assertNull(result.findings().get(0).changeSetId(), "PostForecast findings belong to no change set");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.toString().contains("/.strata/")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void theNamingRulesResponsesCarryTheSuggestedNameAsAQuickFix() throws Exception {
        StrataProject project = project("""
                <changeSet id="1" author="t">
                    <createTable tableName="customerOrder"><column name="orderId" type="INT"/></createTable>
                    <createIndex tableName="customerOrder" indexName="byOrder"><column name="orderId"/></createIndex>
                </changeSet>
                """);
        RulePack.named("standard").copyInto(dir, false);
        ForecastResult result = forecast(project, Forecaster.Options.empty());
        List<Finding.Fix> fixes = result.allFindings().stream().filter(f -> "RULE".equals(f.code()) && f.rule().endsWith("Naming"))
                .map(Finding::fix).toList();
        assertTrue(fixes.contains(new Finding.Fix("customerOrder", "CUSTOMER_ORDER")), fixes.toString());
        assertTrue(fixes.contains(new Finding.Fix("orderId", "ORDER_ID")), fixes.toString());
        assertTrue(fixes.stream().anyMatch(f -> f != null && f.replace().equals("byOrder") && f.with().startsWith("IDX_")), fixes.toString());
    }
}
