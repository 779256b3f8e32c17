package io.strata.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.dsl.ide.DslContext;
import io.strata.dsl.ide.DslDocument;
import io.strata.dsl.ide.DslEditorServices;
import io.strata.dsl.ide.TextEdit;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeSet.ValidationFailOption;
import liquibase.ChecksumVersion;

/**
 * The formatter of io.strata.dsl.ide changes layout only: change logs converted to the DSL (every
 * core change type; 5,000 generated change sets), their layout scrambled, then formatted, give
 * Liquibase the same change sets with the same checksums, and formatting again changes nothing.
 */
class DslFormatterTest {

    @TempDir
    Path dir;

    /** The text with every run of whitespace between tokens replaced by other whitespace (as many line breaks, other spaces), and spaces around '='. */
    static String scramble(String text, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        for (ILeafNode leaf : DslReader.parse(text).getRootNode().getLeafNodes()) {
            String leafText = leaf.getText();
            if (leaf.isHidden() && leafText.isBlank()) {
                long lines = leafText.chars().filter(c -> c == '\n').count();
                out.append(lines == 0 ? " ".repeat(1 + random.nextInt(3)) : "\n".repeat((int) lines) + "\t ".repeat(random.nextInt(4)));
            } else if (leafText.equals("=")) {
                out.append(random.nextBoolean() ? " = " : "=");
            } else {
                out.append(leafText);
            }
        }
        return out.toString();
    }

    static String format(String text) {
        DslDocument document = DslEditorServices.get().parse(text, "x.strata", DslContext.none());
        return TextEdit.apply(text, document.format());
    }

    private void sameChangeSets(String dsl, Path root) throws Exception {
        String messy = scramble(dsl, 42);
        String formatted = format(messy);
        assertFalse(messy.equals(formatted), "the scrambled text is formatted");
        assertEquals(formatted, format(formatted), "formatting is idempotent");
        Files.writeString(root.resolve("original.strata"), dsl);
        Files.writeString(root.resolve("formatted.strata"), formatted);
        List<ChangeSet> before = ChangeLogConverterTest.parse(root, "original.strata").getChangeSets();
        List<ChangeSet> after = ChangeLogConverterTest.parse(root, "formatted.strata").getChangeSets();
        assertEquals(List.of(), ChangeLogConverterTest.inScope(root, () -> RoundTrip.differences(before, after)));
        assertEquals(checksums(before), checksums(after));
        assertEquals(before.size(), after.size());
    }

    private static List<String> checksums(List<ChangeSet> changeSets) {
        return changeSets.stream().map(c -> c.getId() + " " + c.generateCheckSum(ChecksumVersion.latest())).toList();
    }

    @Test
    void everyChangeTypeReadsTheSameAfterFormatting() throws Exception {
        ChangeLogConverterTest.copyEvery(dir);
        ChangeLogConverterTest.inScope(dir, () -> new ChangeLogConverter(dir).convert(dir.resolve("changelog.xml"), dir.resolve("every.strata")));
        String dsl = Files.readString(dir.resolve("every.strata")).replace("logicalFilePath=every.xml", "logicalFilePath=x.xml");
        sameChangeSets(dsl, dir);
    }

    @Test
    void fiveThousandChangeSetsReadTheSameAfterFormatting() throws Exception {
        Files.writeString(dir.resolve("big.xml"), LargeChangeLogTest.xml(LargeChangeLogTest.CHANGE_SETS));
        ChangeLogConverterTest.inScope(dir, () -> new ChangeLogConverter(dir).convert(dir.resolve("big.xml"), dir.resolve("big.strata")));
        sameChangeSets(Files.readString(dir.resolve("big.strata")), dir);
    }
}
