package io.strata.team.ui.internal.dialogs;

/** Where the Team dialogs' widgets carry their test id (the key the UI test helper looks for). */
final class Ids {

    static final String KEY = "strata.id";

    private Ids() {
    }
}
