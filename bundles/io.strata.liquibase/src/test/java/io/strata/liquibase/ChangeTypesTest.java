package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.project.StrataProject;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;

/**
 * Strata's parse (change classes looked up once per element name, {@link ChangeTypes}) gives the
 * same change sets as Liquibase's own parse: files, ids, attributes, every change with all its
 * fields, rollbacks and checksums, in every format, with includes, properties and custom changes.
 */
class ChangeTypesTest {

    @TempDir
    Path dir;

    @Test
    void strataParseEqualsLiquibaseParseInEveryFormat() throws Exception {
        TestProjects.h2Project(dir, "types");
        Path jar = CustomChangeJar.build(dir.resolve("ext"), "com.example.Touch", "SELECT 1");
        TestProjects.write(dir, "Change Log/changelog.xml", ChangeLogFormatsTest.XML_HEAD + """
                    <property name="nameType" value="VARCHAR(120)"/>
                    <property name="nameType" value="VARCHAR(60)" dbms="postgresql"/>
                    <changeSet id="1" author="a" labels="sprint-1" context="dev">
                        <comment>customers</comment>
                        <createTable tableName="CUSTOMER" remarks="who buys">
                            <column name="ID" type="BIGINT" autoIncrement="true"><constraints primaryKey="true" primaryKeyName="PK_C"/></column>
                            <column name="NAME" type="${nameType}"><constraints nullable="false"/></column>
                            <column name="CODE" type="VARCHAR(20)" defaultValue="x"/>
                        </createTable>
                        <createIndex tableName="CUSTOMER" indexName="IDX_C" unique="true"><column name="NAME"/><column name="CODE"/></createIndex>
                        <rollback><dropTable tableName="CUSTOMER"/></rollback>
                    </changeSet>
                    <changeSet id="2" author="a" runOnChange="true" dbms="h2,postgresql">
                        <preConditions onFail="MARK_RAN"><tableExists tableName="CUSTOMER"/></preConditions>
                        <addColumn tableName="CUSTOMER"><column name="EMAIL" type="VARCHAR(320)"/></addColumn>
                        <addNotNullConstraint tableName="CUSTOMER" columnName="CODE" defaultNullValue="x" columnDataType="VARCHAR(20)"/>
                        <sql dbms="h2" splitStatements="false">UPDATE CUSTOMER SET CODE = 'y'</sql>
                        <rollback>ALTER TABLE CUSTOMER DROP COLUMN EMAIL</rollback>
                        <modifySql dbms="h2"><append value=" -- tuned"/></modifySql>
                    </changeSet>
                    <changeSet id="3" author="b">
                        <validCheckSum>ANY</validCheckSum>
                        <createTable tableName="ORDERS"><column name="ID" type="BIGINT"/><column name="CUSTOMER_ID" type="BIGINT"/></createTable>
                        <addForeignKeyConstraint constraintName="FK_O_C" baseTableName="ORDERS" baseColumnNames="CUSTOMER_ID"
                            referencedTableName="CUSTOMER" referencedColumnNames="ID" onDelete="CASCADE"/>
                        <insert tableName="ORDERS"><column name="ID" valueNumeric="1"/></insert>
                        <createView viewName="V_ORDERS">SELECT ID FROM ORDERS</createView>
                        <renameColumn tableName="ORDERS" oldColumnName="CUSTOMER_ID" newColumnName="CID" columnDataType="BIGINT"/>
                    </changeSet>
                    <changeSet id="4" author="b"><tagDatabase tag="v1"/></changeSet>
                    <changeSet id="5" author="b">
                        <customChange class="com.example.Touch"/>
                        <dropIndex tableName="CUSTOMER" indexName="IDX_C"/>
                    </changeSet>
                    <include file="more/tables.yaml" relativeToChangelogFile="true"/>
                    <include file="more/index.json" relativeToChangelogFile="true"/>
                    <include file="more/views.sql" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        TestProjects.write(dir, "Change Log/more/tables.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: y1
                      author: c
                      labels: sprint-2
                      changes:
                        - createTable:
                            tableName: ITEM
                            columns:
                              - column: {name: ID, type: BIGINT}
                              - column: {name: LABEL, type: "${nameType}"}
                        - addColumn:
                            tableName: ITEM
                            columns:
                              - column: {name: PRICE, type: "DECIMAL(10,2)"}
                      rollback:
                        - dropTable: {tableName: ITEM}
                """);
        TestProjects.write(dir, "Change Log/more/index.json", """
                {"databaseChangeLog": [{"changeSet": {"id": "j1", "author": "d", "changes": [
                  {"createIndex": {"tableName": "ITEM", "indexName": "IDX_ITEM", "columns": [{"column": {"name": "LABEL"}}]}}]}}]}
                """);
        TestProjects.write(dir, "Change Log/more/views.sql", """
                --liquibase formatted sql
                --changeset e:s1 labels:sprint-3
                CREATE VIEW V_ITEM AS SELECT ID FROM ITEM;
                --rollback DROP VIEW V_ITEM;
                """);
        StrataProject project = StrataProject.load(dir);
        LiquibaseRunner runner = new LiquibaseRunner(dir).extensions(List.of(jar));

        DatabaseChangeLog strata = runner.inScope(() -> new ChangeLogReader(project).read(offline(), List.of(), null));
        DatabaseChangeLog liquibase = runner.inScope(() -> {
            Database database = offline();
            return ChangeLogParserFactory.getInstance().getParser(project.changelog(), Scope.getCurrentScope().getResourceAccessor())
                    .parse(project.changelog(), new ChangeLogParameters(database), Scope.getCurrentScope().getResourceAccessor());
        });

        assertEquals(8, liquibase.getChangeSets().size());
        List<String> expected = runner.inScope(() -> describe(liquibase));
        List<String> actual = runner.inScope(() -> describe(strata));
        assertEquals(expected, actual);
        // The XML, YAML and JSON change sets were made by Strata's change set service (the SQL one is not parsed from nodes).
        for (ChangeSet changeSet : strata.getChangeSets()) {
            if (!changeSet.getFilePath().endsWith(".sql")) {
                assertInstanceOf(ChangeTypes.ParsedChangeSet.class, changeSet, changeSet.toString());
            }
        }
        // Outside Strata's parse the service stays out of the way: Liquibase's own change sets.
        liquibase.getChangeSets().forEach(cs -> assertEquals(ChangeSet.class, cs.getClass()));
    }

