package io.strata.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.strata.core.RulesPhase;

/**
 * The rule files of a project: every {@code .drl} file under {@code Rules/<phase>/} (sub-folders
 * included), by phase, with a digest of each phase's file names and bytes.
 */
public final class RuleSet {

    /** The extension of rule files. */
    public static final String EXTENSION = ".drl";

    private final Path projectDir;
    private final Map<RulesPhase, List<RuleSource>> sources;
    private final Map<RulesPhase, String> digests;

    private RuleSet(Path projectDir, Map<RulesPhase, List<RuleSource>> sources, Map<RulesPhase, String> digests) {
        this.projectDir = projectDir;
        this.sources = sources;
        this.digests = digests;
    }

    /** Reads every rule file of the project; a phase without a folder has no files. */
    public static RuleSet read(Path projectDir) throws IOException {
        Map<RulesPhase, List<RuleSource>> sources = new EnumMap<>(RulesPhase.class);
        Map<RulesPhase, String> digests = new EnumMap<>(RulesPhase.class);
        for (RulesPhase phase : RulesPhase.values()) {
            MessageDigest digest = sha256();
            List<RuleSource> phaseSources = new ArrayList<>();
            for (Path file : files(phase.in(projectDir))) {
                String name = projectDir.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(bytes);
                phaseSources.add(new RuleSource(name, new String(bytes, StandardCharsets.UTF_8)));
            }
            sources.put(phase, List.copyOf(phaseSources));
            digests.put(phase, HexFormat.of().formatHex(digest.digest()));
        }
        return new RuleSet(projectDir, Collections.unmodifiableMap(sources), Collections.unmodifiableMap(digests));
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }

    public Path projectDir() {
        return projectDir;
    }

    /** The phase's files, ordered by path; names are relative to the project, with '/'. */
    public List<RuleSource> sources(RulesPhase phase) {
        return sources.get(phase);
    }

    /** How many rule files the project has in all phases. */
    public int fileCount() {
        return sources.values().stream().mapToInt(List::size).sum();
    }

    /** SHA-256 of the phase's file names and contents (hex). */
    public String digest(RulesPhase phase) {
        return digests.get(phase);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
