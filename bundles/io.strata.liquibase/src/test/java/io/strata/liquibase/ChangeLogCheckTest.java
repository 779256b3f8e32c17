package io.strata.liquibase;

import static io.strata.liquibase.ChangeLogFormatsTest.XML_HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log check behind the IDE's change log markers: each problem at its file and line. */
class ChangeLogCheckTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        TestProjects.h2Project(dir, "check");
    }

    @Test
    void aValidChangeLogHasNoProblems() throws Exception {
        TestProjects.write(dir, "Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="1" author="x"><createTable tableName="T"><column name="ID" type="INT"/></createTable></changeSet>
                </databaseChangeLog>
                """);
        assertEquals(List.of(), ChangeLogCheck.check(dir));
    }

    @Test
    void aMisspeltChangeIsAtItsLineWithTheElementItIsClosestTo() throws Exception {
        TestProjects.write(dir, "Change Log/changelog.xml", XML_HEAD + """
                    <include file="tables.xml" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        TestProjects.write(dir, "Change Log/tables.xml", XML_HEAD + """
                    <changeSet id="1" author="x">
                        <createTabel tableName="T">
                            <column name="ID" type="INT"/>
                        </createTabel>
                    </changeSet>
                </databaseChangeLog>
                """);
        List<ChangeLogProblem> problems = ChangeLogCheck.check(dir);
        assertEquals(1, problems.size(), problems.toString());
        ChangeLogProblem problem = problems.get(0);
        assertEquals(ChangeLogProblem.UNKNOWN_ELEMENT, problem.code());
        assertEquals("Change Log/tables.xml", problem.file());
        assertEquals(6, problem.line(), problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
        assertEquals("createTabel", problem.found());
        assertEquals("createTable", problem.suggestion());
        assertTrue(problem.message().contains("Did you mean <createTable>?") && problem.message().length() < 200, problem.message());
    }

    @Test
    void duplicateIdsAndChangesWithoutTheirAttributesAreAtTheirChangeSets() throws Exception {
        TestProjects.write(dir, "Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="1" author="x"><createTable tableName="T"><column name="ID" type="INT"/></createTable></changeSet>
                    <changeSet id="2" author="x">
                        <createTable tableName="W"/>
                    </changeSet>
                    <changeSet id="1" author="x"><createTable tableName="U"><column name="ID" type="INT"/></createTable></changeSet>
                    <changeSet id="1" author="y"><createTable tableName="V"><column name="ID" type="INT"/></createTable></changeSet>
                </databaseChangeLog>
                """);
        List<ChangeLogProblem> problems = ChangeLogCheck.check(dir);
        assertEquals(2, problems.size(), problems.toString());
        ChangeLogProblem duplicate = problems.stream().filter(p -> p.code().equals(ChangeLogProblem.DUPLICATE_CHANGE_SET)).findFirst().orElseThrow();
        assertEquals(9, duplicate.line(), duplicate.toString());
        assertTrue(duplicate.message().contains("already used at line 5"), duplicate.message());
        ChangeLogProblem invalid = problems.stream().filter(p -> p.code().equals(ChangeLogProblem.INVALID_CHANGE)).findFirst().orElseThrow();
        assertEquals(6, invalid.line(), invalid.toString());
        assertEquals("2", invalid.changeSetId());
        assertTrue(invalid.message().contains("createTable") && invalid.message().contains("columns"), invalid.message());
    }

    @Test
    void xmlThatIsNotWellFormedIsAtTheParsersLine() throws Exception {
        TestProjects.write(dir, "Change Log/changelog.xml", XML_HEAD + """
                    <changeSet id="1" author="x">
                        <createTable tableName="T"><column name="ID" type="INT"/></createTable>
                </databaseChangeLog>
                """);
        List<ChangeLogProblem> problems = ChangeLogCheck.check(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ChangeLogProblem.NOT_VALID_XML, problems.get(0).code());
        assertEquals("Change Log/changelog.xml", problems.get(0).file());
        assertEquals(7, problems.get(0).line(), problems.get(0).toString());
        assertTrue(problems.get(0).message().contains("</changeSet>"), problems.get(0).message());
    }
}
