package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline the Project Navigator shows: plans with stages, change sets by file with lines. */
class ProjectOutlineTest {

    @TempDir
    Path dir;

    @Test
    void plansStagesAndChangeSetsAcrossIncludedFilesInOrder() throws Exception {
        TestProjects.write(dir, "strata.yaml", "name: outline\n");
        TestProjects.write(dir, "Deployment Plans/plan.yaml", """
                name: Main
                stages:
                  - name: DEV
                    type: h2
                    url: jdbc:h2:mem:dev
                  - name: PROD
                    reference: true
                    type: postgresql
                    host: db
                    database: shop
                """);
        TestProjects.write(dir, "Change Log/changelog.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <changeSet id="a" author="ann" labels="sprint-1">
                        <createTable tableName="T"><column name="ID" type="INT"/></createTable>
                        <addColumn tableName="T"><column name="X" type="INT"/></addColumn>
                    </changeSet>
                    <include file="more.xml" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        TestProjects.write(dir, "Change Log/more.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">

                    <changeSet id="b" author="bob" context="test">
                        <dropTable tableName="T"/>
                    </changeSet>
                </databaseChangeLog>
                """);

        ProjectOutline outline = ProjectOutline.read(dir);

        assertNull(outline.plansError());
        assertEquals(1, outline.plans().size());
        ProjectOutline.Plan plan = outline.plans().get(0);
        assertEquals("Main", plan.name());
        assertEquals("Deployment Plans/plan.yaml", plan.file());
        assertEquals(List.of("DEV", "PROD"), plan.stages().stream().map(ProjectOutline.StageItem::name).toList());
        assertEquals("h2", plan.stages().get(0).type());
        assertFalse(plan.stages().get(0).reference());
        assertTrue(plan.stages().get(1).reference());
        assertEquals(3, plan.stages().get(0).line());

        assertNull(outline.changeLogError(), outline.changeLogError());
        assertEquals("Change Log/changelog.xml", outline.changeLog());
        assertEquals(List.of("Change Log/changelog.xml", "Change Log/more.xml"),
                outline.files().stream().map(ProjectOutline.ChangeLogFile::file).toList());
        ProjectOutline.ChangeSetItem a = outline.changeSets().get(0);
        assertEquals(new ProjectOutline.ChangeSetItem("a", "ann", "sprint-1", 2, "Change Log/changelog.xml", 3, "",
                List.of("createTable tableName=T", "addColumn tableName=T")), a);
        ProjectOutline.ChangeSetItem b = outline.changeSets().get(1);
        assertEquals(new ProjectOutline.ChangeSetItem("b", "bob", "", 1, "Change Log/more.xml", 4, "test", List.of("dropTable tableName=T")), b);
        assertEquals("db", plan.stages().get(1).stage().connection().host(), "the stage itself, for the Properties view");
    }

    @Test
    void changeSetsByLabelEachLabelSortedAndTheUnlabelledLast() throws Exception {
        TestProjects.write(dir, "strata.yaml", "name: labels\n");
        TestProjects.write(dir, "Change Log/changelog.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <changeSet id="1" author="a" labels="sprint-2"><sql>select 1</sql></changeSet>
                    <changeSet id="2" author="a"><sql>select 2</sql></changeSet>
                    <changeSet id="3" author="a" labels="Hotfix, sprint-1"><sql>select 3</sql></changeSet>
                    <changeSet id="4" author="a" labels="sprint-2"><sql>select 4</sql></changeSet>
                </databaseChangeLog>
                """);

        var groups = ProjectOutline.read(dir).byLabel();

        assertEquals(List.of("hotfix", "sprint-1", "sprint-2", ProjectOutline.NO_LABEL), List.copyOf(groups.keySet()));
        assertEquals(List.of("3"), ids(groups.get("hotfix")));
        assertEquals(List.of("3"), ids(groups.get("sprint-1")));
        assertEquals(List.of("1", "4"), ids(groups.get("sprint-2")));
        assertEquals(List.of("2"), ids(groups.get(ProjectOutline.NO_LABEL)));
    }

    private static List<String> ids(List<ProjectOutline.ChangeSetItem> changeSets) {
        return changeSets.stream().map(ProjectOutline.ChangeSetItem::id).toList();
    }

    @Test
    void aChangeLogLiquibaseCannotReadGivesAMessage() throws Exception {
        TestProjects.h2Project(dir, "broken");
        TestProjects.write(dir, "Change Log/changelog.xml", "<databaseChangeLog><changeSet id=\"x\"");

        ProjectOutline outline = ProjectOutline.read(dir);

        assertEquals(1, outline.plans().size());
        assertTrue(outline.plans().get(0).stages().get(0).reference(), "the first stage is the reference when none is marked");
        assertNotNull(outline.changeLogError());
        assertTrue(outline.changeLogError().contains("changelog.xml"), outline.changeLogError());
        assertFalse(outline.changeLogError().contains("\tat "), "no stack trace: " + outline.changeLogError());
        assertTrue(outline.files().isEmpty());
    }
}
