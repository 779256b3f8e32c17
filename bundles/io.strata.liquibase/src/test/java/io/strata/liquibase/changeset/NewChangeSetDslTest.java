package io.strata.liquibase.changeset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.project.DatabaseType;
import io.strata.core.project.StrataProject;
import io.strata.dsl.RoundTrip;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.liquibase.OperationException;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseFactory;
import liquibase.parser.ChangeLogParserFactory;

/**
 * New Change Set on a DSL change log: the same change sets as on an XML one (changes, checksums),
 * the file's own text kept byte for byte, undo.
 */
class NewChangeSetDslTest {

    private static final Path SAMPLE = Path.of("../../examples/strata-sample");
    private static final String DSL_START = """
            // Orders, written in Strata's DSL.
            changeSet dsl-000 author=strata {
                /* a comment the wizard must keep */
                sql "SELECT 1";
            }
            """;

    @TempDir
    Path dir;

    private StrataProject project;
    private Path dsl;
    private Path xml;

    @BeforeEach
    void sampleProjectWithADslChangeLog() throws Exception {
        Files.copy(SAMPLE.resolve("strata.yaml"), dir.resolve("strata.yaml"));
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.copy(SAMPLE.resolve("Deployment Plans/sample-plan.yaml"), dir.resolve("Deployment Plans/sample-plan.yaml"));
        Files.createDirectories(dir.resolve("Change Log/scripts"));
        String master = Files.readString(SAMPLE.resolve("Change Log/changelog.xml"));
        int close = master.lastIndexOf("</databaseChangeLog>");
        // The master includes the DSL file; the XML twin stands alone (same ids, to compare).
        Files.writeString(dir.resolve("Change Log/changelog.xml"), master.substring(0, close)
                + "    <include file=\"orders.strata\" relativeToChangelogFile=\"true\"/>\n" + master.substring(close));
        dsl = Files.writeString(dir.resolve("Change Log/orders.strata"), DSL_START);
        xml = Files.writeString(dir.resolve("Change Log/twin.xml"), DslText.XML_HEAD + DslText.XML_TAIL);
        Files.writeString(dir.resolve("Change Log/scripts/010_audit.sql"), "CREATE TABLE AUDIT (ID INT);\nINSERT INTO AUDIT VALUES (1);\n");
        project = StrataProject.load(dir);
    }

    private static List<ColumnSpec> columns() {
        return List.of(ColumnSpec.of("ID", "BIGINT").withPrimaryKey(true), ColumnSpec.of("CODE", "VARCHAR").withSize(20, null)
                .withNullable(false).withUnique(true).withDefault("a \"quoted\" default"),
                ColumnSpec.of("TOTAL", "DECIMAL").withSize(10, 2).withDefault("0"), ColumnSpec.of("ACTIVE", "BOOLEAN").withDefault("TRUE"),
                ColumnSpec.of("CREATED", "TIMESTAMP").withDefault("CURRENT_TIMESTAMP"));
    }

    /** Every change the wizards offer, each in a change set of its own. */
    private List<NewChangeSet> everyKind(String target) {
        return List.of(
                op(target, "k-table", new ChangeSpec.CreateTable("ORDERS", columns())).comment("Orders,\nwith \"quotes\" and a \\ backslash."),
                op(target, "k-column", new ChangeSpec.AddColumn("ORDERS", List.of(ColumnSpec.of("NOTE", "VARCHAR").withSize(200, null)))),
                op(target, "k-index", new ChangeSpec.CreateIndex("ORDERS", "IX_ORDERS_CODE", List.of("CODE", "TOTAL"), true)),
                op(target, "k-fk", new ChangeSpec.AddForeignKey("FK_ORDERS_CUSTOMER", "ORDERS", List.of("ID"), "CUSTOMER", List.of("ID"),
                        "CASCADE")),
                op(target, "k-sql", new ChangeSpec.RawSql("UPDATE ORDERS SET TOTAL = 0\nWHERE TOTAL < 0 AND CODE <> 'x';\n"
                        + "INSERT INTO ORDERS (ID, CODE) VALUES (9, 'say \"hi\"');")),
                op(target, "k-drop", new ChangeSpec.DropColumn("ORDERS", "NOTE")),
                op(target, "k-script", new ChangeSpec.SqlScripts(List.of(Path.of("Change Log/scripts/010_audit.sql")))));
    }

    private NewChangeSet op(String target, String id, ChangeSpec change) {
        return new NewChangeSet(project).id(id).author("ana").labels("sprint-3, billing").contexts("dev").target(target).change(change);
    }

    private DatabaseChangeLog parse(String file) throws Exception {
        return new LiquibaseRunner(project.dir()).inScope(() -> {
            var resources = Scope.getCurrentScope().getResourceAccessor();
            return ChangeLogParserFactory.getInstance().getParser(file, resources).parse(file, new ChangeLogParameters(), resources);
        });
    }

    private static ChangeSet changeSet(DatabaseChangeLog log, String id) {
        return log.getChangeSets().stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no change set " + id + " in " + log.getChangeSets()));
    }

