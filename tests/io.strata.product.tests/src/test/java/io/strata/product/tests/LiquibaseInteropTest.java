package io.strata.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed Strata CLI and the real Liquibase 4.33.0 CLI (its own JVM) on one change log: what
 * one deploys, the other sees as deployed, with the same DATABASECHANGELOG rows and checksums. On
 * H2 (a file database) and on the tests' PostgreSQL server (scratch databases).
 *
 * <p>Each test deploys into two fresh databases: A with {@code strata deploy}, then Liquibase
 * {@code status --verbose} and {@code update} must find nothing to do and leave A's rows as they
 * are; B with Liquibase {@code update}, then {@code strata status} and {@code strata deploy} must find
 * nothing to do. Then A's and B's rows must be the same. A checksum either side computes differently
 * fails the other side's validation (both validate recorded checksums before they run anything).
 */
class LiquibaseInteropTest {

    /** createTable, addColumn, createIndex, addForeignKeyConstraint, insert, and sql with a rollback. */
    static final String CHANGE_SETS = """
              <changeSet id="1-customer" author="interop">
                <createTable tableName="customer">
                  <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                  <column name="name" type="varchar(100)"><constraints nullable="false"/></column>
                </createTable>
              </changeSet>
              <changeSet id="2-customer-email" author="interop">
                <addColumn tableName="customer">
                  <column name="email" type="varchar(200)"/>
                </addColumn>
              </changeSet>
              <changeSet id="3-customer-email-index" author="interop">
                <createIndex tableName="customer" indexName="ix_customer_email">
                  <column name="email"/>
                </createIndex>
              </changeSet>
              <changeSet id="4-orders" author="interop">
                <createTable tableName="orders">
                  <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                  <column name="customer_id" type="int"><constraints nullable="false"/></column>
                </createTable>
                <addForeignKeyConstraint baseTableName="orders" baseColumnNames="customer_id"
                    constraintName="fk_orders_customer" referencedTableName="customer" referencedColumnNames="id"/>
              </changeSet>
              <changeSet id="5-seed-customer" author="interop">
                <insert tableName="customer">
                  <column name="id" valueNumeric="1"/>
                  <column name="name" value="Ada"/>
                  <column name="email" value="ada@example.org"/>
                </insert>
              </changeSet>
              <changeSet id="6-customer-names-view" author="interop">
                <sql>CREATE VIEW customer_names AS SELECT name FROM customer</sql>
                <rollback>
                  <sql>DROP VIEW customer_names</sql>
                </rollback>
              </changeSet>
            """;

    static final List<String> IDS = List.of("1-customer", "2-customer-email", "3-customer-email-index", "4-orders",
            "5-seed-customer", "6-customer-names-view");

    @TempDir
    static Path temp;

    static Product product;

    @BeforeAll
    static void installProduct() throws Exception {
        product = Product.copyInto(temp);
        TestProject.installPostgresDriver(product);
    }

    /** A database both tools reach: a JDBC URL, user and password, and a way for the test to open it. */
    private interface Db {
        String url();

        Connection connect() throws SQLException;
    }

    @Test
    void strataAndLiquibaseAgreeOnH2() throws Exception {
        record H2(String url) implements Db {
            @Override
            public Connection connect() throws SQLException {
                Properties p = new Properties();
                p.setProperty("user", "sa");
                p.setProperty("password", "");
                return DriverManager.getConnection(url, p);
            }
        }
        agree("h2", new H2("jdbc:h2:file:" + temp.resolve("h2-a/db")), new H2("jdbc:h2:file:" + temp.resolve("h2-b/db")),
                "sa", "");
    }

    @Test
    void strataAndLiquibaseAgreeOnPostgreSql() throws Exception {
        record Pg(PostgresScratch db) implements Db {
            @Override
            public String url() {
                return db.url;
            }

            @Override
            public Connection connect() throws SQLException {
                return db.connect();
            }
        }
        PostgresScratch.env("STRATA_TEST_PG_URL");
        try (PostgresScratch a = PostgresScratch.create(); PostgresScratch b = PostgresScratch.create()) {
            agree("postgresql", new Pg(a), new Pg(b), a.user, a.password);
        }
    }

