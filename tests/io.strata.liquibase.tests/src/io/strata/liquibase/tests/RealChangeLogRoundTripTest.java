package io.strata.liquibase.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.dsl.ChangeLogConverter;
import io.strata.dsl.RoundTrip;
import io.strata.dsl.ide.DslContext;
import io.strata.dsl.ide.DslEditorServices;
import io.strata.dsl.ide.TextEdit;
import io.strata.liquibase.LiquibaseRunner;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeSet;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * The change logs of Camunda 7.20 and Flowable 6.8 (RealChangeLogDeployTest's, from their jars)
 * converted to the DSL inside OSGi, every XML file of them: each converted file gives the same
 * change sets (ids, authors, filters, every change's attributes, rollback, checksums), and the
 * whole tree in the DSL (includes pointing at the DSL files) gives the same change sets as the
 * XML tree. The DSL editor's formatter, run on every DSL file with its layout scrambled, keeps the
 * same change sets and checksums.
 */
class RealChangeLogRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void camundaAndFlowableRoundTripThroughTheDsl() throws Exception {
        // First use of the DSL in this JVM on a thread like the product's (its context class loader
        // sees no bundle): the Xtext injector is created there, and change set lines are found.
        Files.writeString(dir.resolve("lines.strata"), "// lines\nchangeSet one author=alice {\n    tagDatabase v1;\n}\n");
        int[] line = new int[1];
        Throwable[] failure = new Throwable[1];
        Thread productLike = new Thread(() -> {
            try {
                line[0] = new io.strata.liquibase.ChangeSetLines(dir).line("lines.strata", "one", "alice");
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        productLike.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        productLike.start();
        productLike.join();
        assertEquals(null, failure[0]);
        assertEquals(2, line[0]);

        Path changeLogs = dir.resolve("Change Log");
        for (RealChangeLogDeployTest.Source source : RealChangeLogDeployTest.SOURCES) {
            String folder = source.changelog().substring(0, source.changelog().lastIndexOf('/') + 1);
            RealChangeLogDeployTest.extract(RealChangeLogDeployTest.jars().resolve(source.jar()), folder, changeLogs);
        }
        List<Path> xmlFiles;
        try (Stream<Path> files = Files.walk(changeLogs)) {
            xmlFiles = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(xmlFiles.size() >= 5, "XML change logs: " + xmlFiles);

        LiquibaseRunner runner = new LiquibaseRunner(changeLogs)
                .extensions(RealChangeLogDeployTest.EXTENSIONS.stream().map(RealChangeLogDeployTest.jars()::resolve).toList());
        ChangeLogConverter converter = new ChangeLogConverter(changeLogs);
        int changeSets = 0;
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (Path xml : xmlFiles) {
            Path dsl = Path.of(xml.toString().replaceAll("\\.xml$", ".strata"));
            try {
                changeSets += runner.inScope(() -> converter.convert(xml, dsl)).changeSets();
            } catch (Exception e) {
                failures.add(changeLogs.relativize(xml) + ": " + e.getMessage());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("RealChangeLogRoundTripTest: " + xmlFiles.size() + " files, " + changeSets + " change sets converted and "
                + "checked in " + millis + " ms");
        assertEquals(List.of(), failures, "files that did not round-trip");
        assertTrue(changeSets >= 50, "change sets converted: " + changeSets);

        // The whole tree in the DSL: each master's includes point at the DSL files.
        for (Path xml : xmlFiles) {
            Path dsl = Path.of(xml.toString().replaceAll("\\.xml$", ".strata"));
            Files.writeString(dsl, Files.readString(dsl).replaceAll("(?m)^(include \"?[^\\s\";]+)\\.xml", "$1.strata"));
        }
        for (RealChangeLogDeployTest.Source source : RealChangeLogDeployTest.SOURCES) {
            String dslMaster = source.changelog().replaceAll("\\.xml$", ".strata");
            if (Files.readString(changeLogs.resolve(source.changelog())).contains("<include ")) {
                assertTrue(Files.readString(changeLogs.resolve(dslMaster)).contains(".strata"), dslMaster + " includes DSL files");
            }
            List<ChangeSet> fromXml = runner.inScope(() -> parse(changeLogs, source.changelog()));
            List<ChangeSet> fromDsl = runner.inScope(() -> parse(changeLogs, dslMaster));
            assertTrue(!fromXml.isEmpty(), source.changelog() + " has no change sets");
            assertEquals(List.of(), runner.inScope(() -> RoundTrip.differences(fromXml, fromDsl)), source.changelog());
            assertTrue(fromDsl.stream().allMatch(c -> c.getFilePath().endsWith(".strata")), "every change set is read from a DSL file");
        }

        // The DSL editor's formatter changes layout only: every DSL file, its layout scrambled and then
        // formatted, gives the same change sets with the same checksums, and formatting is idempotent.
        List<Path> dslFiles = xmlFiles.stream().map(xml -> Path.of(xml.toString().replaceAll("\\.xml$", ".strata"))).toList();
        java.util.Map<String, List<ChangeSet>> before = new java.util.LinkedHashMap<>();
        for (RealChangeLogDeployTest.Source source : RealChangeLogDeployTest.SOURCES) {
            String dslMaster = source.changelog().replaceAll("\\.xml$", ".strata");
            before.put(dslMaster, runner.inScope(() -> parse(changeLogs, dslMaster)));
        }
        int formatted = 0;
        for (Path dsl : dslFiles) {
            String messy = scramble(Files.readString(dsl));
            List<TextEdit> edits = DslEditorServices.get().parse(messy, dsl.getFileName().toString(), DslContext.none()).format();
            String text = TextEdit.apply(messy, edits);
            assertEquals(List.of(), DslEditorServices.get().parse(text, dsl.getFileName().toString(), DslContext.none()).format(),
                    dsl + " formats the same twice");
            formatted += edits.isEmpty() ? 0 : 1;
            Files.writeString(dsl, text);
        }
        assertEquals(dslFiles.size(), formatted, "every scrambled file was formatted");
        // The other editor services inside OSGi (Liquibase's change metadata and data types through its bundle).
        String text = "";
        for (Path dsl : dslFiles) {
            text = Files.readString(dsl);
            if (text.contains(" type=")) {
                break;
            }
        }
        io.strata.dsl.ide.DslDocument document = DslEditorServices.get().parse(text, "tables.strata", DslContext.none());
        assertTrue(!document.highlights().isEmpty() && !document.outline().isEmpty());
        int type = text.indexOf(" type=") + " type=".length();
        assertTrue(document.complete(type).stream().anyMatch(p -> p.label().equals("BIGINT")),
                "data types after type=");
        int change = text.indexOf("{\n", text.indexOf("changeSet ")) + 2;
        assertTrue(document.complete(change).stream().anyMatch(p -> p.label().equals("createTable")), "change types in a change set");
        for (java.util.Map.Entry<String, List<ChangeSet>> master : before.entrySet()) {
            List<ChangeSet> after = runner.inScope(() -> parse(changeLogs, master.getKey()));
            assertEquals(List.of(), runner.inScope(() -> RoundTrip.differences(master.getValue(), after)), master.getKey() + " formatted");
            assertEquals(master.getValue().stream().map(c -> c.generateCheckSum(ChecksumVersion.latest()).toString()).toList(),
                    after.stream().map(c -> c.generateCheckSum(ChecksumVersion.latest()).toString()).toList(), master.getKey() + " checksums");
        }
    }

    /** Other whitespace between the tokens of a DSL text (as many line breaks), spaces around some '='. */
    private static String scramble(String text) {
        java.util.Random random = new java.util.Random(11);
        StringBuilder out = new StringBuilder();
        for (org.eclipse.xtext.nodemodel.ILeafNode leaf : io.strata.dsl.DslReader.parse(text).getRootNode().getLeafNodes()) {
            String leafText = leaf.getText();
            if (leaf.isHidden() && leafText.isBlank()) {
                long lines = leafText.chars().filter(c -> c == '\n').count();
                out.append(lines == 0 ? " ".repeat(1 + random.nextInt(3)) : "\n".repeat((int) lines) + "\t".repeat(random.nextInt(3)));
            } else {
                out.append(leafText.equals("=") && random.nextBoolean() ? " = " : leafText);
            }
        }
        return out.toString();
    }

    private static List<ChangeSet> parse(Path root, String path) throws Exception {
        DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(root);
        return ChangeLogParserFactory.getInstance().getParser(path, accessor).parse(path, new ChangeLogParameters(), accessor).getChangeSets();
    }
}
