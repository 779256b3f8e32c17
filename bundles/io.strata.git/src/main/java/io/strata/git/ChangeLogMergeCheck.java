package io.strata.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import io.strata.core.project.ProjectException;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.liquibase.OperationException;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;

/**
 * After a pull or a merge, what breaks Liquibase teams most, found by reading the project's change
 * log at the common ancestor and on both sides: the same change set (file, id, author) added on
 * both branches with different content; a change set that existed before and whose checksum one
 * side changed (a deployed change set then fails validation); change sets that existed before and
 * now run in another order. Each finding names both sides and what to do.
 */
public final class ChangeLogMergeCheck {

    /** What was found. */
    public enum Kind { DUPLICATE_ID, CHECKSUM_CHANGED, ORDER_CHANGED }

    /**
     * A finding: {@code changeSet} is {@code file::id::author}; {@code ours} and {@code theirs}
     * describe each side (checksum, position or "absent"); {@code fix} says what to do.
     */
    public record Finding(Kind kind, String changeSet, String message, String ours, String theirs, String fix) {
        @Override
        public String toString() {
            return kind + " " + changeSet + ": " + message + " [ours: " + ours + "; theirs: " + theirs + "] " + fix;
        }
    }

    /** One change set as read at one revision. */
    record Entry(String key, String checksum, int position, int copies) {
        Entry(String key, String checksum, int position) {
            this(key, checksum, position, 1);
        }
    }

    private ChangeLogMergeCheck() {
    }

