package io.strata.rules.ui.internal.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RulesFileNameTest {

    private static final List<String> EXISTING = List.of("IndexTooManyColumns.drl", "IndexTooManyColumns.tests");

    private static RulesFileName check(String typed) {
        return RulesFileName.check(typed, "Rules/Forecast", EXISTING);
    }

    @Test
    void theExtensionIsAddedWhenMissing() {
        assertEquals("IndexColumnLimit.drl", check("IndexColumnLimit").fileName());
        assertEquals("IndexColumnLimit.drl", check("  IndexColumnLimit.drl ").fileName());
        assertEquals("index-limit_v2.drl", check("index-limit_v2").fileName());
        assertNull(check("IndexColumnLimit").error());
    }

    @Test
    void namesThatExistAreRefusedAlsoInAnotherCase() {
        RulesFileName same = check("IndexTooManyColumns");
        assertNull(same.fileName());
        assertEquals("IndexTooManyColumns.drl already exists in Rules/Forecast; choose another name.", same.error());

        RulesFileName otherCase = check("indextoomanycolumns.drl");
        assertTrue(otherCase.error().contains("differs only in case from IndexTooManyColumns.drl"), otherCase.error());
    }

    @Test
    void invalidNamesAreRefusedWithTheReason() {
        assertTrue(check("").error().startsWith("Enter a name"), check("").error());
        assertTrue(check(".drl").error().startsWith("Enter a name"), check(".drl").error());
        assertTrue(check("Forecast/X").error().contains("without '/' or '\\'"), check("Forecast/X").error());
        assertEquals("'My Rule' cannot be a rules file name: use letters, digits, '_', '-' and '.' (no spaces), "
                + "starting with a letter or digit.", check("My Rule").error());
        assertTrue(check(".hidden").error().contains("cannot be a rules file name"), check(".hidden").error());
        assertEquals("Rule files end in .drl in lower case; Strata does not read 'X.DRL'.", check("X.DRL").error());
        assertTrue(check("a".repeat(120)).error().contains("longer than 100"), check("a".repeat(120)).error());
    }
}
