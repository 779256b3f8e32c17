package io.strata.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * A change log read with the cache of parsed files is the change log Liquibase reads alone: every
 * read here is made with the cache (first filling it, then from it) and without, and the change
 * sets are compared field by field (id, author, file, contexts, labels, dbms, flags, comments, every
 * change with all its attributes as Liquibase serializes it, rollback, preconditions, checksum, and
 * the line a finding would point at). The tests also count hits, so that they fail when the cache
 * silently stops being used, or is used for a file that changed.
 */
class ParsedChangeLogCacheTest {

    private static final String HEADER = TestProjects.XML_HEADER;
    private static final String FOOTER = TestProjects.XML_FOOTER;
    private static final String SUFFIX_PROPERTY = "strata.test.cache.suffix";

    @TempDir
    Path dir;

    @BeforeEach
    void createProject() throws IOException {
        TestProjects.h2Project(dir, "cache");
        System.setProperty(SUFFIX_PROPERTY, "A");
        TestProjects.write(dir, "Change Log/changelog.xml", HEADER + """
                    <property name="owner.table" value="OWNER_PROD" context="prod"/>
                    <property name="owner.table" value="OWNER_DEV"/>
                    <include file="tables.xml" relativeToChangelogFile="true"/>
                    <include file="test-data.xml" relativeToChangelogFile="true" context="test" labels="data"/>
                    <includeAll path="sprints" relativeToChangelogFile="true"/>
                    <changeSet id="owner" author="d" labels="sprint-3" context="!prod">
                        <comment>The owner table; its name depends on the context</comment>
                        <createTable tableName="${owner.table}" remarks="owners &amp; &lt;keepers&gt;">
                            <column name="ID" type="BIGINT" autoIncrement="true"><constraints primaryKey="true" primaryKeyName="PK_OWNER"/></column>
                            <column name="NAME_${strata.test.cache.suffix}" type="VARCHAR(50)" defaultValue="n/a"><constraints nullable="false"/></column>
                        </createTable>
                        <rollback><dropTable tableName="${owner.table}"/></rollback>
                    </changeSet>
                """ + FOOTER);
        TestProjects.write(dir, "Change Log/tables.xml", HEADER + """
                    <changeSet id="customer" author="a" labels="sprint-1">
                        <preConditions onFail="MARK_RAN"><not><tableExists tableName="CUSTOMER"/></not></preConditions>
                        <createTable tableName="CUSTOMER">
                            <column name="ID" type="INT"><constraints primaryKey="true"/></column>
                            <column name="NAME" type="VARCHAR(100)"/>
                            <column name="CODE" type="CHAR(3)" defaultValueComputed="'ABC'"/>
                        </createTable>
                        <createIndex tableName="CUSTOMER" indexName="IDX_CUSTOMER_NAME" unique="true">
                            <column name="NAME"/><column name="CODE" descending="true"/>
                        </createIndex>
                    </changeSet>
                    <changeSet id="customer-email" author="a" labels="sprint-2" context="!prod" dbms="h2,postgresql" runOnChange="true"
                            failOnError="false" runInTransaction="false">
                        <validCheckSum>ANY</validCheckSum>
                        <addColumn tableName="CUSTOMER"><column name="EMAIL" type="VARCHAR(200)" afterColumn="NAME"/></addColumn>
                        <addForeignKeyConstraint constraintName="FK_CUSTOMER_SELF" baseTableName="CUSTOMER" baseColumnNames="ID"
                            referencedTableName="CUSTOMER" referencedColumnNames="ID" onDelete="CASCADE"/>
                    </changeSet>
                    <changeSet id="stats" author="b" runAlways="true" ignore="false">
                        <sql splitStatements="true" stripComments="true">SELECT COUNT(*) FROM CUSTOMER; -- how many
                            SELECT 1</sql>
                        <modifySql dbms="h2"><append value=" -- h2"/></modifySql>
                    </changeSet>
                """ + FOOTER);
        TestProjects.write(dir, "Change Log/test-data.xml", HEADER + """
                    <changeSet id="data-1" author="c">
                        <insert tableName="CUSTOMER"><column name="ID" valueNumeric="1"/><column name="NAME" value="Ada"/></insert>
                        <update tableName="CUSTOMER"><column name="NAME" value="Ada L."/><where>ID = 1</where></update>
                    </changeSet>
                """ + FOOTER);
        TestProjects.write(dir, "Change Log/sprints/001-orders.xml", HEADER + """
                    <changeSet id="orders" author="d">
                        <createTable tableName="ORDERS"><column name="ID" type="INT"/></createTable>
                        <createSequence sequenceName="SEQ_ORDERS" startValue="100" incrementBy="5"/>
                        <renameColumn tableName="ORDERS" oldColumnName="ID" newColumnName="ORDER_ID" columnDataType="INT"/>
                    </changeSet>
                """ + FOOTER);
        TestProjects.write(dir, "Change Log/sprints/002-drop.xml", HEADER + """
                    <changeSet id="drop" author="d" labels="approved-drop">
                        <dropColumn tableName="ORDERS" columnName="ORDER_ID"/>
                    </changeSet>
                """ + FOOTER);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(SUFFIX_PROPERTY);
    }

