package io.strata.liquibase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.AppliedChangeSet;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.ChangeSetInfo;
import io.strata.liquibase.ChangeTypes;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.liquibase.Selection;
import io.strata.liquibase.StageOperations;
import io.strata.test.support.ScratchDatabase;
import io.strata.test.support.TestDatabases;
import io.strata.test.support.TestDatabases.Server;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.parser.ChangeLogParserFactory;

/**
 * Real open-source change logs, as their jars on Maven Central ship them, deployed end to end with
 * Strata inside OSGi: Camunda 7.20's (dbms-specific properties choosing per-database SQL files,
 * thousands of lines of DDL, tags) and Flowable 6.8's CMMN, DMN, App and Event Registry change logs
 * (Liquibase changes turned into each database's SQL, dbms filters, and in the Event Registry a
 * custom change, loaded from Flowable's jars given as extensions), included from one master change
 * log. After the deploy nothing is pending and a second deploy applies nothing. Strata's parse of
 * them equals Liquibase's.
 */
class RealChangeLogDeployTest {

    /** Jar (in the folder the build copies them to) and the change log inside it. */
    record Source(String jar, String changelog) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("camunda-engine.jar", "org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml"),
            new Source("flowable-cmmn-engine.jar", "org/flowable/cmmn/db/liquibase/flowable-cmmn-db-changelog.xml"),
            new Source("flowable-dmn-engine.jar", "org/flowable/dmn/db/liquibase/flowable-dmn-db-changelog.xml"),
            new Source("flowable-app-engine.jar", "org/flowable/app/db/liquibase/flowable-app-db-changelog.xml"),
            new Source("flowable-event-registry.jar", "org/flowable/eventregistry/db/liquibase/flowable-eventregistry-db-changelog.xml"));

    /** The jars of the Event Registry's custom change (it does nothing outside a running Flowable engine, as on a new database). */
    static final List<String> EXTENSIONS = List.of("flowable-event-registry.jar", "flowable-engine-common.jar");

    /** One table of each change log, to see that its DDL ran. */
    private static final List<String> TABLES = List.of("ACT_RU_EXECUTION", "ACT_HI_DECINST", "ACT_ID_USER",
            "ACT_CMMN_RU_CASE_INST", "ACT_DMN_DEPLOYMENT", "ACT_APP_DEPLOYMENT", "FLW_EVENT_DEPLOYMENT");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Server.class)
    void camundaAndFlowableDeployAndASecondDeployAppliesNothing(Server server) throws Exception {
        writeProject();
        try (ScratchDatabase db = TestDatabases.create(server, dir.resolve(".strata/h2"))) {
            Files.writeString(dir.resolve("Deployment Plans/plan.yaml"), "stages:\n  - name: DEV\n    type: "
                    + server.name().toLowerCase(Locale.ROOT) + "\n    url: " + db.url() + "\n    user: " + db.user() + "\n");
            StrataProject project = StrataProject.load(dir);
            Stage stage = project.stage("DEV");
            StageOperations operations = new StageOperations(project, new StageConnector(new JdbcDrivers(List.of()),
                    s -> db.password().isEmpty() ? null : db.password().toCharArray())).lockWaitMinutes(0)
                    .extensions(EXTENSIONS.stream().map(jars()::resolve).toList());

            List<ChangeSetInfo> pending = operations.status(stage, Selection.STAGE_DEFAULTS);
            assertTrue(pending.size() > 25, "pending before the deploy: " + pending.size());
            assertFalse(pending.stream().anyMatch(c -> c.id().equals("5") && c.file().contains("cmmn")),
                    "CMMN change set 5 is for MySQL only");

            List<ChangeSetInfo> applied = operations.deploy(stage, Selection.STAGE_DEFAULTS).applied();
            assertEquals(keys(pending), keys(applied), "the deploy applies what status listed, in that order");
            try (Connection connection = db.open()) {
                for (String table : TABLES) {
                    assertTrue(tableExists(connection, table), table + " was not created on " + server);
                }
            }
            List<AppliedChangeSet> history = operations.history(stage);
            assertTrue(history.stream().anyMatch(a -> "7.20.0".equals(a.tag())), "Camunda's tag 7.20.0 is recorded");

            assertEquals(List.of(), operations.status(stage, Selection.STAGE_DEFAULTS), "pending after the deploy");
            assertEquals(List.of(), operations.status(stage, Selection.STAGE_DEFAULTS), "pending after the deploy, asked again");
            assertEquals(List.of(), operations.deploy(stage, Selection.STAGE_DEFAULTS).applied(), "a second deploy");
            assertEquals(history, operations.history(stage), "DATABASECHANGELOG after a second deploy");
        }
    }

    /**
     * Strata's parse (element names resolved once per parse, {@code ChangeTypes}) and Liquibase's
     * own give the same change sets for these change logs, inside OSGi: keys, changes, rollbacks
     * and every checksum version.
     */
    @Test
    void strataParsesTheRealChangeLogsAsLiquibaseDoes() throws Exception {
        writeProject();
        StrataProject project = StrataProject.load(dir);
        LiquibaseRunner runner = new LiquibaseRunner(dir).extensions(EXTENSIONS.stream().map(jars()::resolve).toList());
        DatabaseChangeLog strata = runner.inScope(() -> new ChangeLogReader(project).read(offlineH2(), List.of(), null));
        DatabaseChangeLog liquibase = runner.inScope(() -> ChangeLogParserFactory.getInstance()
                .getParser(project.changelog(), Scope.getCurrentScope().getResourceAccessor())
                .parse(project.changelog(), new ChangeLogParameters(offlineH2()), Scope.getCurrentScope().getResourceAccessor()));
        assertTrue(liquibase.getChangeSets().size() > 30, "change sets: " + liquibase.getChangeSets().size());
        assertEquals(runner.inScope(() -> fingerprints(liquibase)), runner.inScope(() -> fingerprints(strata)));
        assertTrue(strata.getChangeSets().stream().allMatch(cs -> cs instanceof ChangeTypes.ParsedChangeSet), "Strata's parse was used");
    }

    private static Database offlineH2() throws Exception {
        return DatabaseFactory.getInstance().openDatabase("offline:h2", null, null, null, Scope.getCurrentScope().getResourceAccessor());
    }

    private static List<String> fingerprints(DatabaseChangeLog log) {
        List<String> lines = new ArrayList<>();
        for (ChangeSet cs : log.getChangeSets()) {
            StringBuilder line = new StringBuilder(cs.toString(true)).append(" dbms=").append(cs.getDbmsSet()).append(" labels=")
                    .append(cs.getLabels()).append(" contexts=").append(cs.getContextFilter());
            for (ChecksumVersion version : ChecksumVersion.values()) {
                line.append(' ').append(cs.generateCheckSum(version));
            }
            cs.getChanges().forEach(c -> line.append(" | ").append(c.getClass().getName()).append(' ').append(c.generateCheckSum()));
            cs.getRollback().getChanges().forEach(c -> line.append(" | rollback ").append(c.getClass().getName()).append(' ').append(c.generateCheckSum()));
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> keys(List<ChangeSetInfo> changeSets) {
        List<String> keys = new ArrayList<>();
        for (ChangeSetInfo changeSet : changeSets) {
            keys.add(changeSet.key());
        }
        return keys;
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A project whose master change log includes each real change log, extracted with its folder from its jar. */
    static Path jars() {
        return Path.of(System.getProperty("strata.realChangelogs", "target/real-changelogs"));
    }

    private void writeProject() throws IOException {
        Path jars = jars();
        Files.writeString(dir.resolve("strata.yaml"), "name: real\n");
        Files.createDirectories(dir.resolve("Deployment Plans"));
        StringBuilder master = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                """);
        for (Source source : SOURCES) {
            String folder = source.changelog().substring(0, source.changelog().lastIndexOf('/') + 1);
            int extracted = extract(jars.resolve(source.jar()), folder, dir.resolve("Change Log"));
            assertTrue(extracted > 0, "nothing under " + folder + " in " + source.jar());
            master.append("    <include file=\"").append(source.changelog()).append("\" relativeToChangelogFile=\"true\"/>\n");
        }
        Files.writeString(dir.resolve("Change Log/changelog.xml"), master.append("</databaseChangeLog>\n").toString());
    }

    static int extract(Path jar, String folder, Path target) throws IOException {
        int count = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith(folder) && !entry.isDirectory()) {
                    Path out = target.resolve(entry.getName());
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                    count++;
                }
            }
        }
        return count;
    }
}
