package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines of change sets in every change log format, indexed when asked or ahead ({@code read}): the line a finding, a
 * marker or a report sends the user to is the line where the change set starts.
 */
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

    @Test
    void formattedSqlPointsAtTheChangesetLineWhateverPrecedesIt() throws Exception {
        TestProjects.write(dir, "c.sql", String.join("\n",
                "--liquibase formatted sql",                 // 1
                "",                                          // 2
                "--changeset alice:one",                     // 3
                "CREATE TABLE A (ID INT);",                  // 4
                "",                                          // 5
                "",                                          // 6
                "   -- changeset  bob:two runOnChange:true", // 7
                "CREATE TABLE B (ID INT); --changeset x:not-a-change-set",
                "\t",                                        // 9
                "--changeset John Doe:\"three\"",             // 10
                "SELECT 1;",                                 // 11
                "",                                          // 12
                "--ChangeSet \"carol c\":four",               // 13
                "SELECT 1;"));
        ChangeSetLines lines = new ChangeSetLines(dir);
        assertEquals(3, lines.line("c.sql", "one", "alice"));
        assertEquals(7, lines.line("c.sql", "two", "bob"));
        assertEquals(10, lines.line("c.sql", "three", "John Doe"));
        assertEquals(13, lines.line("c.sql", "four", "carol c"));
        assertEquals(0, lines.line("c.sql", "not-a-change-set", "x"));

        TestProjects.write(dir, "crlf.sql", "--liquibase formatted sql\r\n\r\n--changeset alice:one\r\nSELECT 1;\r\n\r\n--changeset alice:two\r\n");
        assertEquals(List.of(3), lines.lines("crlf.sql", "one", "alice"));
        assertEquals(6, lines.line("crlf.sql", "two", "alice"));
    }

    @Test
    void yamlPointsAtTheChangeSetKeyWhateverTheCommentsBlankLinesListsAndKeyOrder() throws Exception {
        TestProjects.write(dir, "c.yaml", """
                # The change log
                databaseChangeLog:

                  # first
                  - changeSet:
                      id: one
                      author: alice
                      changes:
                        - createTable:
                            tableName: A
                            columns:
                              - column: {name: id, type: INT}
                  - property: {name: x, value: y}


                  -   changeSet:   # comment after the key
                        author: bob

                        # the id comes after the author
                        id: "two"
                        changes:
                          - sql:
                              sql: |
                                -- id: three
                                SELECT 1
                  - changeSet: {id: 'three', author: carol, changes: [{tagDatabase: {tag: t}}]}
                  -
                    changeSet:
                      id: 4
                      author: dave
                      comment: "id: five"
                """);
        ChangeSetLines lines = new ChangeSetLines(dir);
        assertEquals(5, lines.line("c.yaml", "one", "alice"));
        assertEquals(16, lines.line("c.yaml", "two", "bob"));
        assertEquals(List.of(26), lines.lines("c.yaml", "three", "carol"), "an id in SQL text is not a change set");
        assertEquals(28, lines.line("c.yaml", "4", "dave"));
        assertEquals(0, lines.line("c.yaml", "five", null));
        assertEquals(5, lines.line("c.yaml", "one", "nobody"), "an author not found falls back to the id");
    }

    @Test
    void jsonPointsAtTheChangeSetKeyPrettyOrCompact() throws Exception {
        TestProjects.write(dir, "c.json", """
                {
                  "databaseChangeLog": [

                    {
                      "changeSet": {
                        "author": "alice",
                        "id": "one",
                        "changes": [ { "sql": { "sql": "SELECT 1 -- \\"id\\": \\"x\\"" } } ]
                      }
                    },
                    { "changeSet": { "id": "two", "author": "bob", "changes": [ { "tagDatabase": { "tag": "t" } } ] } },
                    {
                      "changeSet":
                      {
                          "id": 3, "author": "carol"
                      }
                    }
                  ]
                }
                """);
        ChangeSetLines lines = new ChangeSetLines(dir);
        assertEquals(5, lines.line("c.json", "one", "alice"));
        assertEquals(11, lines.line("c.json", "two", "bob"));
        assertEquals(13, lines.line("c.json", "3", "carol"));
        assertEquals(0, lines.line("c.json", "x", null));
    }

    @Test
    void xmlPointsAtTheChangeSetTagWithAttributesOnSeveralLinesAndNotIntoComments() throws Exception {
        TestProjects.write(dir, "c.xml", ChangeLogFormatsTest.XML_HEAD + """
                    <!-- <changeSet id="one" author="alice"> an old draft </changeSet> -->

                    <changeSet
                        id="one"
                        author="alice">
                        <sql><![CDATA[
                <changeSet id="two" author="bob">
                ]]></sql>
                    </changeSet>
                    <!--
                    <changeSet id="two" author="bob"/>
                    -->
                    <changeSet author="bob"
                               id="two"
                               context="dev"><tagDatabase tag="t"/></changeSet>
                </databaseChangeLog>
                """);
        ChangeSetLines lines = new ChangeSetLines(dir);
        assertEquals(List.of(7), lines.lines("c.xml", "one", "alice"));
        assertEquals(List.of(17), lines.lines("c.xml", "two", "bob"));
    }

    @Test
    void dslPointsAtTheChangeSetKeywordAfterCommentsAndBlankLines() throws Exception {
        TestProjects.write(dir, "c.strata", """
                // People

                changeSet one author=alice {
                    tagDatabase tag=t1;
                }


                /* a block
                   comment */
                changeSet two author=bob {
                    tagDatabase tag=t2;
                }
                """);
        ChangeSetLines lines = new ChangeSetLines(dir);
        assertEquals(3, lines.line("c.strata", "one", "alice"));
        assertEquals(10, lines.line("c.strata", "two", "bob"));
    }
}