    private static final int XML_FILES = 5;

    @Test
    void theCachedReadIsLiquibasesRead() throws Exception {
        List<String> fresh = read(null, List.of());
        ParsedChangeLogCache filling = cache();
        assertEquals(fresh, read(filling, List.of()));
        assertEquals(0, filling.hits());
        assertEquals(XML_FILES, filling.misses());
        assertEquals(XML_FILES, entries().size(), "one entry per XML file");

        ParsedChangeLogCache reading = cache();
        assertEquals(fresh, read(reading, List.of()));
        assertEquals(XML_FILES, reading.hits(), "every file from the cache");
        assertEquals(0, reading.misses());
        assertEquals(7, fresh.size(), "every change set read");
        assertTrue(fresh.stream().anyMatch(s -> s.contains("OWNER_")), String.join("\n", fresh));
        assertTrue(fresh.stream().anyMatch(s -> s.contains("NAME_A")), String.join("\n", fresh));
    }

    @Test
    void anEditedIncludedFileIsReadAgain() throws Exception {
        read(cache(), List.of());
        Path tables = dir.resolve("Change Log/tables.xml");
        Files.writeString(tables, Files.readString(tables).replace("VARCHAR(200)", "VARCHAR(250)"));
        ParsedChangeLogCache after = cache();
        List<String> cached = read(after, List.of());
        assertEquals(read(null, List.of()), cached);
        assertTrue(cached.stream().anyMatch(s -> s.contains("VARCHAR(250)")), String.join("\n", cached));
        assertEquals(1, after.misses(), "only the edited file is parsed");
        assertEquals(XML_FILES - 1, after.hits());
    }

    @Test
    void aFileAddedToAnIncludeAllFolderIsRead() throws Exception {
        read(cache(), List.of());
        TestProjects.write(dir, "Change Log/sprints/003-items.xml", HEADER + """
                    <changeSet id="items" author="e"><createTable tableName="ITEMS"><column name="ID" type="INT"/></createTable></changeSet>
                """ + FOOTER);
        ParsedChangeLogCache after = cache();
        List<String> cached = read(after, List.of());
        assertEquals(read(null, List.of()), cached);
        assertEquals(8, cached.size());
        assertTrue(cached.get(cached.size() - 2).contains("ITEMS"), "in includeAll's order: " + String.join("\n", cached));
        assertEquals(1, after.misses());
    }

