package io.strata.team.ui.internal.dialogs;

/** How the engine's messages and keys read in the Team dialogs. */
public final class Texts {

    private Texts() {
    }

    /** A message of the engine ("push rejected: ...") as a sentence: capital first letter, full stop. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** A change set key {@code file::id::author} as users read it: {@code id (author) in file}. */
    public static String changeSet(String key) {
        String[] parts = key.split("::", 3);
        return parts.length == 3 ? parts[1] + " (" + parts[2] + ") in " + parts[0] : key;
    }
}
