package io.strata.rules.ui.internal.drl;

/**
 * The characters a problem marker underlines, from the 1-based line and column Check Rules
 * reports: the word (or the single character) at that column. Without a column, or when the line
 * is not in the text (the file changed since), there is no range and the marker marks the line.
 *
 * @param start offset of the first character
 * @param end offset after the last
 */
public record ProblemRange(int start, int end) {

    /** The range, or {@code null} when the line or column is unknown or outside the text. */
    public static ProblemRange of(String text, int line, int column) {
        if (line <= 0 || column <= 0) {
            return null;
        }
        int[] lineStarts = DrlOutlineParser.lineStarts(text);
        if (line > lineStarts.length) {
            return null;
        }
        int lineStart = lineStarts[line - 1];
        int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length();
        while (lineEnd > lineStart && (text.charAt(lineEnd - 1) == '\n' || text.charAt(lineEnd - 1) == '\r')) {
            lineEnd--;
        }
        int start = lineStart + column - 1;
        if (start >= lineEnd) {
            return null;
        }
        int end = start;
        while (end < lineEnd && (Character.isJavaIdentifierPart(text.charAt(end)))) {
            end++;
        }
        return new ProblemRange(start, Math.max(end, start + 1));
    }
}
