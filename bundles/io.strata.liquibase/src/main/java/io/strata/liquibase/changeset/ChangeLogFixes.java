package io.strata.liquibase.changeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.liquibase.ChangeSetLines;

/**
 * The text edits of Strata's quick fixes on a change log file: they apply what a finding or a
 * change log problem carries (the text as written and what to write instead) at the place it
 * names. Plain text in, offsets out, so that an editor applies them to its document (and undoes
 * them) and tests check them without one. An edit that cannot be placed is not guessed: the
 * result is empty.
 */
public final class ChangeLogFixes {

    private static final Pattern CHANGE_SET_END = Pattern.compile("</(?:\\w+:)?changeSet\\s*>");

    /**
     * One replacement in the text.
     *
     * @param offset where it starts (0-based, in chars)
     * @param length how many chars it replaces
     * @param text what it writes there
     */
    public record Edit(int offset, int length, String text) {
    }

    private ChangeLogFixes() {
    }

    /**
     * Renames an XML element the schema does not know: the start tag {@code <found} that ends on
     * {@code line} (the XML parser reports the end of the start tag) or the last one before it, and
     * its end tag {@code </found>} when there is one.
     *
     * @return the edits, in text order; empty when there is no such element
     */
    public static List<Edit> renameElement(String text, int line, String found, String replacement) {
        int lineEnd = lineEnd(text, line);
        if (lineEnd < 0) {
            return List.of();
        }
        Matcher start = Pattern.compile("<((?:\\w+:)?)" + Pattern.quote(found) + "(?=[\\s/>])").matcher(text);
        int at = -1;
        String prefix = "";
        while (start.find() && start.start() <= lineEnd) {
            at = start.start();
            prefix = start.group(1);
        }
        if (at < 0) {
            return List.of();
        }
        List<Edit> edits = new ArrayList<>();
        int nameStart = at + 1 + prefix.length();
        edits.add(new Edit(nameStart, found.length(), replacement));
        int startTagEnd = text.indexOf('>', nameStart);
        boolean selfClosing = startTagEnd > 0 && text.charAt(startTagEnd - 1) == '/';
        if (startTagEnd > 0 && !selfClosing) {
            Matcher end = Pattern.compile("</" + Pattern.quote(prefix + found) + "\\s*>").matcher(text);
            if (end.find(startTagEnd)) {
                edits.add(new Edit(end.start() + 2 + prefix.length(), found.length(), replacement));
            }
        }
        return edits;
    }

    /**
     * Replaces a name in the change set that starts on {@code line}: its first use as a whole
     * attribute value ({@code tableName="found"}) in that change set, else its first use as a whole
     * word there (formatted SQL, YAML, the DSL). The change set ends where the next one starts (or
     * at its XML end tag); a later change set that uses the name is not edited.
     *
     * @param file the change log's file name; its extension says the format (XML, YAML, JSON, SQL, DSL)
     * @return the edit, or empty when the change set does not name it, or no change set starts on or
     *         before {@code line} (say, the text no longer reads as a change log)
     */
    public static List<Edit> replaceName(String file, String text, int line, String found, String replacement) {
        int from = lineStart(text, line);
        if (from < 0 || found == null || found.isEmpty()) {
            return List.of();
        }
        int to = changeSetEnd(file, text, line, from);
        if (to < 0) {
            return List.of();
        }
        String changeSet = text.substring(from, to);
        Matcher value = Pattern.compile("([\"'])" + Pattern.quote(found) + "\\1").matcher(changeSet);
        if (value.find()) {
            return List.of(new Edit(from + value.start() + 1, found.length(), replacement));
        }
        Matcher word = Pattern.compile("(?<![\\w.$])" + Pattern.quote(found) + "(?![\\w$])").matcher(changeSet);
        if (word.find()) {
            return List.of(new Edit(from + word.start(), found.length(), replacement));
        }
        return List.of();
    }

    /**
     * Offset where the change set holding {@code line} ends: the start of the next change set, or
     * the end of its XML element if that comes first, or the end of the text; -1 when no change set
     * starts on or before the line.
     */
    private static int changeSetEnd(String file, String text, int line, int from) {
        List<Integer> starts = ChangeSetLines.starts(file, text);
        if (starts.isEmpty() || starts.get(0) > line) {
            return -1;
        }
        int to = starts.stream().filter(start -> start > line).findFirst().map(next -> lineStart(text, next)).orElse(text.length());
        if (!file.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return to;
        }
        Matcher end = CHANGE_SET_END.matcher(text);
        return end.find(from) && end.end() < to ? end.end() : to;
    }

    /** The text with the edits applied (they must not overlap). */
    public static String apply(String text, List<Edit> edits) {
        StringBuilder result = new StringBuilder(text);
        List<Edit> backwards = new ArrayList<>(edits);
        backwards.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
        for (Edit edit : backwards) {
            result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
        }
        return result.toString();
    }

    /** Offset of the first char of the 1-based line, or -1. */
    private static int lineStart(String text, int line) {
        if (line < 1) {
            return -1;
        }
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return -1;
            }
            offset = newline + 1;
        }
        return offset;
    }

    /** Offset just after the last char of the 1-based line (before its line break), or -1. */
    private static int lineEnd(String text, int line) {
        int start = lineStart(text, line);
        if (start < 0) {
            return -1;
        }
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }
}
