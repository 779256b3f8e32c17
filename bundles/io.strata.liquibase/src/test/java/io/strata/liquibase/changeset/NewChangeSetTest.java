package io.strata.liquibase.changeset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.project.DatabaseType;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.liquibase.OperationException;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.SQLFileChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseFactory;

/** New Change Set on real change log files, read back with Liquibase. */
class NewChangeSetTest {

    private static final Path SAMPLE = Path.of("../../examples/strata-sample");

    @TempDir
    Path dir;

    private StrataProject project;
    private Path changelog;
    private byte[] original;

    @BeforeEach
    void sampleProject() throws Exception {
        Files.copy(SAMPLE.resolve("strata.yaml"), dir.resolve("strata.yaml"));
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.copy(SAMPLE.resolve("Deployment Plans/sample-plan.yaml"), dir.resolve("Deployment Plans/sample-plan.yaml"));
        Files.createDirectories(dir.resolve("Change Log"));
        changelog = dir.resolve("Change Log/changelog.xml");
        Files.copy(SAMPLE.resolve("Change Log/changelog.xml"), changelog);
        original = Files.readAllBytes(changelog);
        project = StrataProject.load(dir);
    }

    private static List<ColumnSpec> ordersColumns() {
        return List.of(ColumnSpec.of("ID", "BIGINT").withPrimaryKey(true),
                ColumnSpec.of("CUSTOMER_ID", "BIGINT").withNullable(false),
                ColumnSpec.of("STATUS", "VARCHAR").withSize(20, null).withDefault("NEW"),
                ColumnSpec.of("TOTAL", "DECIMAL").withSize(10, 2).withDefault("0"));
    }

    private NewChangeSet ordersTable() {
        return new NewChangeSet(project).id("sprint3-001").author("ana").labels("sprint-3").comment("Orders of customers.")
                .change(new ChangeSpec.CreateTable("ORDERS_TEST", ordersColumns()));
    }

    private DatabaseChangeLog parse(StrataProject p) throws Exception {
        return new LiquibaseRunner(p.dir()).inScope(() -> new ChangeLogReader(p).read(
                DatabaseFactory.getInstance().openDatabase("offline:h2", null, null, null, liquibase.Scope.getCurrentScope().getResourceAccessor()),
                List.of(), null));
    }

    private static ChangeSet changeSet(DatabaseChangeLog log, String id) {
        return log.getChangeSets().stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no change set " + id + " in " + log.getChangeSets()));
    }

    /** The file is the original with {@code inserted} at {@code offset}: every other byte unchanged. */
    private static void assertInsertedOnly(byte[] before, byte[] after, String inserted, int offset) {
        byte[] middle = inserted.getBytes(StandardCharsets.UTF_8);
        assertEquals(before.length + middle.length, after.length, "only the change set was added");
        assertArrayEquals(Arrays.copyOfRange(before, 0, offset), Arrays.copyOfRange(after, 0, offset), "the file before the change set is unchanged");
        assertArrayEquals(middle, Arrays.copyOfRange(after, offset, offset + middle.length), "the inserted text is the preview's");
        assertArrayEquals(Arrays.copyOfRange(before, offset, before.length), Arrays.copyOfRange(after, offset + middle.length, after.length),
                "the end of the file is unchanged");
    }

