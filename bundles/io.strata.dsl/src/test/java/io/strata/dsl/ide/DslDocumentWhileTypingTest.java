package io.strata.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.strata.dsl.DslIssue;

/**
 * Every service on every prefix of docs/dsl.md's example, as an editor sees the text while it is
 * typed (mostly not parsing): nothing throws, regions stay inside the text, highlights stay sorted
 * and non-overlapping, proposals replace what is before the offset.
 */
class DslDocumentWhileTypingTest {

    @Test
    void everyPrefixOfTheGuidesExample() throws Exception {
        Matcher block = Pattern.compile("```strata\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("../../docs/dsl.md")));
        assertTrue(block.find());
        String example = block.group(1);
        int checked = 0;
        for (int end = 0; end <= example.length(); end += 7) {
            String text = example.substring(0, end);
            DslDocument document = DslEditorServices.get().parse(text, "typing.strata", DslContext.none());
            for (DslIssue issue : document.issues()) {
                Region region = document.region(issue);
                assertTrue(region.offset() >= 0 && region.end() <= text.length(), issue + " " + region);
            }
            List<Highlight> highlights = document.highlights();
            for (int i = 1; i < highlights.size(); i++) {
                assertTrue(highlights.get(i - 1).offset() + highlights.get(i - 1).length() <= highlights.get(i).offset(), text);
            }
            document.outline();
            document.foldingRegions();
            document.format();
            for (int offset = Math.max(0, end - 40); offset <= end; offset += 3) {
                for (Proposal proposal : document.complete(offset)) {
                    assertEquals(offset, proposal.replaceOffset() + proposal.replaceLength(), proposal.toString());
                }
                document.hover(offset);
                document.definition(offset);
                for (DslIssue issue : document.issues()) {
                    for (Fix fix : document.fixes(issue)) {
                        TextEdit.apply(text, fix.edits());
                    }
                }
                checked++;
            }
        }
        assertTrue(checked > 1000, "positions checked: " + checked);
    }
}
