package io.strata.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrataProjectTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ProjectException failure(String plan) throws IOException {
        write("strata.yaml", "name: p\n");
        write("Deployment Plans/plan.yaml", plan);
        return assertThrows(ProjectException.class, () -> StrataProject.load(dir));
    }

    @Test
    void theSampleProjectLoads() throws Exception {
        Path sample = Path.of(System.getProperty("strata.examples", "../../examples"), "strata-sample");
        StrataProject project = StrataProject.load(sample);
        assertEquals("strata-sample", project.name());
        assertEquals("Change Log/changelog.xml", project.changelog());
        Stage dev = project.stage("dev");
        assertTrue(dev.reference());
        assertEquals(DatabaseType.H2, dev.connection().type());
        assertEquals("jdbc:h2:file:" + sample.toAbsolutePath().normalize() + "/.strata/h2/dev", dev.connection().jdbcUrl());
        assertEquals(List.of("dev"), dev.contexts());
    }

    @Test
    void stagesOfEveryKindMakeTheirJdbcUrls() throws Exception {
        write("strata.yaml", "name: shop\nchangelog: Change Log/master.yaml\n");
        write("Deployment Plans/pipeline.yaml", """
                name: Pipeline
                stages:
                  - name: REF
                    reference: true
                    type: postgresql
                    host: db.example.org
                    database: shop
                    user: strata
                    labels: sprint-1 or sprint-2
                  - name: TEST
                    type: oracle
                    host: orcl.example.org
                    sid: ORCL
                    user: admin
                    secret: prod/strata/test
                  - name: PROD
                    type: oracle
                    host: orcl.example.org
                    port: 1522
                    service: SHOP.example.org
                    iamAuthentication: true
                  - name: MARIA
                    type: mariadb
                    host: localhost
                    database: shop
                    properties:
                      useSsl: "true"
                  - name: MS
                    type: mssql
                    host: sql.example.org
                    database: shop
                """);
        StrataProject project = StrataProject.load(dir);
        assertEquals("Change Log/master.yaml", project.changelog());
        assertEquals("jdbc:postgresql://db.example.org:5432/shop", project.stage("REF").connection().jdbcUrl());
        assertEquals("sprint-1 or sprint-2", project.stage("REF").labels());
        assertEquals("jdbc:oracle:thin:@orcl.example.org:1521:ORCL", project.stage("TEST").connection().jdbcUrl());
        assertEquals("prod/strata/test", project.stage("TEST").secretId());
        assertEquals("jdbc:oracle:thin:@//orcl.example.org:1522/SHOP.example.org", project.stage("PROD").connection().jdbcUrl());
        assertTrue(project.stage("PROD").iamAuthentication());
        assertEquals(Map.of("useSsl", "true"), project.stage("MARIA").connection().properties());
        assertEquals("jdbc:sqlserver://sql.example.org:1433;databaseName=shop", project.stage("ms").connection().jdbcUrl());
        assertEquals("STRATA_PASSWORD_REF", project.stage("REF").passwordVariable());
        assertEquals("REF", project.plans().get(0).referenceStage().orElseThrow().name());
    }

    @Test
    void aPasswordInAPlanIsRefusedWithWhereToPutIt() throws Exception {
        ProjectException e = failure("stages:\n  - name: DEV\n    type: h2\n    database: /tmp/x\n    password: secret\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("passwords never go into project files"), e.getMessage());
        assertTrue(e.describe().contains("plan.yaml:5:"), e.describe());
    }

    @Test
    void misspelledKeysAndUnknownTypesNameTheLineAndTheChoices() throws Exception {
        ProjectException key = failure("stages:\n  - name: DEV\n    type: h2\n    databse: /tmp/x\n");
        assertEquals(4, key.line());
        assertTrue(key.getMessage().contains("unknown key 'databse'"), key.getMessage());

        ProjectException type = failure("stages:\n  - name: DEV\n    type: sybase\n");
        assertEquals(2, type.line());
        assertTrue(type.getMessage().contains("unknown type 'sybase'; use one of h2, postgresql"), type.getMessage());
    }

    @Test
    void missingConnectionPartsAndBadYamlAreExplained() throws Exception {
        ProjectException host = failure("stages:\n  - name: TEST\n    type: postgresql\n    database: shop\n");
        assertTrue(host.getMessage().contains("stage 'TEST': a PostgreSQL stage needs 'host'"), host.getMessage());

        ProjectException oracle = failure("stages:\n  - name: TEST\n    type: oracle\n    host: h\n");
        assertTrue(oracle.getMessage().contains("needs 'sid' (e.g. ORCL) or 'service'"), oracle.getMessage());

        ProjectException yaml = failure("stages:\n  - name: DEV\n   type: h2\n  bad indent: [\n");
        assertTrue(yaml.getMessage().startsWith("not valid YAML"), yaml.getMessage());
        assertTrue(yaml.line() > 0);

        ProjectException port = failure("stages:\n  - name: T\n    type: postgresql\n    host: h\n    database: d\n    port: 99999\n");
        assertEquals(6, port.line());
    }

    @Test
    void duplicateStagesAndUnknownStageNamesAreExplained() throws Exception {
        ProjectException twice = failure("stages:\n  - name: DEV\n    type: h2\n    database: /a\n  - name: dev\n    type: h2\n    database: /b\n");
        assertTrue(twice.getMessage().contains("two stages are named 'dev' (the other is on line 2)"), twice.getMessage());

        write("Deployment Plans/plan.yaml", "stages:\n  - name: DEV\n    type: h2\n    database: /a\n");
        StrataProject project = StrataProject.load(dir);
        ProjectException unknown = assertThrows(ProjectException.class, () -> project.stage("PROD"));
        assertTrue(unknown.getMessage().contains("no stage 'PROD'; stages: DEV"), unknown.getMessage());
    }

    @Test
    void aFolderWithoutProjectFileIsNotAProject() {
        ProjectException e = assertThrows(ProjectException.class, () -> StrataProject.load(dir));
        assertTrue(e.getMessage().contains("is not a Strata project"), e.getMessage());
    }
}