    @Test
    void changedPropertiesAndContextsAreApplied() throws Exception {
        read(cache(), List.of());
        System.setProperty(SUFFIX_PROPERTY, "B");
        ParsedChangeLogCache after = cache();
        List<String> cached = read(after, List.of());
        assertEquals(read(null, List.of()), cached);
        assertTrue(cached.stream().anyMatch(s -> s.contains("NAME_B")), String.join("\n", cached));
        assertFalse(cached.stream().anyMatch(s -> s.contains("NAME_A")), String.join("\n", cached));
        assertEquals(XML_FILES, after.hits(), "properties are expanded after the parse: every file from the cache");

        List<String> dev = read(cache(), List.of("dev"));
        assertEquals(read(null, List.of("dev")), dev);
        assertTrue(dev.stream().anyMatch(s -> s.contains("OWNER_DEV")), String.join("\n", dev));
        List<String> prod = read(cache(), List.of("prod"));
        assertEquals(read(null, List.of("prod")), prod);
        assertTrue(prod.stream().anyMatch(s -> s.contains("OWNER_PROD")), String.join("\n", prod));
    }

    @Test
    void aCorruptOrForeignCacheIsIgnored() throws Exception {
        List<String> fresh = read(null, List.of());
        read(cache(), List.of());
        List<Path> entries = entries();
        Files.write(entries.get(0), new byte[] {1, 2, 3});
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), java.util.Arrays.copyOf(whole, whole.length / 2));
        whole = Files.readAllBytes(entries.get(2));
        whole[whole.length - 20] ^= 0x55; // a damaged string table or tree
        Files.write(entries.get(2), whole);
        Files.writeString(entries.get(3), "");

        ParsedChangeLogCache damaged = cache();
        assertEquals(fresh, read(damaged, List.of()));
        assertTrue(damaged.misses() >= 3, "damaged entries are parsed again: " + damaged.misses());

        ParsedChangeLogCache repaired = cache();
        assertEquals(fresh, read(repaired, List.of()));
        assertEquals(XML_FILES, repaired.hits(), "damaged entries were written again");
    }

    @Test
    void aFileWithADocumentTypeIsNotCached() throws Exception {
        TestProjects.write(dir, "Change Log/sprints/000-entity.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE databaseChangeLog [ <!ENTITY tableName "ENTITY_TABLE"> ]>
                """ + HEADER.substring(HEADER.indexOf('\n') + 1) + """
                    <changeSet id="entity" author="f"><createTable tableName="&tableName;"><column name="ID" type="INT"/></createTable></changeSet>
                """ + FOOTER);
        read(cache(), List.of());
        ParsedChangeLogCache again = cache();
        List<String> cached = read(again, List.of());
        assertEquals(read(null, List.of()), cached);
        assertTrue(cached.stream().anyMatch(s -> s.contains("ENTITY_TABLE")), String.join("\n", cached));
        assertEquals(XML_FILES, again.hits());
        assertEquals(1, again.misses());
    }

    @Test
    void theCacheKeepsItsNewestEntriesOnly() throws Exception {
        ParsedChangeLogCache cache = cache();
        String last = null;
        for (int i = 0; i < 205; i++) {
            liquibase.parser.core.ParsedNode root = new liquibase.parser.core.ParsedNode(null, "databaseChangeLog");
            root.addChild(null, "logicalFilePath", "file-" + i);
            last = ParsedChangeLogCache.key(("version " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
            cache.write(last, root);
        }
        assertEquals(200, entries().size());
        assertEquals("file-204", cache.read(last).getChildValue(null, "logicalFilePath"), "the newest entry is kept");
    }

    private ParsedChangeLogCache cache() {
        return ParsedChangeLogCache.of(dir);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(".strata").resolve(ParsedChangeLogCache.FOLDER))) {
            return files.filter(f -> f.toString().endsWith(".node")).sorted().toList();
        }
    }

    /** Every change set of the project's change log as one text of everything a forecast or a deployment uses. */
    private List<String> read(ParsedChangeLogCache cache, List<String> contexts) throws Exception {
        return TestProjects.readOffline(dir, contexts, reader -> reader.cache(cache)).described();
    }
}
