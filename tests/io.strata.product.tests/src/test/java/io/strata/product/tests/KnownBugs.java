package io.strata.product.tests;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * Checks of bugs these tests once found (each named with what went wrong), run after a test's
 * other assertions. They are fixed; a recurrence fails the test with every bug seen listed.
 */
final class KnownBugs {

    private final List<String> seen = new ArrayList<>();

    void check(String bug, Executable expectation) {
        try {
            expectation.execute();
        } catch (AssertionFailedError e) {
            String message = String.valueOf(e.getMessage());
            seen.add(bug + "\n    " + (message.length() > 1200 ? message.substring(0, 1200) + " [...]" : message));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    void report() {
        if (seen.isEmpty()) {
            return;
        }
        throw new AssertionError("Bug(s) back:\n  - " + String.join("\n  - ", seen));
    }
}
