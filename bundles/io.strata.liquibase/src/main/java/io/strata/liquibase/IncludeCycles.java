package io.strata.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a change log that includes itself, directly or through others. Liquibase 4.33 recurses
 * until the stack overflows on such a change log; Strata names the cycle instead. Reads the
 * {@code <include file="..."/>} elements of XML change logs.
 */
final class IncludeCycles {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+([^>]*?)/?>", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("\\bfile\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern RELATIVE = Pattern.compile("\\brelativeToChangelogFile\\s*=\\s*\"true\"");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private IncludeCycles() {
    }

    /** The chain of files of the first cycle, starting and ending with the same file, or an empty list. */
    static List<String> find(Path root, String changelog) {
        List<Path> chain = new ArrayList<>();
        List<Path> cycle = visit(root, root.resolve(changelog).normalize(), chain);
        List<String> names = new ArrayList<>();
        if (cycle != null) {
            for (Path file : cycle) {
                names.add(root.relativize(file).toString().replace('\\', '/'));
            }
        }
        return names;
    }

    private static List<Path> visit(Path root, Path file, List<Path> chain) {
        int seen = chain.indexOf(file);
        if (seen >= 0) {
            List<Path> cycle = new ArrayList<>(chain.subList(seen, chain.size()));
            cycle.add(file);
            return cycle;
        }
        if (!file.toString().endsWith(".xml") || !Files.isRegularFile(file)) {
            return null;
        }
        String text;
        try {
            text = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            return null; // Liquibase reports unreadable files itself
        }
        chain.add(file);
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            Matcher name = FILE.matcher(include.group(1));
            if (!name.find()) {
                continue;
            }
            Path base = RELATIVE.matcher(include.group(1)).find() ? file.getParent() : root;
            List<Path> cycle = visit(root, base.resolve(name.group(1)).normalize(), chain);
            if (cycle != null) {
                return cycle;
            }
        }
        chain.remove(chain.size() - 1);
        return null;
    }
}