    @Test
    void unknownChangeTypesFailAsInLiquibase() throws Exception {
        TestProjects.h2Project(dir, "types");
        TestProjects.write(dir, "Change Log/changelog.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: a
                      changes:
                        - createTable:
                            tableName: A
                            columns:
                              - column: {name: ID, type: BIGINT}
                  - changeSet:
                      id: 2
                      author: a
                      changes:
                        - createTabel:
                            tableName: B
                """);
        TestProjects.write(dir, "strata.yaml", "name: types\nchangelog: Change Log/changelog.yaml\n");
        StrataProject project = StrataProject.load(dir);
        LiquibaseRunner runner = new LiquibaseRunner(dir);
        // The runner carries Strata's OperationException as the cause of a LiquibaseException.
        LiquibaseException e = assertThrows(LiquibaseException.class,
                () -> runner.inScope(() -> new ChangeLogReader(project).read(offline(), List.of(), null)));
        assertInstanceOf(OperationException.class, e.getCause());
        assertTrue(e.getMessage().contains("Unknown change type 'createTabel'"), e.getMessage());
        LiquibaseException plain = assertThrows(LiquibaseException.class, () -> runner.inScope(() -> ChangeLogParserFactory.getInstance()
                .getParser(project.changelog(), Scope.getCurrentScope().getResourceAccessor())
                .parse(project.changelog(), new ChangeLogParameters(offline()), Scope.getCurrentScope().getResourceAccessor())));
        assertTrue(e.getMessage().endsWith(plain.getMessage()), e.getMessage() + "\n" + plain.getMessage());
    }

    @Test
    void eachNameIsAskedOfLiquibaseOnce() throws Exception {
        TestProjects.h2Project(dir, "types");
        StringBuilder xml = new StringBuilder(ChangeLogFormatsTest.XML_HEAD);
        for (int i = 1; i <= 200; i++) {
            xml.append("<changeSet id=\"").append(i).append("\" author=\"a\" labels=\"l\"><createTable tableName=\"T").append(i)
                    .append("\"><column name=\"ID\" type=\"INT\"/></createTable><addColumn tableName=\"T").append(i)
                    .append("\"><column name=\"X\" type=\"INT\"/></addColumn></changeSet>\n");
        }
        TestProjects.write(dir, "Change Log/changelog.xml", xml + "</databaseChangeLog>\n");
        StrataProject project = StrataProject.load(dir);
        LiquibaseRunner runner = new LiquibaseRunner(dir);
        ChangeTypes types = new ChangeTypes();
        DatabaseChangeLog log = runner.inScope(() -> Scope.child(java.util.Map.of(ChangeTypes.SCOPE_KEY, types,
                "liquibase.plugin." + liquibase.changeset.ChangeSetService.class.getName(), ChangeTypes.Service.class), () -> {
                    ChangeTypes.scope(); // registers the service with Liquibase
                    return ChangeLogParserFactory.getInstance().getParser(project.changelog(), Scope.getCurrentScope().getResourceAccessor())
                            .parse(project.changelog(), new ChangeLogParameters(offline()), Scope.getCurrentScope().getResourceAccessor());
                }));
        assertEquals(400, log.getChangeSets().stream().mapToInt(cs -> cs.getChanges().size()).sum());
        // 200 change sets with 3 attributes and 2 changes each: a handful of names went to Liquibase's factory.
        assertTrue(types.names() >= 2 && types.names() <= 8, "names asked: " + types.names());
    }

    private static Database offline() throws Exception {
        return DatabaseFactory.getInstance().openDatabase("offline:h2", null, null, null, Scope.getCurrentScope().getResourceAccessor());
    }

    /** Everything of each change set a forecast or a deployment reads, as text. */
    private static List<String> describe(DatabaseChangeLog log) {
        List<String> lines = new ArrayList<>();
        for (ChangeSet cs : log.getChangeSets()) {
            lines.add(cs.getFilePath() + "::" + cs.getId() + "::" + cs.getAuthor() + " labels=" + cs.getLabels() + " contexts="
                    + cs.getContextFilter() + " dbms=" + cs.getDbmsSet() + " runOnChange=" + cs.isRunOnChange() + " alwaysRun="
                    + cs.isAlwaysRun() + " comments=" + cs.getComments() + " preconditions="
                    + (cs.getPreconditions() == null ? null : cs.getPreconditions().getOnFail() + "/" + cs.getPreconditions().getNestedPreconditions().size())
                    + " validCheckSums=" + cs.getValidCheckSums() + " sqlVisitors=" + cs.getSqlVisitors().size());
            for (ChecksumVersion version : ChecksumVersion.values()) {
                lines.add("  checksum " + version + " " + cs.generateCheckSum(version));
            }
            for (Change change : cs.getChanges()) {
                lines.add("  change " + describe(change));
            }
            for (Change change : cs.getRollback().getChanges()) {
                lines.add("  rollback " + describe(change));
            }
        }
        return lines;
    }

    private static String describe(Change change) {
        TreeMap<String, Object> fields = new TreeMap<>();
        for (String field : change.getSerializableFields()) {
            Object value = change.getSerializableFieldValue(field);
            fields.put(field, value instanceof List<?> list ? list.stream().map(ChangeTypesTest::text).toList() : text(value));
        }
        return change.getClass().getName() + " " + change.getDescription() + " " + fields + " checksum=" + change.generateCheckSum();
    }

    private static Object text(Object value) {
        if (value instanceof liquibase.change.ColumnConfig column) {
            return column.getName() + ":" + column.getType() + ":" + column.getValueNumeric() + ":" + column.getDefaultValue() + ":"
                    + (column.getConstraints() == null ? null : column.getConstraints().isPrimaryKey() + "/" + column.getConstraints().isNullable());
        }
        return value;
    }
}
