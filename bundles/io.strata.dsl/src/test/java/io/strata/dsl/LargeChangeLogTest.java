package io.strata.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated change log of 5,000 change sets (tables, columns, indexes, keys, data, SQL):
 * converted XML -> DSL with the round trip check, and the DSL parsed again warm. Prints the
 * figures docs/performance.md records; the bounds only catch a pathological slowdown.
 */
class LargeChangeLogTest {

    static final int CHANGE_SETS = 5_000;

    @TempDir
    Path dir;

    @Test
    void fiveThousandChangeSetsConvertAndParse() throws Exception {
        String xml = xml(CHANGE_SETS);
        Files.writeString(dir.resolve("big.xml"), xml);

        long start = System.nanoTime();
        ChangeLogConverter.Result result = ChangeLogConverterTest.inScope(dir,
                () -> new ChangeLogConverter(dir).convert(dir.resolve("big.xml"), dir.resolve("big.strata")));
        long convert = (System.nanoTime() - start) / 1_000_000;
        assertEquals(CHANGE_SETS, result.changeSets());

        String dsl = Files.readString(dir.resolve("big.strata"));
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            DslReader.Result read = DslReader.read(dsl, "big.strata");
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
            assertTrue(read.ok());
            assertEquals(CHANGE_SETS, read.root().getChildren().size());
        }
        long t1 = System.nanoTime();
        int issues = ChangeLogConverterTest.inScope(dir, () -> DslValidator.validate(dsl, "big.strata")).size();
        long validate = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(0, issues);
        System.out.println("LargeChangeLogTest: " + CHANGE_SETS + " change sets (" + dsl.length() / 1024 + " KiB of DSL, "
                + xml.length() / 1024 + " KiB of XML): convert XML -> DSL with round trip " + convert + " ms; DSL parse (warm, best of 3) "
                + best + " ms; parse + validate " + validate + " ms");
        assertTrue(best < 30_000, "parse took " + best + " ms");
    }

    /** A generated XML change log of {@code changeSets} change sets (tables, columns, indexes, data, SQL with rollback). */
    static String xml(int changeSets) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                """);
        for (int i = 0; i < changeSets; i++) {
            int t = i / 5;
            xml.append("<changeSet id=\"cs-").append(i).append("\" author=\"gen\" labels=\"l").append(i % 7).append("\">\n");
            switch (i % 5) {
                case 0 -> xml.append("<createTable tableName=\"T").append(t).append("\"><column name=\"ID\" type=\"BIGINT\">"
                        + "<constraints primaryKey=\"true\" nullable=\"false\"/></column><column name=\"NAME\" type=\"VARCHAR(100)\"/></createTable>\n");
                case 1 -> xml.append("<addColumn tableName=\"T").append(t).append("\"><column name=\"CODE\" type=\"VARCHAR(10)\"/></addColumn>\n");
                case 2 -> xml.append("<createIndex tableName=\"T").append(t).append("\" indexName=\"IDX_T").append(t)
                        .append("\"><column name=\"NAME\"/><column name=\"CODE\"/></createIndex>\n");
                case 3 -> xml.append("<insert tableName=\"T").append(t).append("\"><column name=\"ID\" valueNumeric=\"1\"/>"
                        + "<column name=\"NAME\" value=\"n\"/></insert>\n");
                default -> xml.append("<sql>UPDATE T").append(t).append(" SET CODE = 'x' WHERE ID = 1</sql>\n"
                        + "<rollback><sql>UPDATE T").append(t).append(" SET CODE = NULL</sql></rollback>\n");
            }
            xml.append("</changeSet>\n");
        }
        return xml.append("</databaseChangeLog>\n").toString();
    }
}
