package io.strata.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds where a change log uses a custom change class, to say so when the class is missing. */
final class CustomChanges {

    /** A use of a custom change class. */
    record Use(String file, int line, String changeSetId) {
    }

    private static final Pattern MISSING = Pattern.compile("ClassNotFoundException: ([\\w.$]+)");
    private static final Pattern CHANGE_SET_ID = Pattern.compile("<changeSet\\b[^>]*?\\bid\\s*=\\s*\"([^\"]*)\"", Pattern.DOTALL);

    private CustomChanges() {
    }

    /** The class a "custom change class not found" failure names, or null. */
    static String missingClass(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClassNotFoundException && t.getMessage() != null) {
                return t.getMessage().split("\\s")[0];
            }
            if (t.getMessage() != null && t.getMessage().contains("CustomChangeException")) {
                Matcher m = MISSING.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** Where the project's XML change logs use {@code className}, or null. */
    static Use find(Path projectDir, String className) {
        String needle = "class=\"" + className + "\"";
        try (Stream<Path> files = Files.walk(projectDir)) {
            List<Path> xml = files.filter(f -> f.toString().endsWith(".xml") && !f.startsWith(projectDir.resolve(".strata")))
                    .sorted().toList();
            for (Path file : xml) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int at = text.indexOf(needle);
                if (at < 0) {
                    continue;
                }
                String before = text.substring(0, at);
                Matcher id = CHANGE_SET_ID.matcher(before);
                String changeSetId = null;
                while (id.find()) {
                    changeSetId = id.group(1);
                }
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                return new Use(projectDir.relativize(file).toString().replace('\\', '/'), line, changeSetId);
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
