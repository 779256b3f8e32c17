package io.strata.product.tests;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * Checks of what Strata should do but does not yet (engine/CLI bugs found by these tests, left
 * for the engine's owners to fix). A test runs them after all its other assertions passed; if one
 * fails, the test ends as aborted (skipped) with the bug named, instead of failing the build. Once
 * the bug is fixed the check passes and the test passes. With -Dstrata.knownBugs=fail they fail.
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
        String text = "KNOWN BUG(S), not fixed here:\n  - " + String.join("\n  - ", seen);
        if ("fail".equals(System.getProperty("strata.knownBugs"))) {
            throw new AssertionError(text);
        }
        System.err.println(text);
        Assumptions.abort(text);
    }
}
