package io.strata.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/dsl.md are valid DSL, and what they say Liquibase reads. */
class DocsExampleTest {

    @TempDir
    Path dir;

    @Test
    void everyStrataBlockOfTheGuideIsValid() throws Exception {
        String guide = Files.readString(Path.of("../../docs/dsl.md"));
        Matcher block = Pattern.compile("```strata\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        int blocks = 0;
        while (block.find()) {
            String text = block.group(1);
            blocks++;
            List<DslIssue> issues = ChangeLogConverterTest.inScope(dir, () -> DslValidator.validate(text, "dsl.md"));
            assertEquals(List.of(), issues, text);
            // Without its includes, Liquibase loads it into change sets.
            Files.writeString(dir.resolve("guide.strata"), text.replaceAll("(?m)^include.*$", ""));
            assertEquals(3, ChangeLogConverterTest.parse(dir, "guide.strata").getChangeSets().size());
        }
        assertTrue(blocks > 0, "no ```strata block in docs/dsl.md");
    }
}
