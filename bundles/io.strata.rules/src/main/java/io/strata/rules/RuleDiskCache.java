package io.strata.rules;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.strata.core.RulesPhase;
import io.strata.core.StrataProjects;

/**
 * The rules cache in a project's local state, {@code .strata/cache/rules/}: per phase
 * {@code <Phase>-<key>.verdict} (the problems, one per line; an empty list when the phase
 * compiled) and {@code <Phase>-<key>.kpkg} (the compiled packages). Only the newest entry of a
 * phase is kept. A cache that cannot be written (a read-only checkout) only costs time: failures
 * to write are ignored, and an unreadable entry is deleted and compiled again.
 */
final class RuleDiskCache {

    static final String FOLDER = "cache/rules";
    private static final String VERDICT_HEADER = "strata rules verdict 1";
    private static final String VERDICT = ".verdict";
    private static final String RULES = ".kpkg";

    private final Path dir;

    RuleDiskCache(Path projectDir) {
        this.dir = projectDir.resolve(StrataProjects.LOCAL_STATE_FOLDER).resolve(FOLDER);
    }

    /** The phase's problems as last compiled with this key, or {@code null}. */
    List<RuleProblem> readVerdict(RulesPhase phase, String key) {
        Path file = file(phase, key, VERDICT);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(VERDICT_HEADER)) {
            delete(file);
            return null;
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", 4);
            if (fields.length != 4) {
                delete(file);
                return null;
            }
            try {
                problems.add(new RuleProblem(unescape(fields[0]), Integer.parseInt(fields[1]),
                        Integer.parseInt(fields[2]), unescape(fields[3])));
            } catch (NumberFormatException e) {
                delete(file);
                return null;
            }
        }
        return problems;
    }

    /** The phase's compiled rules as written with this key, or {@code null}. */
    CompiledRules readRules(RulesPhase phase, String key, ClassLoader factLoader) {
        Path file = file(phase, key, RULES);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return CompiledRules.readFrom(in, factLoader);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            delete(file);
            return null;
        }
    }

    /** Stores the verdict, and the rules when there are some; removes the phase's older entries. */
    void write(RulesPhase phase, String key, List<RuleProblem> problems, CompiledRules rules) {
        try {
            Files.createDirectories(dir);
            removeOthers(phase, key);
            if (rules != null) {
                Path temp = Files.createTempFile(dir, phase.folderName(), ".tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    rules.writeTo(out);
                }
                move(temp, file(phase, key, RULES));
            }
            StringBuilder text = new StringBuilder(VERDICT_HEADER).append('\n');
            for (RuleProblem p : problems) {
                text.append(escape(p.source())).append('\t').append(p.line()).append('\t').append(p.column())
                        .append('\t').append(escape(p.message())).append('\n');
            }
            Path temp = Files.createTempFile(dir, phase.folderName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            // The verdict last: a verdict without problems promises that the packages are there.
            move(temp, file(phase, key, VERDICT));
        } catch (IOException | RuntimeException e) {
            // Only time is lost: the next run compiles again.
        }
    }

    private void removeOthers(RulesPhase phase, String key) throws IOException {
        String prefix = phase.folderName() + "-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && !name.startsWith(prefix + key + ".")) {
                    delete(entry);
                }
            }
        }
    }

    private Path file(RulesPhase phase, String key, String extension) {
        return dir.resolve(phase.folderName() + "-" + key + extension);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // another process may hold it; it is replaced on the next write
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
