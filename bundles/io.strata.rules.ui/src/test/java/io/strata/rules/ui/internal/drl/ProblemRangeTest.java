package io.strata.rules.ui.internal.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProblemRangeTest {

    private static final String TEXT = "package p\r\nrule \"Broken\"\n    salience 1 1\n    when\n";

    @Test
    void theColumnPointsAtTheWordItStarts() {
        ProblemRange range = ProblemRange.of(TEXT, 3, 16);
        int second = TEXT.indexOf("1 1") + 2;
        assertEquals(new ProblemRange(second, second + 1), range);
        ProblemRange word = ProblemRange.of(TEXT, 3, 5);
        assertEquals("salience", TEXT.substring(word.start(), word.end()));
        ProblemRange quote = ProblemRange.of(TEXT, 2, 6);
        assertEquals("\"", TEXT.substring(quote.start(), quote.end()), "a single character when no word starts there");
    }

    @Test
    void anUnknownColumnOrALineThatIsNotThereHasNoRange() {
        assertNull(ProblemRange.of(TEXT, 3, 0));
        assertNull(ProblemRange.of(TEXT, 0, 3));
        assertNull(ProblemRange.of(TEXT, 9, 1));
        assertNull(ProblemRange.of(TEXT, 1, 40), "past the end of the line");
    }
}
