package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built product's {@code strata} with {@code STRATA_DAEMON=on} (docs/cli.md, "The Strata
 * daemon"): the first command starts a daemon, the next ones run in it, each in its own working
 * folder (relative paths), with its own environment (a change log property from a variable) and
 * exit code; {@code strata daemon status|stop}. With the daemon off nothing is started.
 */
class DaemonTest {

    private static final Pattern PID = Pattern.compile("pid (\\d+)");

    @TempDir
    Path temp;

    private Product product;
    private Map<String, String> env;

    @AfterEach
    void stopTheDaemon() throws Exception {
        if (product == null) {
            return;
        }
        Product.Run status = product.strata(env, "daemon", "status");
        product.strata(env, "daemon", "stop");
        Matcher pid = PID.matcher(status.output());
        if (pid.find()) {
            ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void commandsRunInTheDaemonWithTheirOwnFolderEnvironmentAndExitCode() throws Exception {
        product = Product.copyInto(temp);
        // A short folder: a Unix socket's path has a limit of about 100 bytes.
        Path sockets = Files.createTempDirectory("strata-daemon-test");
        env = new HashMap<>(Map.of("DISPLAY", "", "STRATA_DAEMON_DIR", sockets.toString(), "STRATA_DAEMON_IDLE", "10m"));

        Product.Run off = product.strata(env, "--version");
        assertEquals(0, off.exitCode(), off.output());
        assertEquals(3, product.strata(env, "daemon", "status").exitCode(), "STRATA_DAEMON is off by default: no daemon started");

        env.put("STRATA_DAEMON", "on");
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        copy(product.home.resolve("samples/strata-sample"), a.resolve("p"));
        copy(product.home.resolve("samples/strata-sample"), b.resolve("p"));

        Product.Run first = product.strataIn(a, env, "status", "--project", "p");
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("4 change set(s) pending on stage DEV"), first.output());
        Product.Run status = product.strata(env, "daemon", "status");
        assertEquals(0, status.exitCode(), "the first command started a daemon: " + status.output());
        Matcher pid = PID.matcher(status.output());
        assertTrue(pid.find(), status.output());
        assertTrue(status.output().contains("1 commands run"), "the first command ran in the daemon:\n" + status.output());

        Product.Run deploy = product.strataIn(b, env, "deploy", "--project", "p", "--labels", "sprint-1");
        assertEquals(0, deploy.exitCode(), deploy.output());
        assertTrue(deploy.output().contains("Deployed 2 change set(s) to stage DEV"), deploy.output());
        Product.Run stillFour = product.strataIn(a.resolve("p"), env, "status");
        assertTrue(stillFour.output().contains("4 change set(s) pending on stage DEV"), "a's own database:\n" + stillFour.output());
        Product.Run twoLeft = product.strataIn(b.resolve("p"), env, "status");
        assertTrue(twoLeft.output().contains("2 change set(s) pending on stage DEV"), twoLeft.output());

        Product.Run converted = product.strataIn(b, env, "convert", "p/Change Log/changelog.xml", "p/Change Log/copy.strata");
        assertEquals(0, converted.exitCode(), converted.output());
        assertTrue(Files.isRegularFile(b.resolve("p/Change Log/copy.strata")), converted.output());
        assertFalse(Files.exists(a.resolve("p/Change Log/copy.strata")));

        Product.Run forecast = product.strataIn(a, env, "forecast", "--project", "p");
        assertEquals(7, forecast.exitCode(), forecast.output());
        assertTrue(forecast.output().contains("The new index [IDX_ADDRESS_ALL] contains more than 3 columns."), forecast.output());
        Product.Run unknown = product.strataIn(a, env, "frobnicate");
        assertEquals(2, unknown.exitCode(), unknown.output());
        assertTrue(unknown.output().contains("unknown command 'frobnicate'"), unknown.output());
        Product.Run notAProject = product.strataIn(temp, env, "validate");
        assertEquals(3, notAProject.exitCode(), notAProject.output());

        // Liquibase reads change log properties from the environment: the command's, not the daemon's.
        Path props = writeProjectWithAPropertyFromTheEnvironment(temp.resolve("props"));
        for (String table : new String[] { "FROM_FIRST_CLIENT", "FROM_SECOND_CLIENT" }) {
            Map<String, String> withTable = new HashMap<>(env);
            withTable.put("STRATA_DAEMON_TEST_TABLE", table);
            Product.Run sql = product.strataIn(props, withTable, "deploy", "--stage", "BENCH", "--sql");
            assertEquals(0, sql.exitCode(), sql.output());
            assertTrue(sql.output().contains("CREATE TABLE PUBLIC." + table), sql.output());
        }

        Product.Run again = product.strata(env, "daemon", "status");
        Matcher samePid = PID.matcher(again.output());
        assertTrue(samePid.find() && samePid.group(1).equals(pid.group(1)), "one daemon served them all:\n" + status.output()
                + "\n" + again.output());
        assertTrue(again.output().contains("10 commands run"), again.output());

        Product.Run stop = product.strata(env, "daemon", "stop");
        assertEquals(0, stop.exitCode(), stop.output());
        assertTrue(stop.output().contains("Stopping the Strata daemon"), stop.output());
        ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(p -> p.onExit().join());
        assertEquals(3, product.strata(env, "daemon", "status").exitCode());
        try (Stream<Path> left = Files.list(sockets)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".sock")), "the socket is gone");
        }

        // A daemon that cannot start: said at once, with its log; the command itself runs without it.
        env.put("STRATA_DAEMON_IDLE", "soon");
        Product.Run failed = product.strata(env, "daemon", "start");
        assertEquals(5, failed.exitCode(), failed.output());
        assertTrue(failed.output().contains("the Strata daemon exited while starting; see its log"), failed.output());
        Product.Run withoutIt = product.strataIn(a, env, "status", "--project", "p");
        assertEquals(0, withoutIt.exitCode(), withoutIt.output());
        assertTrue(withoutIt.output().contains("4 change set(s) pending on stage DEV"), withoutIt.output());
        try (Stream<Path> logs = Files.list(sockets)) {
            Path log = logs.filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow();
            assertTrue(Files.readString(log).contains("STRATA_DAEMON_IDLE='soon' is not a time"), Files.readString(log));
        }
    }

    private static Path writeProjectWithAPropertyFromTheEnvironment(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("Change Log"));
        Files.createDirectories(dir.resolve("Deployment Plans"));
        Files.writeString(dir.resolve("strata.yaml"), "name: props\n");
        Files.writeString(dir.resolve("Deployment Plans/plan.yaml"), """
                stages:
                  - name: BENCH
                    type: h2
                    url: jdbc:h2:file:%s/h2
                    user: sa
                """.formatted(dir));
        Files.writeString(dir.resolve("Change Log/changelog.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                  <changeSet id="1" author="test">
                    <createTable tableName="${STRATA_DAEMON_TEST_TABLE}"><column name="ID" type="INT"/></createTable>
                  </changeSet>
                </databaseChangeLog>
                """);
        return dir;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
