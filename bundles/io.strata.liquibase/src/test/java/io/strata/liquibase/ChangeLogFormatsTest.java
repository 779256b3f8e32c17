package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.project.Credentials;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;

/** Change logs in every format Liquibase reads, with includes, and the ways they go wrong. */
class ChangeLogFormatsTest {

    static final String XML_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;

    @TempDir
    Path dir;

    Stage dev;
    StageOperations operations;

    @BeforeEach
    void project() throws Exception {
        write("strata.yaml", "name: formats\n");
        write("Deployment Plans/plan.yaml", "stages:\n  - name: DEV\n    type: h2\n    url: jdbc:h2:file:${project.dir}/.strata/h2/dev\n    user: sa\n");
    }

    private void load() throws Exception {
        StrataProject project = StrataProject.load(dir);
        dev = project.stage("DEV");
        operations = new StageOperations(project, new StageConnector(new JdbcDrivers(List.of()), Credentials.NONE)).lockWaitMinutes(0);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void xmlYamlJsonAndSqlWithIncludesPropertiesAndPreconditions() throws Exception {
        write("Change Log/changelog.xml", XML_HEAD + """
                    <property name="nameType" value="VARCHAR(120)"/>
                    <include file="tables/customer.yaml" relativeToChangelogFile="true"/>
                    <include file="tables/orders.json" relativeToChangelogFile="true"/>
                    <includeAll path="scripts/" relativeToChangelogFile="true"/>
                    <changeSet id="pg-only" author="x" dbms="postgresql">
                        <createTable tableName="PG_ONLY"><column name="ID" type="INT"/></createTable>
                    </changeSet>
                    <changeSet id="guarded" author="x">
                        <preConditions onFail="MARK_RAN"><tableExists tableName="NO_SUCH_TABLE"/></preConditions>
                        <dropTable tableName="NO_SUCH_TABLE"/>
                    </changeSet>
                </databaseChangeLog>
                """);
        write("Change Log/tables/customer.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: customer
                      author: yaml
                      changes:
                        - createTable:
                            tableName: CUSTOMER
                            columns:
                              - column: {name: ID, type: INT, constraints: {primaryKey: true}}
                              - column: {name: NAME, type: "${nameType}"}
                """);
        write("Change Log/tables/orders.json", """
                {"databaseChangeLog": [
                  {"changeSet": {"id": "orders", "author": "json", "changes": [
                    {"createTable": {"tableName": "ORDERS", "columns": [
                      {"column": {"name": "ID", "type": "INT"}},
                      {"column": {"name": "CUSTOMER_ID", "type": "INT"}}]}}]}}
                ]}
                """);
        write("Change Log/scripts/001-index.sql", """
                --liquibase formatted sql
                --changeset sql:orders-index labels:sprint-3
                CREATE INDEX IDX_ORDERS_CUSTOMER ON ORDERS(CUSTOMER_ID);
                --rollback DROP INDEX IDX_ORDERS_CUSTOMER;
                """);
        load();

        List<String> applied = operations.deploy(dev, Selection.STAGE_DEFAULTS).applied().stream().map(ChangeSetInfo::id).toList();
        assertEquals(List.of("customer", "orders", "orders-index", "guarded"), applied, "pg-only is filtered by dbms");
        assertEquals("MARK_RAN", operations.history(dev).get(3).execType());
        assertTrue(operations.deploySql(dev, Selection.STAGE_DEFAULTS).isBlank()
                || !operations.deploySql(dev, Selection.STAGE_DEFAULTS).contains("CREATE TABLE"));
    }

    @Test
    void modifySqlChangesTheGeneratedSqlForItsDatabaseOnly() throws Exception {
        write("Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="tuned" author="x">
                        <createTable tableName="EVENTS"><column name="ID" type="INT"/></createTable>
                        <modifySql dbms="h2"><append value=" /* tuned for h2 */"/></modifySql>
                        <modifySql dbms="postgresql"><append value=" /* tuned for postgresql */"/></modifySql>
                    </changeSet>
                </databaseChangeLog>
                """);
        load();
        String sql = operations.deploySql(dev, Selection.STAGE_DEFAULTS);
        assertTrue(sql.contains("CREATE TABLE PUBLIC.EVENTS (ID INT) /* tuned for h2 */"), sql);
        assertTrue(!sql.contains("tuned for postgresql"), sql);
        assertEquals(List.of("tuned"), operations.deploy(dev, Selection.STAGE_DEFAULTS).applied().stream().map(ChangeSetInfo::id).toList());
    }

    @Test
    void aMissingCustomChangeClassNamesTheClassTheChangeSetAndTheFile() throws Exception {
        write("Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="custom-1" author="x">
                        <customChange class="com.example.MissingChange"/>
                    </changeSet>
                </databaseChangeLog>
                """);
        load();
        OperationException e = assertThrows(OperationException.class, () -> operations.status(dev, Selection.STAGE_DEFAULTS));
        assertEquals(OperationException.Kind.CHANGELOG, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("change set 'custom-1' (Change Log/changelog.xml, line 6) uses the custom change "
                + "class com.example.MissingChange, which Strata cannot load"), e.getMessage());
        assertTrue(e.getMessage().contains("--extensions DIR"), e.getMessage());
    }

    @Test
    void customChangeClassesComeFromExtensionJars() throws Exception {
        write("Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="audit" author="x">
                        <customChange class="com.example.CreateAuditTable"/>
                    </changeSet>
                </databaseChangeLog>
                """);
        Path jar = CustomChangeJar.build(dir.resolve("ext"), "com.example.CreateAuditTable", "CREATE TABLE AUDIT_LOG (ID INT)");
        load();
        assertThrows(OperationException.class, () -> operations.status(dev, Selection.STAGE_DEFAULTS), "not without the jar");
        operations.extensions(List.of(jar));
        assertEquals(List.of("audit"), operations.deploy(dev, Selection.STAGE_DEFAULTS).applied().stream().map(ChangeSetInfo::id).toList());
    }

    @Test
    void unknownChangesMissingAttributesAndCircularIncludesAreChangeLogErrors() throws Exception {
        write("Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="1" author="x"><createTabel tableName="T"/></changeSet>
                </databaseChangeLog>
                """);
        load();
        OperationException unknown = assertThrows(OperationException.class, () -> operations.validateOffline());
        assertEquals(OperationException.Kind.CHANGELOG, unknown.kind(), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("line 5") && unknown.getMessage().contains("<createTabel>")
                && unknown.getMessage().contains("Did you mean <createTable>?") && unknown.getMessage().length() < 300, unknown.getMessage());

        write("Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="1" author="x"><createTable><column name="ID" type="INT"/></createTable></changeSet>
                </databaseChangeLog>
                """);
        OperationException missing = assertThrows(OperationException.class, () -> operations.validateOffline());
        assertEquals(OperationException.Kind.CHANGELOG, missing.kind(), missing.getMessage());
        assertTrue(missing.getMessage().contains("tableName"), missing.getMessage());

        write("Change Log/changelog.xml", XML_HEAD + """
                    <include file="other.xml" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        write("Change Log/other.xml", XML_HEAD + """
                    <include file="changelog.xml" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        OperationException circular = assertThrows(OperationException.class, () -> operations.validateOffline());
        assertEquals(OperationException.Kind.CHANGELOG, circular.kind(), circular.getMessage());
        assertTrue(circular.getMessage().contains("the change log includes itself: Change Log/changelog.xml includes "
                + "Change Log/other.xml includes Change Log/changelog.xml"), circular.getMessage());
    }
}