    /**
     * Compares the change log of the project at {@code projectPath} (relative to the repository's
     * root; empty when the project is the root) between {@code oursId}, {@code theirsId} and their
     * merge base. Returns no findings when a side cannot be read (the reason is in the exception).
     */
    public static List<Finding> check(Repository repository, String projectPath, ObjectId oursId, ObjectId theirsId, String oursName, String theirsName)
            throws GitProblem {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit ours = walk.parseCommit(oursId);
            RevCommit theirs = walk.parseCommit(theirsId);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(ours);
            walk.markStart(theirs);
            RevCommit base = walk.next();
            Map<String, Entry> baseSets = base == null ? Map.of() : read(repository, base, projectPath);
            Map<String, Entry> ourSets = read(repository, ours, projectPath);
            Map<String, Entry> theirSets = read(repository, theirs, projectPath);
            return compare(baseSets, ourSets, theirSets, oursName, theirsName);
        } catch (IOException e) {
            throw new GitProblem("the change log history cannot be read: " + e.getMessage(), e);
        }
    }

    static List<Finding> compare(Map<String, Entry> base, Map<String, Entry> ours, Map<String, Entry> theirs, String oursName, String theirsName) {
        List<Finding> findings = new ArrayList<>();
        for (Entry mine : ours.values()) {
            Entry other = theirs.get(mine.key());
            if (!base.containsKey(mine.key()) && other != null && !other.checksum().equals(mine.checksum())) {
                findings.add(new Finding(Kind.DUPLICATE_ID, mine.key(), "the change set " + display(mine.key()) + " was added on both " + oursName + " and "
                        + theirsName + " with different changes; Liquibase would refuse the change log (duplicate change set)",
                        "checksum " + mine.checksum(), "checksum " + other.checksum(),
                        "give one of them a new id (the other branch may have deployed its own already: keep that one's id)"));
            }
        }
        Set<String> reported = new HashSet<>();
        findings.forEach(f -> reported.add(f.changeSet()));
        for (Map<String, Entry> side : List.of(ours, theirs)) {
            for (Entry entry : side.values()) {
                if (entry.copies() > 1 && reported.add(entry.key())) {
                    String name = side == ours ? oursName : theirsName;
                    Entry mine = ours.get(entry.key());
                    Entry other = theirs.get(entry.key());
                    findings.add(new Finding(Kind.DUPLICATE_ID, entry.key(), "the change log on " + name + " holds the change set " + display(entry.key()) + " "
                            + entry.copies() + " times; Liquibase would refuse it (duplicate change set)",
                            mine == null ? "absent" : mine.copies() + " cop" + (mine.copies() == 1 ? "y" : "ies"),
                            other == null ? "absent" : other.copies() + " cop" + (other.copies() == 1 ? "y" : "ies"),
                            "give all but one of them a new id (keep the id of the one already deployed)"));
                }
            }
        }
        for (Entry before : base.values()) {
            Entry mine = ours.get(before.key());
            Entry other = theirs.get(before.key());
            boolean oursChanged = mine != null && !mine.checksum().equals(before.checksum());
            boolean theirsChanged = other != null && !other.checksum().equals(before.checksum());
            if (oursChanged || theirsChanged) {
                String who = oursChanged && theirsChanged ? "both " + oursName + " and " + theirsName : oursChanged ? oursName : theirsName;
                findings.add(new Finding(Kind.CHECKSUM_CHANGED, before.key(), "the change set " + display(before.key()) + " existed before and was edited on "
                        + who + " (checksum " + before.checksum() + " before); where it is deployed, Liquibase will refuse to run (checksum validation)",
                        mine == null ? "absent" : "checksum " + mine.checksum(), other == null ? "absent" : "checksum " + other.checksum(),
                        "revert the edit and put the change in a new change set; if the edit is intended, add <validCheckSum> with the new checksum"));
            }
        }
        findings.addAll(orderChanges(base, ours, oursName, theirsName, true));
        findings.addAll(orderChanges(base, theirs, theirsName, oursName, false));
        return findings;
    }

    /** Change sets of the base whose order relative to the other change sets of the base changed on {@code side}. */
    private static List<Finding> orderChanges(Map<String, Entry> base, Map<String, Entry> side, String sideName, String otherName, boolean sideIsOurs) {
        List<String> sequence = side.values().stream().filter(e -> base.containsKey(e.key())).sorted(Comparator.comparingInt(Entry::position))
                .map(Entry::key).toList();
        List<String> baseOrder = base.values().stream().filter(e -> side.containsKey(e.key())).sorted(Comparator.comparingInt(Entry::position))
                .map(Entry::key).toList();
        if (sequence.equals(baseOrder)) {
            return List.of();
        }
        Set<String> kept = longestCommonOrder(baseOrder, sequence);
        List<Finding> findings = new ArrayList<>();
        for (String key : sequence) {
            if (!kept.contains(key)) {
                String was = "position " + (baseOrder.indexOf(key) + 1) + " of " + baseOrder.size();
                String now = "position " + (sequence.indexOf(key) + 1) + " on " + sideName;
                findings.add(new Finding(Kind.ORDER_CHANGED, key, "the change set " + display(key) + " was moved on " + sideName + " (" + was + " before, "
                        + now + "); stages that deployed it in the old order now differ from new ones",
                        sideIsOurs ? now : was, sideIsOurs ? was : now,
                        "move it back where it was; put new change sets after the deployed ones"));
            }
        }
        return findings;
    }

    /** The change sets that stay in order: a longest common subsequence of the two orders. */
    private static Set<String> longestCommonOrder(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size();) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    private static String display(String key) {
        String[] parts = key.split("::", 3);
        return "'" + parts[1] + "' by " + parts[2] + " in " + parts[0];
    }

    /** The project's change sets at {@code commit}: the project's files are written to a scratch folder and read by Liquibase. */
    static Map<String, Entry> read(Repository repository, RevCommit commit, String projectPath) throws IOException, GitProblem {
        Path scratch = Files.createTempDirectory("strata-rev-");
        try {
            boolean any = false;
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                if (!projectPath.isEmpty()) {
                    tree.setFilter(PathFilter.create(projectPath));
                }
                while (tree.next()) {
                    String path = projectPath.isEmpty() ? tree.getPathString() : tree.getPathString().substring(projectPath.length() + 1);
                    if (path.startsWith("Reports/") || path.startsWith(".strata/")) {
                        continue;
                    }
                    Path file = scratch.resolve(path);
                    Files.createDirectories(file.getParent());
                    try (OutputStream out = Files.newOutputStream(file)) {
                        repository.open(tree.getObjectId(0)).copyTo(out);
                    }
                    any = true;
                }
            }
            if (!any || !Files.exists(scratch.resolve("strata.yaml"))) {
                return Map.of();
            }
            StrataProject project = StrataProject.load(scratch);
            if (!Files.exists(scratch.resolve(project.changelog()))) {
                return Map.of();
            }
            DatabaseChangeLog changeLog = ChangeLogReader.readAll(project);
            return new LiquibaseRunner(scratch).inScope(() -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                int position = 0;
                for (ChangeSet changeSet : changeLog.getChangeSets()) {
                    String key = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
                    CheckSum sum = changeSet.generateCheckSum(liquibase.ChecksumVersion.latest());
                    Entry first = entries.get(key);
                    entries.put(key, first == null ? new Entry(key, sum.toString(), position++)
                            : new Entry(key, first.checksum(), first.position(), first.copies() + 1));
                }
                return entries;
            });
        } catch (ProjectException | OperationException e) {
            throw new GitProblem("the change log at " + commit.getId().abbreviate(8).name() + " (" + commit.getShortMessage() + ") cannot be read: "
                    + e.getMessage(), e);
        } catch (LiquibaseException e) {
            throw new GitProblem("the change log at " + commit.getId().abbreviate(8).name() + " cannot be read: " + e.getMessage(), e);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
