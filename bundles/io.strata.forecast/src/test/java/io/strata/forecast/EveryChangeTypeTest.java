package io.strata.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.ProgressMonitor;
import io.strata.core.project.StrataProject;
import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.TableModel;
import io.strata.rules.ResponseType;

/**
 * A change log that uses every change type of Liquibase core, written so that a deployment would
 * succeed: the forecast simulates each one (no FAIL, nothing "unknown") and ends with the model
 * the changes describe.
 */
class EveryChangeTypeTest {

    @TempDir
    Path dir;

    private static final String CHANGES = """
            <changeSet id="1" author="t">
                <createTable tableName="CUSTOMER" remarks="customers">
                    <column name="ID" type="BIGINT" autoIncrement="true"><constraints primaryKey="true" primaryKeyName="PK_CUSTOMER"/></column>
                    <column name="FIRST_NAME" type="VARCHAR(50)"/>
                    <column name="LAST_NAME" type="VARCHAR(50)"/>
                    <column name="STATE" type="VARCHAR(2)"/>
                    <column name="CODE" type="INT"/>
                </createTable>
                <createTable tableName="ORDERS">
                    <column name="ID" type="BIGINT"/>
                    <column name="CUSTOMER_ID" type="BIGINT"/>
                    <column name="NOTE" type="VARCHAR(100)"/>
                </createTable>
                <addColumn tableName="ORDERS"><column name="TOTAL" type="DECIMAL(10,2)" defaultValueNumeric="0"/></addColumn>
                <addPrimaryKey tableName="ORDERS" columnNames="ID" constraintName="PK_ORDERS"/>
                <addAutoIncrement tableName="ORDERS" columnName="ID" columnDataType="BIGINT"/>
                <addDefaultValue tableName="ORDERS" columnName="NOTE" defaultValue="none"/>
                <dropDefaultValue tableName="ORDERS" columnName="NOTE"/>
                <addNotNullConstraint tableName="ORDERS" columnName="CUSTOMER_ID" columnDataType="BIGINT"/>
                <dropNotNullConstraint tableName="ORDERS" columnName="CUSTOMER_ID" columnDataType="BIGINT"/>
                <addForeignKeyConstraint constraintName="FK_ORDERS_CUSTOMER" baseTableName="ORDERS" baseColumnNames="CUSTOMER_ID"
                    referencedTableName="CUSTOMER" referencedColumnNames="ID"/>
                <dropForeignKeyConstraint baseTableName="ORDERS" constraintName="FK_ORDERS_CUSTOMER"/>
                <addForeignKeyConstraint constraintName="FK_ORDERS_CUSTOMER2" baseTableName="ORDERS" baseColumnNames="CUSTOMER_ID"
                    referencedTableName="CUSTOMER" referencedColumnNames="ID"/>
                <dropAllForeignKeyConstraints baseTableName="ORDERS"/>
                <addUniqueConstraint tableName="CUSTOMER" columnNames="CODE" constraintName="UQ_CUSTOMER_CODE"/>
                <dropUniqueConstraint tableName="CUSTOMER" constraintName="UQ_CUSTOMER_CODE"/>
                <createIndex tableName="CUSTOMER" indexName="IDX_CUSTOMER_NAME"><column name="LAST_NAME"/></createIndex>
                <dropIndex tableName="CUSTOMER" indexName="IDX_CUSTOMER_NAME"/>
                <addLookupTable existingTableName="CUSTOMER" existingColumnName="STATE" newTableName="STATE" newColumnName="ABBREVIATION"
                    newColumnDataType="VARCHAR(2)" constraintName="FK_CUSTOMER_STATE"/>
                <mergeColumns tableName="CUSTOMER" column1Name="FIRST_NAME" column2Name="LAST_NAME" finalColumnName="FULL_NAME"
                    finalColumnType="VARCHAR(101)" joinString=" "/>
                <modifyDataType tableName="CUSTOMER" columnName="FULL_NAME" newDataType="VARCHAR(200)"/>
                <renameColumn tableName="ORDERS" oldColumnName="NOTE" newColumnName="COMMENT_TEXT" columnDataType="VARCHAR(100)"/>
                <dropColumn tableName="ORDERS" columnName="COMMENT_TEXT"/>
                <setTableRemarks tableName="ORDERS" remarks="orders"/>
                <setColumnRemarks tableName="ORDERS" columnName="TOTAL" remarks="with tax"/>
                <createTable tableName="TEMP"><column name="ID" type="INT"/></createTable>
                <renameTable oldTableName="TEMP" newTableName="TEMP2"/>
                <dropTable tableName="TEMP2"/>
                <createView viewName="V_CUSTOMER">SELECT ID, FULL_NAME FROM CUSTOMER</createView>
                <renameView oldViewName="V_CUSTOMER" newViewName="V_CUSTOMERS"/>
                <createView viewName="V_TMP">SELECT 1 AS X</createView>
                <dropView viewName="V_TMP"/>
                <createSequence sequenceName="SEQ_A" startValue="1"/>
                <alterSequence sequenceName="SEQ_A" incrementBy="10"/>
                <renameSequence oldSequenceName="SEQ_A" newSequenceName="SEQ_B"/>
                <createSequence sequenceName="SEQ_TMP"/>
                <dropSequence sequenceName="SEQ_TMP"/>
                <createProcedure procedureName="P_NOTHING">CREATE PROCEDURE P_NOTHING() BEGIN END</createProcedure>
                <dropProcedure procedureName="P_NOTHING"/>
                <insert tableName="CUSTOMER"><column name="ID" valueNumeric="1"/><column name="FULL_NAME" value="Ada"/></insert>
                <update tableName="CUSTOMER"><column name="FULL_NAME" value="Ada L."/><where>ID = 1</where></update>
                <delete tableName="CUSTOMER"><where>ID = 2</where></delete>
                <loadData tableName="STATE" file="states.csv" relativeToChangelogFile="true"/>
                <loadUpdateData tableName="STATE" file="states.csv" relativeToChangelogFile="true" primaryKey="ABBREVIATION"/>
                <sql>UPDATE CUSTOMER SET CODE = 1</sql>
                <sqlFile path="extra.sql" relativeToChangelogFile="true"/>
                <output target="STDOUT">hello</output>
                <empty/>
                <executeCommand executable="echo"><arg value="x"/></executeCommand>
                <customChange class="io.strata.forecast.NoOpCustomChange"/>
                <stop>the end</stop>
            </changeSet>
            <changeSet id="2" author="t">
                <tagDatabase tag="v1"/>
            </changeSet>
            """;