    @Test
    void appendedChangeSetParsesWithLiquibaseAndTheRestOfTheFileIsUnchanged() throws Exception {
        NewChangeSet op = ordersTable();
        ChangeLogIds ids = ChangeLogIds.read(project);
        assertEquals(List.of(), op.validate(ids));
        Preview preview = op.preview(DatabaseType.H2);

        Appended appended = op.perform(ids);

        String expected = """

                    <changeSet id="sprint3-001" author="ana" labels="sprint-3">
                        <comment>Orders of customers.</comment>
                        <createTable tableName="ORDERS_TEST">
                            <column name="ID" type="BIGINT">
                                <constraints primaryKey="true" nullable="false"/>
                            </column>
                            <column name="CUSTOMER_ID" type="BIGINT">
                                <constraints nullable="false"/>
                            </column>
                            <column name="STATUS" type="VARCHAR(20)" defaultValue="NEW"/>
                            <column name="TOTAL" type="DECIMAL(10,2)" defaultValueNumeric="0"/>
                        </createTable>
                    </changeSet>
                """;
        assertEquals(expected, preview.text(), "indented like the sample's change sets, after one blank line");
        assertEquals(expected.strip().replace("\n    ", "\n"), preview.xml(), "for reading: without the file's indentation");
        byte[] after = Files.readAllBytes(changelog);
        int closing = new String(original, StandardCharsets.UTF_8).lastIndexOf("</databaseChangeLog>");
        assertInsertedOnly(original, after, preview.text(), closing);
        assertEquals(appended.line(), preview.line());
        assertEquals("    <changeSet id=\"sprint3-001\" author=\"ana\" labels=\"sprint-3\">",
                Files.readAllLines(changelog).get(preview.line() - 1), "the reported line is where the change set starts");

        DatabaseChangeLog log = parse(project);
        ChangeSet added = changeSet(log, "sprint3-001");
        assertEquals(log.getChangeSets().get(log.getChangeSets().size() - 1), added, "the new change set comes last");
        assertEquals("ana", added.getAuthor());
        assertEquals("sprint-3", added.getLabels().toString());
        CreateTableChange table = (CreateTableChange) added.getChanges().get(0);
        assertEquals("ORDERS_TEST", table.getTableName());
        assertEquals(List.of("ID", "CUSTOMER_ID", "STATUS", "TOTAL"), table.getColumns().stream().map(ColumnConfig::getName).toList());
        assertEquals(List.of("BIGINT", "BIGINT", "VARCHAR(20)", "DECIMAL(10,2)"), table.getColumns().stream().map(ColumnConfig::getType).toList());
        assertTrue(table.getColumns().get(0).getConstraints().isPrimaryKey());
        assertEquals("NEW", table.getColumns().get(2).getDefaultValue());
        assertEquals(0, ((Number) table.getColumns().get(3).getDefaultValueNumeric()).intValue());
    }

    @Test
    void hostileNamesAreEscapedAndReadBackAsTheyWereTyped() throws Exception {
        String table = "A\"B<C>&D'E";
        String column = "x\"/><dropTable tableName=\"CUSTOMER\"/><column name=\"y";
        String comment = "ends ]]> and <!-- not a comment --> & more\nsecond line";
        NewChangeSet op = new NewChangeSet(project).id("id \"with\" <quotes> & amp").author("o'neil & <co>")
                .labels("sprint-3, \"quoted\"").contexts("dev & test").comment(comment)
                .change(new ChangeSpec.CreateTable(table, List.of(ColumnSpec.of(column, "VARCHAR").withSize(10, null)
                        .withDefault("it's \"quoted\" <b>&amp;</b>\ttab"))))
                .change(new ChangeSpec.RawSql("INSERT INTO T VALUES ('<x>', ']]>', '&');"));
        assertEquals(List.of(), op.validate(ChangeLogIds.read(project)));
        op.perform();

        ChangeSet added = changeSet(parse(project), "id \"with\" <quotes> & amp");
        assertEquals("o'neil & <co>", added.getAuthor());
        assertEquals(comment, added.getComments());
        assertEquals(2, added.getChanges().size(), "no element was injected: " + added.getChanges());
        CreateTableChange created = (CreateTableChange) added.getChanges().get(0);
        assertEquals(table, created.getTableName());
        assertEquals(1, created.getColumns().size());
        assertEquals(column, created.getColumns().get(0).getName());
        assertEquals("it's \"quoted\" <b>&amp;</b>\ttab", created.getColumns().get(0).getDefaultValue());
        assertEquals("INSERT INTO T VALUES ('<x>', ']]>', '&');", ((liquibase.change.core.RawSQLChange) added.getChanges().get(1)).getSql());
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        List<Problem> problems = new NewChangeSet(project).id("a\u0001b").author("ana")
                .change(new ChangeSpec.DropTable("T", false)).validate(ChangeLogIds.NONE);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("id", problems.get(0).field());
        assertEquals(Problem.INVALID_VALUE, problems.get(0).code());
        assertTrue(problems.get(0).message().contains("U+0001"), problems.get(0).message());
    }