    private void agree(String type, Db a, Db b, String user, String password) throws Exception {
        String stage = type.equals("h2") ? "H2" : "PG";
        Map<String, String> env = Map.of("STRATA_PASSWORD_" + stage, password);

        // a. Strata deploys; Liquibase finds nothing to do and leaves Strata's rows alone.
        Path projectA = TestProject.write(temp.resolve(type + "-project-a"), stage, type, a.url(), user, CHANGE_SETS);
        Product.Run deploy = product.strata(env, "deploy", "--quick", "--project", projectA.toString());
        assertEquals(0, deploy.exitCode(), deploy.output());
        assertTrue(deploy.output().contains("Deployed 6 change set(s) to stage " + stage), deploy.output());
        List<ChangeLogTable.Row> strataRows;
        try (Connection c = a.connect()) {
            strataRows = ChangeLogTable.rows(c);
        }
        assertEquals(IDS, strataRows.stream().map(ChangeLogTable.Row::id).toList(), strataRows.toString());
        for (ChangeLogTable.Row row : strataRows) {
            assertEquals("interop", row.author(), row.toString());
            assertEquals(TestProject.CHANGELOG, row.filename(), row.toString());
            assertEquals("EXECUTED", row.execType(), row.toString());
            assertTrue(row.md5sum() != null && row.md5sum().matches("9:[0-9a-f]{32}"), row.toString());
            assertEquals("4.33.0", row.liquibase(), row.toString());
        }

        Product.Run status = LiquibaseCli.run(projectA, a.url(), user, password, "status", "--verbose");
        assertEquals(0, status.exitCode(), status.output());
        assertTrue(status.output().contains(" is up to date"), status.output());
        assertFalse(status.output().contains("have not been applied"), status.output());

        Product.Run update = LiquibaseCli.run(projectA, a.url(), user, password, "update");
        assertEquals(0, update.exitCode(), update.output());
        assertTrue(update.output().contains("Database is up to date, no changesets to execute"), update.output());
        assertTrue(update.output().matches("(?s).*\\bRun:\\s+0\\s.*Previously run:\\s+6\\s.*"), update.output());
        try (Connection c = a.connect()) {
            // all columns, dates and deployment ids included: Liquibase rewrote nothing
            assertEquals(strataRows, ChangeLogTable.rows(c));
            assertSchema(c);
        }

        // b. Liquibase deploys; Strata finds nothing to do.
        Path projectB = TestProject.write(temp.resolve(type + "-project-b"), stage, type, b.url(), user, CHANGE_SETS);
        Product.Run liquibaseUpdate = LiquibaseCli.run(projectB, b.url(), user, password, "update");
        assertEquals(0, liquibaseUpdate.exitCode(), liquibaseUpdate.output());
        assertTrue(liquibaseUpdate.output().matches("(?s).*\\bRun:\\s+6\\s.*"), liquibaseUpdate.output());
        List<ChangeLogTable.Row> liquibaseRows;
        try (Connection c = b.connect()) {
            liquibaseRows = ChangeLogTable.rows(c);
        }

        Product.Run strataStatus = product.strata(env, "status", "--project", projectB.toString());
        assertEquals(0, strataStatus.exitCode(), strataStatus.output());
        assertTrue(strataStatus.output().contains("Stage " + stage + " is up to date: no pending change sets."),
                strataStatus.output());

        Product.Run strataDeploy = product.strata(env, "deploy", "--quick", "--project", projectB.toString());
        assertEquals(0, strataDeploy.exitCode(), strataDeploy.output());
        assertTrue(strataDeploy.output().contains("Deployed 0 change set(s) to stage " + stage), strataDeploy.output());
        try (Connection c = b.connect()) {
            assertEquals(liquibaseRows, ChangeLogTable.rows(c));
            assertSchema(c);
        }

        // The same rows whichever tool deployed: ID, AUTHOR, FILENAME, MD5SUM, EXECTYPE, order,
        // DESCRIPTION, LIQUIBASE.
        assertEquals(ChangeLogTable.identities(strataRows), ChangeLogTable.identities(liquibaseRows));
    }

    /** What the change log built, read without either tool. */
    private static void assertSchema(Connection c) throws SQLException {
        assertEquals(1, ChangeLogTable.count(c, "SELECT COUNT(*) FROM customer WHERE email = 'ada@example.org'"));
        assertEquals(1, ChangeLogTable.count(c, "SELECT COUNT(*) FROM customer_names"));
        assertEquals(0, ChangeLogTable.count(c, "SELECT COUNT(*) FROM orders"));
        boolean index = false;
        try (var r = c.getMetaData().getIndexInfo(null, null, c.getMetaData().storesUpperCaseIdentifiers() ? "CUSTOMER" : "customer",
                false, false)) {
            while (r.next()) {
                index |= "ix_customer_email".equalsIgnoreCase(r.getString("INDEX_NAME"));
            }
        }
        assertTrue(index, "index ix_customer_email");
        boolean fk = false;
        try (var r = c.getMetaData().getImportedKeys(null, null, c.getMetaData().storesUpperCaseIdentifiers() ? "ORDERS" : "orders")) {
            while (r.next()) {
                fk |= "fk_orders_customer".equalsIgnoreCase(r.getString("FK_NAME"));
            }
        }
        assertTrue(fk, "foreign key fk_orders_customer");
    }
}
