package io.strata.dsl.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.dsl.ide.Fix;
import io.strata.dsl.ide.TextEdit;

/** Quick fixes stored on a marker: read back as written, and recognised as stale when the text changed. */
class FixCodecTest {

    private static final String TEXT = "changeSet 1 author=a {\n    addColumn CUSTOMR { column x:y type=INT; }\n}\n";

    @Test
    void fixesComeBackAsTheyWereWrittenWhateverCharactersTheyHold() {
        int at = TEXT.indexOf("CUSTOMR");
        List<Fix> fixes = List.of(new Fix("Change 'CUSTOMR' to 'CUSTOMER'", List.of(new TextEdit(at, 7, "CUSTOMER"))),
                new Fix("odd: 12:3 \"quoted\"\n;", List.of(new TextEdit(0, 0, "// 3:x\n"), new TextEdit(at, 7, ""))));

        List<FixCodec.StoredFix> read = FixCodec.decode(FixCodec.encode(fixes, TEXT));

        assertEquals(2, read.size());
        assertEquals("Change 'CUSTOMR' to 'CUSTOMER'", read.get(0).label());
        assertEquals(List.of(new FixCodec.StoredEdit(at, 7, "CUSTOMR", "CUSTOMER")), read.get(0).edits());
        assertEquals("odd: 12:3 \"quoted\"\n;", read.get(1).label());
        assertEquals(List.of(new TextEdit(0, 0, "// 3:x\n"), new TextEdit(at, 7, "")), read.get(1).textEdits());
    }

    @Test
    void aFixAppliesOnlyWhileTheTextStillHoldsWhatItReplaces() {
        int at = TEXT.indexOf("CUSTOMR");
        FixCodec.StoredFix fix = FixCodec.decode(FixCodec.encode(List.of(new Fix("f", List.of(new TextEdit(at, 7, "CUSTOMER")))), TEXT)).get(0);

        assertTrue(fix.appliesTo(TEXT));
        assertFalse(fix.appliesTo("// a new first line\n" + TEXT), "the text moved: the offsets no longer fit");
        assertFalse(fix.appliesTo(TEXT.substring(0, at)), "the text got shorter");
    }

    @Test
    void nothingOrADamagedValueMeansNoFixes() {
        assertEquals("", FixCodec.encode(List.of(), TEXT));
        assertEquals(List.of(), FixCodec.decode(null));
        assertEquals(List.of(), FixCodec.decode(""));
        assertEquals(List.of(), FixCodec.decode("2:1x:"));
    }
}