    @Test
    void anIdUsedInAnIncludedFileIsRefusedWithThatFileAndLine() throws Exception {
        String master = new String(original, StandardCharsets.UTF_8).replace("</databaseChangeLog>",
                "    <include file=\"tables/more.xml\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>");
        Files.writeString(changelog, master);
        Files.createDirectories(dir.resolve("Change Log/tables"));
        Files.writeString(dir.resolve("Change Log/tables/more.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <!-- another team's branch -->

                    <changeSet id="team-b-001" author="bo">
                        <dropTable tableName="ADDRESS"/>
                    </changeSet>
                </databaseChangeLog>
                """);
        byte[] before = Files.readAllBytes(changelog);
        NewChangeSet op = new NewChangeSet(project).id("team-b-001").author("ana").change(new ChangeSpec.DropTable("CUSTOMER", false));

        List<Problem> problems = op.validate(ChangeLogIds.read(project));

        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertEquals(Problem.DUPLICATE_ID, problem.code());
        assertEquals("id", problem.field());
        assertTrue(problem.message().contains("Change Log/tables/more.xml, line 7"), problem.message());
        assertTrue(problem.message().contains("bo"), problem.message());
        InvalidChangeSetException refused = assertThrows(InvalidChangeSetException.class, op::perform);
        assertEquals(problems, refused.problems());
        assertArrayEquals(before, Files.readAllBytes(changelog), "nothing was written");
    }

    @Test
    void fieldsAreValidatedWithMessagesNamingThem() {
        NewChangeSet op = new NewChangeSet(project).id(" ").author("ana")
                .change(new ChangeSpec.CreateTable("", List.of(ColumnSpec.of("ID", "BIGINT"), ColumnSpec.of("id", ""),
                        ColumnSpec.of("", "INT"), ColumnSpec.of("N", "INT").withDefault("ten"))))
                .change(new ChangeSpec.CreateIndex("T", "IDX", List.of(), false));

        List<Problem> problems = op.validate(ChangeLogIds.NONE);

        assertEquals(List.of("id", "changes[0].tableName", "changes[0].columns[1].type", "changes[0].columns[1].name",
                "changes[0].columns[2].name", "changes[0].columns[3].defaultValue", "changes[1].columns"),
                problems.stream().map(Problem::field).toList(), problems.toString());
        assertEquals("The id is missing.", problems.get(0).message());
        assertEquals("Create Table: the table name is empty; enter a name.", problems.get(1).message());
        assertTrue(problems.get(3).message().contains("two columns named id"), problems.get(3).message());
        assertTrue(problems.get(5).message().contains("'ten' is not a number"), problems.get(5).message());
        assertEquals(List.of("The change set has no change; choose what it changes."),
                new NewChangeSet(project).id("x").author("y").validate(ChangeLogIds.NONE).stream().map(Problem::message).toList());
    }

    @Test
    void previewShowsTheSqlForH2AndPostgreSql() throws Exception {
        NewChangeSet op = ordersTable().change(new ChangeSpec.CreateIndex("ORDERS_TEST", "IDX_ORDERS_TEST_ALL",
                List.of("ID", "CUSTOMER_ID", "STATUS", "TOTAL"), false));

        Preview h2 = op.preview(DatabaseType.H2);
        Preview postgres = op.preview(DatabaseType.POSTGRESQL);

        assertEquals(List.of("CREATE TABLE PUBLIC.ORDERS_TEST (ID BIGINT NOT NULL, CUSTOMER_ID BIGINT NOT NULL, STATUS VARCHAR(20) DEFAULT 'NEW', "
                + "TOTAL DECIMAL(10, 2) DEFAULT 0, CONSTRAINT PK_ORDERS_TEST PRIMARY KEY (ID));",
                "CREATE INDEX PUBLIC.IDX_ORDERS_TEST_ALL ON PUBLIC.ORDERS_TEST(ID, CUSTOMER_ID, STATUS, TOTAL);"), h2.sql());
        assertEquals(List.of("CREATE TABLE ORDERS_TEST (ID BIGINT NOT NULL, CUSTOMER_ID BIGINT NOT NULL, STATUS VARCHAR(20) DEFAULT 'NEW', "
                + "TOTAL DECIMAL(10, 2) DEFAULT 0, CONSTRAINT \"ORDERS_TEST_pkey\" PRIMARY KEY (ID));",
                "CREATE INDEX IDX_ORDERS_TEST_ALL ON ORDERS_TEST(ID, CUSTOMER_ID, STATUS, TOTAL);"), postgres.sql());
        assertEquals(h2.text(), postgres.text(), "the XML does not depend on the database");
        assertArrayEquals(original, Files.readAllBytes(changelog), "a preview writes nothing");
    }

    @Test
    void undoRestoresTheFileAndRefusesWhenItChangedSince() throws Exception {
        Appended appended = ordersTable().perform();
        assertFalse(Arrays.equals(original, Files.readAllBytes(changelog)));

        appended.undo();
        assertArrayEquals(original, Files.readAllBytes(changelog));

        appended.redo();
        assertArrayEquals(appended.after(), Files.readAllBytes(changelog));
        Files.writeString(changelog, "<!-- edited -->", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        byte[] edited = Files.readAllBytes(changelog);
        OperationException refused = assertThrows(OperationException.class, appended::undo);
        assertTrue(refused.getMessage().contains("was changed after change set sprint3-001 was added"), refused.getMessage());
        assertArrayEquals(edited, Files.readAllBytes(changelog), "an edited file is left alone");
    }

    @Test
    void aFileWithTabsCrLfACommentAfterTheEndAndNoChangeSetKeepsItsStyle() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n"
                + "<!-- Résumé: </databaseChangeLog> in a comment -->\r\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\r\n"
                + "\txmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\r\n"
                + "\txsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\r\n"
                + "\t<property name=\"x\" value=\"é\"/>\r\n"
                + "</databaseChangeLog>\r\n"
                + "<!-- trailing </databaseChangeLog> -->\r\n";
        byte[] before = text.getBytes(StandardCharsets.ISO_8859_1);
        Files.write(changelog, before);
        NewChangeSet op = new NewChangeSet(project).id("crlf-1").author("José").change(new ChangeSpec.DropColumn("CUSTOMER", "EMAIL"));

        Preview preview = op.preview(DatabaseType.H2);
        op.perform();

        assertEquals("\r\n\t<changeSet id=\"crlf-1\" author=\"José\">\r\n\t\t<dropColumn tableName=\"CUSTOMER\" columnName=\"EMAIL\"/>\r\n"
                + "\t</changeSet>\r\n", preview.text());
        byte[] after = Files.readAllBytes(changelog);
        byte[] middle = preview.text().getBytes(StandardCharsets.ISO_8859_1);
        int offset = text.indexOf("</databaseChangeLog>\r\n<!-- trailing");
        assertEquals(before.length + middle.length, after.length);
        assertArrayEquals(Arrays.copyOfRange(before, 0, offset), Arrays.copyOfRange(after, 0, offset));
        assertArrayEquals(middle, Arrays.copyOfRange(after, offset, offset + middle.length), "written in the file's encoding");
        assertArrayEquals(Arrays.copyOfRange(before, offset, before.length), Arrays.copyOfRange(after, offset + middle.length, after.length));
        assertEquals("José", changeSet(parse(project), "crlf-1").getAuthor());
        assertEquals(List.of("ALTER TABLE PUBLIC.CUSTOMER DROP COLUMN EMAIL;"), preview.sql());
    }

    @Test
    void eachSqlScriptBecomesItsOwnLabelledChangeSet() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("Change Log/scripts"));
        Files.writeString(scripts.resolve("001_orders.sql"), "CREATE TABLE ORDERS (ID INT);\nINSERT INTO ORDERS VALUES (1);\n");
        Files.writeString(scripts.resolve("002_items.sql"), "CREATE TABLE ITEMS (ID INT);\n");
        NewChangeSet op = new NewChangeSet(project).id("legacy").author("dba").labels("sprint-3")
                .change(new ChangeSpec.SqlScripts(List.of(Path.of("Change Log/scripts/001_orders.sql"), scripts.resolve("002_items.sql"))));

        assertEquals(List.of("legacy-001_orders.sql", "legacy-002_items.sql"), op.changeSetIds());
        Preview preview = op.preview(DatabaseType.H2);
        assertEquals(List.of("CREATE TABLE ORDERS (ID INT);", "INSERT INTO ORDERS VALUES (1);", "CREATE TABLE ITEMS (ID INT);"), preview.sql());
        op.perform();

        DatabaseChangeLog log = parse(project);
        for (String id : op.changeSetIds()) {
            ChangeSet set = changeSet(log, id);
            assertEquals("sprint-3", set.getLabels().toString());
            assertEquals(1, set.getChanges().size());
            Change change = set.getChanges().get(0);
            assertEquals("scripts/" + id.substring("legacy-".length()), ((SQLFileChange) change).getPath());
        }
        Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-outside.sql"), "SELECT 1;");
        try {
            List<Problem> problems = new NewChangeSet(project).id("o").author("a").change(new ChangeSpec.SqlScripts(List.of(outside)))
                    .validate(ChangeLogIds.NONE);
            assertEquals(List.of("changes[0].scripts[0]"), problems.stream().map(Problem::field).toList());
            assertTrue(problems.get(0).message().contains("is outside the project"), problems.get(0).message());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void everyChangeTypeWritesXmlLiquibaseReads() throws Exception {
        NewChangeSet op = new NewChangeSet(project).id("all-kinds").author("ana").contexts("dev")
                .change(new ChangeSpec.AddColumn("CUSTOMER", List.of(ColumnSpec.of("ACTIVE", "BOOLEAN").withDefault("TRUE"))))
                .change(new ChangeSpec.CreateIndex("CUSTOMER", "IDX_CUSTOMER_NAME", List.of("NAME"), true))
                .change(new ChangeSpec.CreateTable("ORDERS", List.of(ColumnSpec.of("ID", "BIGINT").withPrimaryKey(true),
                        ColumnSpec.of("CUSTOMER_ID", "BIGINT"), ColumnSpec.of("CREATED", "TIMESTAMP").withDefault("CURRENT_TIMESTAMP"))))
                .change(new ChangeSpec.AddForeignKey("FK_ORDERS_CUSTOMER", "ORDERS", List.of("CUSTOMER_ID"), "CUSTOMER", List.of("ID"), "CASCADE"))
                .change(new ChangeSpec.RenameColumn("ADDRESS", "ZIP", "POSTCODE", "VARCHAR(20)"))
                .change(new ChangeSpec.ModifyType("ADDRESS", "CITY", "VARCHAR(200)"))
                .change(new ChangeSpec.RenameTable("ADDRESS", "POSTAL_ADDRESS"))
                .change(new ChangeSpec.DropColumn("CUSTOMER", "EMAIL"))
                .change(new ChangeSpec.DropTable("ORDERS", true))
                .change(new ChangeSpec.RawSql("UPDATE CUSTOMER SET ACTIVE = TRUE"));
        assertEquals(List.of(), op.validate(ChangeLogIds.read(project)));
        Preview preview = op.preview(DatabaseType.POSTGRESQL);
        assertTrue(preview.sql().contains("ALTER TABLE ORDERS ADD CONSTRAINT FK_ORDERS_CUSTOMER FOREIGN KEY (CUSTOMER_ID) "
                + "REFERENCES CUSTOMER (ID) ON DELETE CASCADE;"), String.join("\n", preview.sql()));
        assertTrue(preview.sql().contains("ALTER TABLE CUSTOMER ADD ACTIVE BOOLEAN DEFAULT TRUE;"), String.join("\n", preview.sql()));
        op.perform();

        ChangeSet set = changeSet(parse(project), "all-kinds");
        assertEquals(List.of("addColumn", "createIndex", "createTable", "addForeignKeyConstraint", "renameColumn", "modifyDataType",
                "renameTable", "dropColumn", "dropTable", "sql"),
                set.getChanges().stream().map(c -> liquibase.change.ChangeFactory.getInstance().getChangeMetaData(c).getName()).toList());
        assertEquals("dev", set.getContextFilter().toString());
        assertTrue(((CreateIndexChange) set.getChanges().get(1)).isUnique());
    }

    @Test
    void theDefaultIdIsTheTeamPrefixAndTheTimeMadeUnique() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T15:30:00Z"), ZoneOffset.UTC);
        assertEquals("team-a-20261130-153000", NewChangeSet.defaultId("team-a", clock, ChangeLogIds.NONE));
        assertEquals("20261130-153000", NewChangeSet.defaultId("", clock, ChangeLogIds.NONE));
        new NewChangeSet(project).id("team-a-20261130-153000").author("a").change(new ChangeSpec.DropTable("ADDRESS", false)).perform();
        assertEquals("team-a-20261130-153000-2", NewChangeSet.defaultId("team-a-", clock, ChangeLogIds.read(project)));
    }

    @Test
    void theUuidSchemeGivesThePrefixAndAUuid() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T15:30:00Z"), ZoneOffset.UTC);
        java.util.UUID uuid = java.util.UUID.fromString("3f2b0c1e-8d4a-4c59-9a61-0b7e5d2c1a90");
        assertEquals("team-a-3f2b0c1e-8d4a-4c59-9a61-0b7e5d2c1a90",
                NewChangeSet.defaultId("team-a", IdScheme.UUID, clock, () -> uuid, ChangeLogIds.NONE));
        assertEquals("20261130-153000", NewChangeSet.defaultId(null, IdScheme.TIMESTAMP, clock, () -> uuid, ChangeLogIds.NONE));
        assertEquals(IdScheme.UUID, IdScheme.parse(" UUID "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdScheme.parse("serial"));
        assertTrue(e.getMessage().contains("'serial'") && e.getMessage().contains("timestamp or uuid"), e.getMessage());
    }

    @Test
    void aChangeLogLiquibaseCannotReadIsNotAppendedTo() throws IOException {
        // The master includes a file that is not there: the ids cannot be checked, so nothing is written.
        String broken = new String(original, StandardCharsets.UTF_8).replace("</databaseChangeLog>",
                "    <include file=\"missing.xml\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>");
        Files.writeString(changelog, broken);
        OperationException e = assertThrows(OperationException.class, () -> ordersTable().perform());
        assertTrue(e.getMessage().contains("missing.xml"), e.getMessage());
        assertEquals(broken, Files.readString(changelog));
    }
}
