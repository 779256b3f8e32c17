package io.strata.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.resource.DirectoryResourceAccessor;

/** XML -> DSL -> XML/YAML/JSON on the sample project's change log: the same change sets each time. */
class ChangeLogConverterTest {

    @TempDir
    Path dir;

    static <T> T inScope(Path dir, Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir)), work);
    }

    /** Copies src/test/resources/every (a change log with every core change type, its included files and data) into dir. */
    static void copyEvery(Path dir) throws java.io.IOException {
        Path every = Path.of("src/test/resources/every");
        try (java.util.stream.Stream<Path> files = Files.walk(every)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(every.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    static DatabaseChangeLog parse(Path dir, String file) throws Exception {
        return inScope(dir, () -> ChangeLogConverter.parse(file, new DirectoryResourceAccessor(dir)));
    }

    @Test
    void sampleChangeLogRoundTripsThroughTheDsl() throws Exception {
        Files.copy(Path.of("../../examples/strata-sample/Change Log/changelog.xml"), dir.resolve("changelog.xml"));
        ChangeLogConverter converter = new ChangeLogConverter(dir);

        ChangeLogConverter.Result toDsl = inScope(dir, () -> converter.convert(dir.resolve("changelog.xml"), dir.resolve("changelog.strata")));
        assertEquals(4, toDsl.changeSets());
        String dsl = Files.readString(dir.resolve("changelog.strata"));
        assertTrue(dsl.contains("changeSet sprint1-001-create-customer author=strata labels=sprint-1 comment=\"Customers of the shop.\" {"), dsl);
        assertTrue(dsl.contains("createTable CUSTOMER rowDependencies=false {"), dsl);
        assertTrue(dsl.contains("column ID type=BIGINT autoIncrement=true primaryKey=true primaryKeyName=PK_CUSTOMER;"), dsl);
        assertTrue(dsl.contains("column NAME type=\"VARCHAR(200)\" nullable=false;"), dsl);

        for (String format : List.of("xml", "yaml", "json")) {
            Path back = dir.resolve("back/changelog." + format);
            inScope(dir, () -> converter.convert(dir.resolve("changelog.strata"), back));
            List<ChangeSet> original = parse(dir, "changelog.xml").getChangeSets();
            List<ChangeSet> again = parse(dir, "back/changelog." + format).getChangeSets();
            assertEquals(List.of(), RoundTrip.differences(original, again), format);
        }
    }

    @Test
    void everyCoreChangeTypeAndChangeSetAttributeRoundTrips() throws Exception {
        copyEvery(dir);
        ChangeLogConverter converter = new ChangeLogConverter(dir);
        ChangeLogConverter.Result result = inScope(dir, () -> converter.convert(dir.resolve("changelog.xml"), dir.resolve("changelog.strata")));
        assertEquals(6, result.changeSets());
        assertEquals(8, result.changeSetsWithIncludes(), "with included.xml and more/001.sql");
        String dsl = Files.readString(dir.resolve("changelog.strata"));
        assertTrue(dsl.startsWith("databaseChangeLog logicalFilePath=every.xml;\n"), dsl);
        assertTrue(dsl.contains("include included.xml relativeToChangelogFile=true context=dev labels=l1;"), dsl);
        assertTrue(dsl.contains("    where \"id = :value\";"), dsl);
        assertTrue(dsl.contains("    rollback \"DELETE FROM person\";"), dsl);

        // Liquibase's serializers cannot write a change log's own preConditions nor an include's labels:
        // convert says so, with the line, and writes nothing.
        ChangeLogConverter.ConversionException e = org.junit.jupiter.api.Assertions.assertThrows(ChangeLogConverter.ConversionException.class,
                () -> inScope(dir, () -> converter.convert(dir.resolve("changelog.strata"), dir.resolve("back.xml"))));
        assertTrue(e.getMessage().contains("line 5: Liquibase's serializers cannot write a change log's own preConditions"), e.getMessage());
        String withoutPreconditions = dsl.replaceFirst("(?s)preConditions onFail=WARN \\{.*?\\}\n", "");
        Files.writeString(dir.resolve("changelog.strata"), withoutPreconditions);
        e = org.junit.jupiter.api.Assertions.assertThrows(ChangeLogConverter.ConversionException.class,
                () -> inScope(dir, () -> converter.convert(dir.resolve("changelog.strata"), dir.resolve("back.xml"))));
        assertTrue(e.getMessage().contains("Liquibase's serializers cannot write include's labels"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("back.xml")));
        // Liquibase's serializers have more gaps on this file (its XML serializer writes a change set's
        // preConditions where its schema rejects them; its YAML serializer cannot write an include's
        // context): convert reads every result back and keeps nothing that differs. docs/dsl.md lists them.
    }

    @Test
    void differencesNameTheChangeSetAndTheAttribute() throws Exception {
        Files.writeString(dir.resolve("a.strata"), """
                changeSet one author=alice { createTable t { column id type=int; } }
                """);
        Files.writeString(dir.resolve("b.strata"), """
                changeSet one author=alice { createTable t { column id type=bigint; } }
                """);
        List<String> differences = RoundTrip.differences(parse(dir, "a.strata").getChangeSets(), parse(dir, "b.strata").getChangeSets());
        assertEquals(1, differences.size(), differences.toString());
        assertTrue(differences.get(0).startsWith("change set 1 'one' by alice: expected '"), differences.get(0));
        assertTrue(differences.get(0).contains("int") && differences.get(0).contains("bigint"), differences.get(0));
    }
}