    @Test
    void everyKindOfChangeReadsBackAsTheXmlPathsChangeSetWithTheSameChecksum() throws Exception {
        for (NewChangeSet op : everyKind("Change Log/twin.xml")) {
            op.perform();
        }
        for (NewChangeSet op : everyKind("Change Log/orders.strata")) {
            Preview preview = op.preview(DatabaseType.H2);
            byte[] before = Files.readAllBytes(dsl);
            Appended appended = op.perform();
            byte[] after = Files.readAllBytes(dsl);
            String inserted = preview.text();
            assertArrayEquals(before, Arrays.copyOf(after, before.length), "the file's own text is kept byte for byte");
            assertEquals(inserted, new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8),
                    "the preview's text is what is appended");
            assertEquals(preview.line(), appended.line());
            String firstLine = Files.readAllLines(dsl).get(appended.line() - 1);
            assertTrue(firstLine.equals("changeSet " + op.id()) || firstLine.startsWith("changeSet " + op.id() + " "), firstLine);
            assertTrue(!preview.sql().isEmpty(), "the preview makes SQL from the DSL: " + preview.sql());
        }
        // Checksums read the script files: in a scope that finds them.
        new LiquibaseRunner(project.dir()).inScope(() -> {
            DatabaseChangeLog fromXml = parse("Change Log/twin.xml");
            DatabaseChangeLog fromDsl = parse("Change Log/orders.strata");
            for (NewChangeSet op : everyKind("")) {
                ChangeSet x = changeSet(fromXml, op.id());
                ChangeSet d = changeSet(fromDsl, op.id());
                assertEquals(RoundTrip.digest(x), RoundTrip.digest(d), op.id());
                assertEquals(x.generateCheckSum(ChecksumVersion.latest()), d.generateCheckSum(ChecksumVersion.latest()), op.id());
                assertEquals(x.getChanges().size(), d.getChanges().size());
            }
            return null;
        });
        assertTrue(Files.readString(dsl).startsWith(DSL_START + "\nchangeSet k-table"), Files.readString(dsl));
        // The master includes the DSL file: the project's change log has the new change sets.
        DatabaseChangeLog whole = new LiquibaseRunner(project.dir()).inScope(() -> new ChangeLogReader(project).read(
                DatabaseFactory.getInstance().openDatabase("offline:h2", null, null, null, Scope.getCurrentScope().getResourceAccessor()),
                List.of(), null));
        assertEquals("dev", changeSet(whole, "k-fk").getContextFilter().toString());
    }

    @Test
    void undoPutsTheDslFileBackAndRedoWritesItAgain() throws Exception {
        byte[] before = Files.readAllBytes(dsl);
        Appended appended = op("Change Log/orders.strata", "u-1", new ChangeSpec.DropTable("ORDERS", true)).perform();
        byte[] after = Files.readAllBytes(dsl);
        appended.undo();
        assertArrayEquals(before, Files.readAllBytes(dsl));
        appended.redo();
        assertArrayEquals(after, Files.readAllBytes(dsl));
    }

    @Test
    void aCrlfFileGetsCrlfLinesButValuesKeepTheirLineBreaks() throws Exception {
        String crlf = "changeSet c-0 author=a {\r\n    sql \"SELECT 1\";\r\n}";
        Files.writeString(dsl, crlf);
        Preview preview = op("Change Log/orders.strata", "c-1", new ChangeSpec.RawSql("SELECT 2\nFROM DUAL")).comment("two\nlines").preview(
                DatabaseType.H2);
        assertEquals("\r\n\r\nchangeSet c-1 author=ana labels=\"sprint-3, billing\" context=dev comment=\"two\nlines\" sql=\"SELECT 2\n"
                + "FROM DUAL\";\r\n", preview.text(), "one line break per line of the file, none inside the values");
        op("Change Log/orders.strata", "c-1", new ChangeSpec.RawSql("SELECT 2\nFROM DUAL")).comment("two\nlines").perform();
        assertEquals("two\nlines", changeSet(parse("Change Log/orders.strata"), "c-1").getComments());
    }

    @Test
    void aDslFileThatDoesNotParseAfterwardsIsPutBack() throws Exception {
        // Not included by the master: only reading the file itself finds it broken.
        String broken = DSL_START + "changeSet half author=a {\n";
        Path alone = Files.writeString(dir.resolve("Change Log/alone.strata"), broken);
        NewChangeSet op = op("Change Log/alone.strata", "b-1", new ChangeSpec.DropTable("ORDERS", false));
        OperationException e = assertThrows(OperationException.class, op::perform);
        assertTrue(e.getMessage().contains("Change Log/alone.strata was left as it was") && e.getMessage().contains("'}' is missing"),
                e.getMessage());
        assertEquals(broken, Files.readString(alone));
    }

    @Test
    void anEmptyDslFileStartsWithTheChangeSet() throws Exception {
        Files.writeString(dsl, "");
        Preview preview = op("Change Log/orders.strata", "e-1", new ChangeSpec.RenameTable("A", "B")).preview(DatabaseType.H2);
        assertEquals("changeSet e-1 author=ana labels=\"sprint-3, billing\" context=dev {\n    renameTable A newTableName=B;\n}\n",
                preview.text());
        assertEquals(1, preview.line());
    }
}
