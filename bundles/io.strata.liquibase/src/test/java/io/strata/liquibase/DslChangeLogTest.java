package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.connection.JdbcDrivers;
import io.strata.connection.StageConnector;
import io.strata.core.project.Credentials;
import io.strata.core.project.StrataProject;

/** Liquibase reads DSL change logs (.strata) like XML ones: deploy, includes in both directions, lines. */
class DslChangeLogTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private StageOperations project(String changelog) throws Exception {
        write("strata.yaml", "name: dsl\nchangelog: " + changelog + "\n");
        write("Deployment Plans/plan.yaml", "stages:\n  - name: DEV\n    type: h2\n    url: jdbc:h2:file:${project.dir}/.strata/h2/dev\n    user: sa\n");
        StrataProject project = StrataProject.load(dir);
        return new StageOperations(project, new StageConnector(new JdbcDrivers(List.of()), Credentials.NONE)).lockWaitMinutes(0);
    }

    @Test
    void dslMasterIncludesXmlAndXmlIncludesDsl() throws Exception {
        write("Change Log/changelog.strata", """
                property nameType value="VARCHAR(120)";

                changeSet customer author=alice labels=sprint-1 comment="Customers" {
                    createTable CUSTOMER {
                        column ID type=INT { constraints primaryKey=true; }
                        column NAME type="${nameType}" { constraints nullable=false; }
                    }
                    rollback { dropTable CUSTOMER; }
                }

                include "orders.xml" relativeToChangelogFile=true;

                changeSet pg-only author=alice dbms=postgresql {
                    sql "CREATE TABLE PG_ONLY (ID INT)";
                }
                """);
        write("Change Log/orders.xml", ChangeLogFormatsTest.XML_HEAD + """
                    <changeSet id="orders" author="bob">
                        <createTable tableName="ORDERS"><column name="ID" type="INT"/><column name="CUSTOMER_ID" type="INT"/></createTable>
                    </changeSet>
                    <include file="index.strata" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        write("Change Log/index.strata", """
                changeSet orders-index author=carol {
                    createIndex IDX_ORDERS_CUSTOMER tableName=ORDERS { column CUSTOMER_ID; }
                }
                """);
        StageOperations operations = project("Change Log/changelog.strata");
        StrataProject project = StrataProject.load(dir);

        List<String> applied = operations.deploy(project.stage("DEV"), Selection.STAGE_DEFAULTS).applied().stream().map(ChangeSetInfo::id).toList();
        assertEquals(List.of("customer", "orders", "orders-index"), applied, "pg-only is filtered by dbms");
        assertEquals("Customers", ChangeLogReader.readAll(project).getChangeSets().get(0).getComments());

        ChangeSetLines lines = new ChangeSetLines(dir);
        assertEquals(3, lines.line("Change Log/changelog.strata", "customer", "alice"));
        assertEquals(13, lines.line("Change Log/changelog.strata", "pg-only", "alice"));
        assertEquals(1, lines.line("Change Log/index.strata", "orders-index", "carol"));
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
        write("Change Log/changelog.strata", """
                changeSet one author=alice {
                    createTable T { column ID type=INT }
                }
                """);
        StrataProject project = StrataProject.load(dirWith("Change Log/changelog.strata"));
        OperationException e = assertThrows(OperationException.class, () -> ChangeLogReader.readAll(project));
        assertEquals(OperationException.Kind.CHANGELOG, e.kind());
        assertTrue(e.getMessage().contains("Change Log/changelog.strata:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("end each element with ';' or a block"), e.getMessage());
    }

    private Path dirWith(String changelog) throws IOException {
        write("strata.yaml", "name: dsl\nchangelog: " + changelog + "\n");
        return dir;
    }
}
