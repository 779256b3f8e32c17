package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines of change sets in XML and SQL change logs, indexed when asked or ahead ({@code read}). */
class ChangeSetLinesTest {

    @TempDir
    Path dir;

    @Test
    void linesOfEachFormatWhetherIndexedAheadOrWhenAsked() throws Exception {
        TestProjects.write(dir, "Change Log/changelog.xml", ChangeLogFormatsTest.XML_HEAD + """
                    <changeSet id="1" author="a">
                        <tagDatabase tag="t1"/>
                    </changeSet>

                    <changeSet author='b' id='2'><tagDatabase tag="t2"/></changeSet>
                </databaseChangeLog>
                """);
        TestProjects.write(dir, "Change Log/more.sql", "--liquibase formatted sql\n--changeset d:s1\nSELECT 1;\n");

        ChangeSetLines ahead = new ChangeSetLines(dir).read("Change Log/changelog.xml");
        // The file is gone: the index read ahead is what answers.
        Files.move(dir.resolve("Change Log/changelog.xml"), dir.resolve("moved.xml"));
        assertEquals(5, ahead.line("Change Log/changelog.xml", "1", "a"));
        assertEquals(9, ahead.line("/Change Log/changelog.xml", "2", "b"));
        assertEquals(0, ahead.line("Change Log/changelog.xml", "3", "a"));
        Files.move(dir.resolve("moved.xml"), dir.resolve("Change Log/changelog.xml"));

        ChangeSetLines asked = new ChangeSetLines(dir);
        assertEquals(5, asked.line("Change Log/changelog.xml", "1", "a"));
        assertEquals(9, asked.line("Change Log/changelog.xml", "2", "b"));
        assertEquals(2, asked.line("Change Log/more.sql", "s1", "d"));
    }
}
