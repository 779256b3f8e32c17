package io.strata.rules.ui.internal.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.core.RulesPhase;
import io.strata.forecast.ForecastRules;
import io.strata.rules.RulesCheck;

/** The new file of each phase compiles as it is created, and once its example rule is used. */
class RulesFileTemplateTest {

    @TempDir
    Path project;

    @Test
    void thePackageIsTheFilesOwn() {
        assertEquals("io.strata.rules.forecast.indexcolumnlimit",
                RulesFileTemplate.packageName(RulesPhase.FORECAST, "IndexColumnLimit.drl"));
        assertEquals("io.strata.rules.sqlrules.rules_2fast", RulesFileTemplate.packageName(RulesPhase.SQL_RULES, "2-fast.drl"));
        assertEquals("io.strata.rules.preforecast.new_rules", RulesFileTemplate.packageName(RulesPhase.PRE_FORECAST, "New.drl"));
    }

    @Test
    void everyPhasesTemplateCompilesAsCreatedAndWithItsExample() throws Exception {
        for (RulesPhase phase : RulesPhase.values()) {
            Path folder = Files.createDirectories(phase.in(project));
            String text = RulesFileTemplate.text(phase, "Created.drl");
            assertTrue(text.contains("// rule \""), "the example is commented out: " + text);
            for (String type : RulesFileTemplate.imports(phase)) {
                assertTrue(text.contains("import " + type + ";\n"), type + " is imported: " + text);
            }
            Files.writeString(folder.resolve("Created.drl"), text);
            Files.writeString(folder.resolve("Used.drl"), "package " + RulesFileTemplate.packageName(phase, "Used.drl")
                    + "\n" + text.substring(text.indexOf("\nimport")).replaceAll("(?m)^// (?=[ r}ie$])", ""));
        }
        RulesCheck check = ForecastRules.check(project);
        assertEquals(8, check.files());
        assertTrue(check.ok(), "the templates compile: " + check.problems());
        for (RulesPhase phase : RulesPhase.values()) {
            String used = Files.readString(phase.in(project).resolve("Used.drl"));
            assertTrue(used.contains("\nrule \"") && used.contains("\nend"), "the example is active: " + used);
        }
    }
}