    @Test
    void everyCoreChangeTypeIsSimulated() throws Exception {
        Files.writeString(dir.resolve("strata.yaml"), "name: every-change\n");
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.writeString(dir.resolve("Deployment Plans/plan.yaml"), "stages:\n  - name: DEV\n    type: h2\n    url: jdbc:h2:mem:x\n    user: sa\n");
        Path changeLog = Files.createDirectories(dir.resolve("Change Log"));
        Files.writeString(changeLog.resolve("states.csv"), "ABBREVIATION\nNY\nCA\n");
        Files.writeString(changeLog.resolve("extra.sql"), "CREATE TABLE AUDIT_LOG (ID INT PRIMARY KEY, MESSAGE VARCHAR(200));\n");
        Files.writeString(changeLog.resolve("changelog.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                """ + CHANGES + "</databaseChangeLog>\n");
        StrataProject project = StrataProject.load(dir);
        ForecastResult result = new Forecaster(project, null).forecast(project.stage("DEV"), Forecaster.Options.empty(), ProgressMonitor.NONE);

        List<ChangeForecast> changes = new java.util.ArrayList<>(result.changeSets().get(0).changes());
        changes.addAll(result.changeSets().get(1).changes());
        Set<String> types = changes.stream().map(ChangeForecast::type).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(53 - 7, types.size(), "46 change types: " + types);
        assertEquals(List.of(), result.allFindings().stream().filter(f -> f.severity() == ResponseType.FAIL).toList());
        for (ChangeForecast change : changes) {
            assertFalse(change.effect().contains("does not know"), change.type() + ": " + change.effect());
        }
        List<String> notSimulated = changes.stream().filter(c -> c.outcome() == ChangeForecast.Outcome.NOT_SIMULATED).map(ChangeForecast::type).toList();
        assertEquals(List.of("executeCommand", "customChange"), notSimulated, "only what Strata cannot know");

        DatabaseModel after = result.after();
        TableModel customer = after.table(null, "CUSTOMER");
        assertEquals(List.of("ID", "STATE", "CODE", "FULL_NAME"), customer.getColumnNames());
        assertEquals("VARCHAR(200)", customer.column("FULL_NAME").getType());
        assertEquals("FK_CUSTOMER_STATE", customer.getForeignKeys().get(0).name());
        assertTrue(customer.getUniqueConstraints().isEmpty() && customer.getIndexes().isEmpty());
        TableModel orders = after.table(null, "ORDERS");
        assertEquals(List.of("ID", "CUSTOMER_ID", "TOTAL"), orders.getColumnNames());
        assertTrue(orders.getForeignKeys().isEmpty());
        assertTrue(orders.column("ID").isAutoIncrement());
        assertTrue(orders.column("CUSTOMER_ID").isNullable());
        assertEquals("orders", orders.getRemarks());
        assertEquals("with tax", orders.column("TOTAL").getRemarks());
        assertNull(after.table(null, "TEMP2"));
        assertNotNull(after.table(null, "STATE").getPrimaryKey());
        assertNotNull(after.table(null, "AUDIT_LOG"), "the sqlFile's CREATE TABLE");
        assertEquals(List.of("V_CUSTOMERS"), after.schema(null).getViews().stream().map(v -> v.name()).toList());
        assertEquals("10", after.schema(null).sequence("SEQ_B").incrementBy());
        assertTrue(after.schema(null).getStoredLogic().isEmpty());
        assertNull(customer.getRowCount(), "one insert into a new table, then a delete with a where: the count is unknown");
        assertFalse(result.changeSets().get(1).runs(), "the stop change halts the deployment before the tag");
    }
}
