package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;

/**
 * The daemon's change log memory: an unchanged change log comes from memory (the same objects),
 * and any change to what its load depended on (an included file, an includeAll folder, a property
 * from the environment or the system, strata.yaml, the contexts, another project) gives what a
 * fresh load gives. A change log a command changed is dropped. Every read is compared with a read
 * without memory.
 */
class ChangeLogMemoryTest {

    private static final String HEADER = TestProjects.XML_HEADER;
    private static final String FOOTER = TestProjects.XML_FOOTER;
    private static final String PROPERTY = "strata.test.memory.suffix";

    @TempDir
    Path dir;
    @TempDir
    Path other;

    private ChangeLogMemory memory;

    @BeforeEach
    void createProject() throws IOException {
        System.setProperty(PROPERTY, "A");
        memory = new ChangeLogMemory(1_000);
        project(dir, "memory");
    }

    private static void project(Path dir, String name) throws IOException {
        TestProjects.h2Project(dir, name);
        TestProjects.write(dir, "Change Log/changelog.xml", HEADER + """
                    <include file="tables.xml" relativeToChangelogFile="true"/>
                    <includeAll path="sprints" relativeToChangelogFile="true"/>
                    <changeSet id="owner" author="d" context="!prod">
                        <createTable tableName="OWNER"><column name="NAME_${strata.test.memory.suffix}" type="VARCHAR(50)"/></createTable>
                    </changeSet>
                """ + FOOTER);
        TestProjects.write(dir, "Change Log/tables.xml", HEADER + """
                    <changeSet id="customer" author="a">
                        <createTable tableName="CUSTOMER"><column name="ID" type="INT"/></createTable>
                    </changeSet>
                """ + FOOTER);
        TestProjects.write(dir, "Change Log/sprints/001-orders.xml", HEADER + """
                    <changeSet id="orders" author="d"><createTable tableName="ORDERS"><column name="ID" type="INT"/></createTable></changeSet>
                """ + FOOTER);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    /** A read with the memory and one without; they must describe the same change sets. */
    private TestProjects.ReadChangeLog read(Path project, List<String> contexts) throws Exception {
        TestProjects.ReadChangeLog fresh = TestProjects.readOffline(project, contexts, reader -> reader);
        TestProjects.ReadChangeLog remembered = TestProjects.readOffline(project, contexts, reader -> reader.memory(memory));
        assertEquals(fresh.described(), remembered.described());
        return remembered;
    }

    @Test
    void anUnchangedChangeLogComesFromMemory() throws Exception {
        TestProjects.ReadChangeLog first = read(dir, List.of());
        assertEquals(3, first.described().size());
        assertEquals(0, memory.hits());
        assertEquals(1, memory.misses());
        memory.settle();
        TestProjects.ReadChangeLog second = read(dir, List.of());
        assertSame(first.changeLog(), second.changeLog(), "the change log kept");
        assertEquals(1, memory.hits());
        TestProjects.ReadChangeLog third = read(dir, List.of());
        assertSame(first.changeLog(), third.changeLog(), "also when the last use was not settled yet");
        assertEquals(2, memory.hits());
    }

    @Test
    void anEditedIncludedFileIsReadAgain() throws Exception {
        TestProjects.ReadChangeLog first = read(dir, List.of());
        TestProjects.write(dir, "Change Log/tables.xml", HEADER + """
                    <changeSet id="customer" author="a">
                        <createTable tableName="CUSTOMER"><column name="ID" type="INT"/><column name="NAME" type="VARCHAR(9)"/></createTable>
                    </changeSet>
                """ + FOOTER);
        TestProjects.ReadChangeLog second = read(dir, List.of());
        assertNotSame(first.changeLog(), second.changeLog());
        assertTrue(second.described().get(0).contains("VARCHAR(9)"), second.described().get(0));
        assertEquals(0, memory.hits());
        assertEquals(1, memory.size(), "the old load was dropped");
    }

    @Test
    void aNewFileInAnIncludeAllFolderAndANewIncludeAreSeen() throws Exception {
        read(dir, List.of());
        TestProjects.write(dir, "Change Log/sprints/002-items.xml", HEADER + """
                    <changeSet id="items" author="d"><createTable tableName="ITEMS"><column name="ID" type="INT"/></createTable></changeSet>
                """ + FOOTER);
        assertEquals(4, read(dir, List.of()).described().size());
        Files.delete(dir.resolve("Change Log/sprints/002-items.xml"));
        assertEquals(3, read(dir, List.of()).described().size());
        String master = Files.readString(dir.resolve("Change Log/changelog.xml"));
        TestProjects.write(dir, "Change Log/more.xml", HEADER + """
                    <changeSet id="more" author="e"><createTable tableName="MORE"><column name="ID" type="INT"/></createTable></changeSet>
                """ + FOOTER);
        TestProjects.write(dir, "Change Log/changelog.xml", master.replace("<includeAll", "<include file=\"more.xml\" relativeToChangelogFile=\"true\"/>\n<includeAll"));
        assertEquals(4, read(dir, List.of()).described().size());
        assertEquals(0, memory.hits());
    }

    @Test
    void propertiesStrataYamlAndContextsAreSeen() throws Exception {
        read(dir, List.of());
        System.setProperty(PROPERTY, "B");
        assertTrue(read(dir, List.of()).described().get(2).contains("NAME_B"));
        Files.writeString(dir.resolve("strata.yaml"), Files.readString(dir.resolve("strata.yaml")) + "\n# edited\n");
        read(dir, List.of());
        assertEquals(0, memory.hits());
        TestProjects.ReadChangeLog dev = read(dir, List.of("dev"));
        TestProjects.ReadChangeLog prod = read(dir, List.of("prod"));
        assertNotSame(dev.changeLog(), prod.changeLog());
        assertSame(dev.changeLog(), read(dir, List.of("dev")).changeLog());
        assertEquals(1, memory.hits());
    }

    @Test
    void twoProjectsAlternateWithTheirOwnChangeLogs() throws Exception {
        project(other, "other");
        TestProjects.write(other, "Change Log/tables.xml", HEADER + """
                    <changeSet id="supplier" author="a"><createTable tableName="SUPPLIER"><column name="ID" type="INT"/></createTable></changeSet>
                """ + FOOTER);
        for (int i = 0; i < 3; i++) {
            assertTrue(read(dir, List.of()).described().get(0).startsWith("customer|"));
            assertTrue(read(other, List.of()).described().get(0).startsWith("supplier|"));
        }
        assertEquals(4, memory.hits());
        assertEquals(2, memory.size());
    }

    @Test
    void aChangeLogACommandChangedIsDropped() throws Exception {
        TestProjects.ReadChangeLog first = read(dir, List.of());
        for (Change change : first.changeLog().getChangeSets().get(0).getChanges()) {
            ((CreateTableChange) change).setTableName("CHANGED");
        }
        memory.settle();
        assertEquals(0, memory.size(), "the changed load is not kept");
        TestProjects.ReadChangeLog second = read(dir, List.of());
        assertNotSame(first.changeLog(), second.changeLog());
        assertTrue(second.described().get(0).contains("CUSTOMER"), second.described().get(0));

        // Changed and used again before settle: checked at the next use.
        for (Change change : second.changeLog().getChangeSets().get(0).getChanges()) {
            ((CreateTableChange) change).setTableName("CHANGED");
        }
        TestProjects.ReadChangeLog third = read(dir, List.of());
        assertNotSame(second.changeLog(), third.changeLog());
        assertEquals(0, memory.hits());

        // A column deep inside a change, and a change set's comment.
        ((CreateTableChange) third.changeLog().getChangeSets().get(0).getChanges().get(0)).getColumns().get(0).setType("BIGINT");
        TestProjects.ReadChangeLog fourth = read(dir, List.of());
        assertNotSame(third.changeLog(), fourth.changeLog());
        fourth.changeLog().getChangeSets().get(1).setComments("changed");
        assertNotSame(fourth.changeLog(), read(dir, List.of()).changeLog());
        assertEquals(0, memory.hits());
    }

    @Test
    void theFingerprintCoversEveryChangeSetsContent() throws Exception {
        TestProjects.ReadChangeLog first = read(dir, List.of());
        long[] before = ChangeLogMemory.fingerprint(first.changeLog());
        assertEquals(3, before.length);
        assertTrue(Arrays.equals(before, ChangeLogMemory.fingerprint(first.changeLog())), "stable");
        ((CreateTableChange) first.changeLog().getChangeSets().get(2).getChanges().get(0)).getColumns().get(0).setName("OTHER");
        long[] after = ChangeLogMemory.fingerprint(first.changeLog());
        assertEquals(2, Arrays.mismatch(before, after), "only the changed change set differs");
    }

    @Test
    void aChangeLogLargerThanTheBoundIsNotKept() throws Exception {
        memory = new ChangeLogMemory(2);
        TestProjects.ReadChangeLog first = read(dir, List.of());
        assertEquals(0, memory.size());
        assertNotSame(first.changeLog(), read(dir, List.of()).changeLog());
        memory = new ChangeLogMemory(3);
        read(dir, List.of());
        assertEquals(1, memory.size());
        project(other, "other");
        read(other, List.of());
        assertEquals(1, memory.size(), "the older one made room");
        assertEquals(0, memory.hits());
        read(other, List.of());
        assertEquals(1, memory.hits());
    }
}
