package io.strata.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.git.ChangeLogMergeCheck.Finding;
import io.strata.git.ChangeLogMergeCheck.Kind;
import io.strata.git.ProjectGit.MergeOutcome;

/** The change log check after a merge, on a real repository with two branches (project in a subfolder). */
class ChangeLogMergeCheckTest {

    @TempDir
    Path repo;
    final PersonIdent alice = new PersonIdent("Alice", "alice@example.org");

    private static String changeLog(String... changeSets) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "  xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n"
                + String.join("\n", changeSets) + "\n</databaseChangeLog>\n";
    }

    private static String table(String id, String table, String column) {
        return "  <changeSet id=\"" + id + "\" author=\"alice\"><createTable tableName=\"" + table + "\"><column name=\"" + column
                + "\" type=\"INT\"/></createTable></changeSet>";
    }

    @Test
    void findsTheSameIdOnBothBranchesAnEditedChangeSetAndAMovedOne() throws Exception {
        Path project = Files.createDirectories(repo.resolve("db"));
        Files.writeString(project.resolve("strata.yaml"), "name: db\n");
        Path log = Files.createDirectories(project.resolve("Change Log")).resolve("changelog.xml");
        Files.writeString(log, changeLog(table("1", "A", "ID"), table("2", "B", "ID"), table("3", "C", "ID")));
        // the repository is one folder above the project, as in a monorepo
        org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        try (ProjectGit git = ProjectGit.open(project)) {
            git.commit(List.of("db/strata.yaml", "db/Change Log/changelog.xml"), "Sprint 1", alice);
            git.createBranch("feature");
            Files.writeString(log, changeLog(table("1", "A", "ID"), table("2", "B", "CODE"), table("3", "C", "ID"), table("4", "D", "ID")));
            git.commit(List.of("db/Change Log/changelog.xml"), "Feature: table D, and B edited", alice);
            git.switchBranch("main");
            Files.writeString(log, changeLog(table("2", "B", "ID"), table("3", "C", "ID"), table("1", "A", "ID"), table("4", "E", "ID")));
            git.commit(List.of("db/Change Log/changelog.xml"), "Main: table E, and A moved", alice);

            MergeOutcome merged = git.merge("feature");
            String all = merged.changeLog().stream().map(Finding::toString).collect(Collectors.joining("\n"));
            List<Kind> kinds = merged.changeLog().stream().map(Finding::kind).toList();
            assertEquals(List.of(Kind.DUPLICATE_ID, Kind.CHECKSUM_CHANGED, Kind.ORDER_CHANGED), kinds, all);

            Finding duplicate = merged.changeLog().get(0);
            assertTrue(duplicate.message().contains("'4' by alice in Change Log/changelog.xml was added on both main and feature"), duplicate.message());
            assertFalse(duplicate.ours().equals(duplicate.theirs()), "both sides' checksums are shown");

            Finding edited = merged.changeLog().get(1);
            assertTrue(edited.message().contains("'2' by alice") && edited.message().contains("edited on feature"), edited.message());
            assertTrue(edited.fix().contains("validCheckSum"), edited.fix());

            Finding moved = merged.changeLog().get(2);
            assertTrue(moved.message().contains("'1' by alice") && moved.message().contains("moved on main (position 1 of 3 before, position 3 on main)"),
                    moved.message());
        }
    }

    @Test
    void aChangeSetHeldTwiceOnOneSideIsFoundToo() throws Exception {
        // as after a rebase: the duplicate sits in one revision, not in two branches
        Files.writeString(repo.resolve("strata.yaml"), "name: twice\n");
        Path log = Files.createDirectories(repo.resolve("Change Log")).resolve("changelog.xml");
        Files.writeString(log, changeLog(table("1", "A", "ID")));
        try (ProjectGit git = ProjectGit.share(repo, alice)) {
            git.createBranch("feature");
            Files.writeString(log, changeLog(table("1", "A", "ID"), table("2", "B", "ID")));
            git.commit(List.of("Change Log/changelog.xml"), "B", alice);
            git.switchBranch("main");
            Files.writeString(log, changeLog(table("1", "A", "ID"), table("dup", "C", "ID"), table("dup", "D", "ID")));
            git.commit(List.of("Change Log/changelog.xml"), "C and D under one id", alice);
            MergeOutcome merged = git.merge("feature");
            assertEquals(List.of(Kind.DUPLICATE_ID), merged.changeLog().stream().map(Finding::kind).toList(), merged.changeLog().toString());
            Finding twice = merged.changeLog().get(0);
            assertTrue(twice.message().contains("on main holds the change set 'dup' by alice in Change Log/changelog.xml 2 times"), twice.message());
            assertEquals("2 copies", twice.ours());
            assertEquals("absent", twice.theirs());
        }
    }

    @Test
    void aCleanMergeOfNewChangeSetsFindsNothing() throws Exception {
        Path project = repo;
        Files.writeString(project.resolve("strata.yaml"), "name: clean\n");
        Path dir = Files.createDirectories(project.resolve("Change Log"));
        Files.writeString(dir.resolve("changelog.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
                + "  <include file=\"a.xml\" relativeToChangelogFile=\"true\"/>\n  <include file=\"b.xml\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>\n");
        Files.writeString(dir.resolve("a.xml"), changeLog(table("a1", "A", "ID")));
        Files.writeString(dir.resolve("b.xml"), changeLog(table("b1", "B", "ID")));
        try (ProjectGit git = ProjectGit.share(project, alice)) {
            git.createBranch("feature");
            Files.writeString(dir.resolve("b.xml"), changeLog(table("b1", "B", "ID"), table("b2", "B2", "ID")));
            git.commit(List.of("Change Log/b.xml"), "b2", alice);
            git.switchBranch("main");
            Files.writeString(dir.resolve("a.xml"), changeLog(table("a1", "A", "ID"), table("a2", "A2", "ID")));
            git.commit(List.of("Change Log/a.xml"), "a2", alice);
            MergeOutcome merged = git.merge("feature");
            assertTrue(merged.successful(), merged.message());
            assertEquals(List.of(), merged.changeLog());
        }
    }
}
