package io.strata.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.strata.aws.codecommit.CodeCommitAccess;
import io.strata.aws.codecommit.CodeCommitRemote;
import io.strata.core.ProgressMonitor;
import io.strata.git.ProjectGit.Change;
import io.strata.git.ProjectGit.FileChange;
import io.strata.git.ProjectGit.MergeOutcome;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Team operations on real repositories, pushed to and pulled from a real Git smart-HTTP server
 * on loopback that, like CodeCommit, accepts only SigV4-signed credentials.
 */
class ProjectGitTest {

    @TempDir
    Path tmp;
    LoopbackGitServer server;
    final PersonIdent alice = new PersonIdent("Alice", "alice@example.org");
    final PersonIdent bob = new PersonIdent("Bob", "bob@example.org");

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackGitServer(Files.createDirectories(tmp.resolve("server")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static GitAuth signedWith(String secret) {
        return GitAuth.codeCommit(new CodeCommitAccess(StaticCredentialsProvider.create(AwsBasicCredentials.create(LoopbackGitServer.ACCESS_KEY, secret)), null,
                Clock.systemUTC()), GitAuth.NONE);
    }

    private Path project(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("strata.yaml"), "name: " + name + "\n");
        Files.createDirectories(dir.resolve("Change Log"));
        Files.writeString(dir.resolve("Change Log/changelog.xml"), "<databaseChangeLog/>\n");
        Files.createDirectories(dir.resolve("Reports/DEV"));
        Files.writeString(dir.resolve("Reports/DEV/report.html"), "<html/>");
        Files.createDirectories(dir.resolve(".strata/index"));
        Files.writeString(dir.resolve(".strata/index/status.json"), "{}");
        return dir;
    }

    private CodeCommitRemote remoteOn(String name) {
        return CodeCommitRemote.of(LoopbackGitServer.REGION, name, null).at(server.endpoint());
    }

    @Test
    void shareInitsIgnoresLocalStateAndCommitsTheProject() throws Exception {
        Path dir = project("share");
        Files.writeString(dir.resolve(".gitignore"), "*.bak\n");
        try (ProjectGit git = ProjectGit.share(dir, alice)) {
            assertEquals("main", git.branch());
            List<String> ignore = Files.readAllLines(dir.resolve(".gitignore"));
            assertTrue(ignore.contains("*.bak") && ignore.contains(".strata/") && ignore.contains("Reports/"), ignore.toString());
            assertEquals(List.of(), git.changes(), "everything committed or ignored");
            assertEquals(1, git.history(10, null).size());
            assertEquals("Alice", git.history(10, null).get(0).author());
            assertTrue(git.history(10, "Reports").isEmpty(), "reports are not versioned");
        }
        GitProblem again = assertThrows(GitProblem.class, () -> ProjectGit.share(dir, alice));
        assertTrue(again.getMessage().contains("already in a Git repository"), again.getMessage());
    }

    @Test
    void commitTakesOnlyTheChosenFilesAndNeedsAMessage() throws Exception {
        Path dir = project("commit");
        try (ProjectGit git = ProjectGit.share(dir, alice)) {
            Files.writeString(dir.resolve("Change Log/changelog.xml"), "<databaseChangeLog><!-- edited --></databaseChangeLog>\n");
            Files.writeString(dir.resolve("Change Log/sprint-2.xml"), "<databaseChangeLog/>\n");
            Files.delete(dir.resolve("strata.yaml"));
            assertEquals(List.of(new FileChange("Change Log/changelog.xml", Change.CHANGED), new FileChange("Change Log/sprint-2.xml", Change.UNTRACKED),
                    new FileChange("strata.yaml", Change.MISSING)), git.changes());
            assertTrue(assertThrows(GitProblem.class, () -> git.commit(List.of("strata.yaml"), " ", alice)).getMessage().contains("needs a message"));
            git.commit(List.of("Change Log/sprint-2.xml", "strata.yaml"), "Sprint 2 change log", alice);
            assertEquals(List.of(new FileChange("Change Log/changelog.xml", Change.CHANGED)), git.changes(), "the other change stays uncommitted");
            assertEquals("Sprint 2 change log", git.history(1, null).get(0).shortMessage());
        }
    }

    @Test
    void aRepositoryAboveTheProjectListsAndCommitsOnlyTheProjectsChanges() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("monorepo"));
        Files.createDirectories(repo.resolve("app/src"));
        Files.writeString(repo.resolve("app/src/Main.java"), "class Main {}\n");
        Files.writeString(repo.resolve("README.md"), "monorepo\n");
        Path dir = Files.move(project("shop"), Files.createDirectories(repo.resolve("db")).resolve("shop"));
        Files.createDirectories(repo.resolve("db/shop-old"));
        Files.writeString(repo.resolve("db/shop-old/strata.yaml"), "name: shop-old\n");
        try (Git init = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            init.add().addFilepattern(".").call();
            init.commit().setMessage("monorepo").setAuthor(alice).setCommitter(alice).setSign(false).call();
        }
        Files.writeString(repo.resolve("app/src/Main.java"), "class Main { }\n");
        Files.writeString(repo.resolve("app/src/New.java"), "class New {}\n");
        Files.writeString(repo.resolve("db/shop-old/strata.yaml"), "name: shop-old-2\n");
        Files.delete(repo.resolve("README.md"));
        Files.writeString(dir.resolve("Change Log/changelog.xml"), "<databaseChangeLog><!-- edited --></databaseChangeLog>\n");
        Files.writeString(dir.resolve("Change Log/sprint-2.xml"), "<databaseChangeLog/>\n");

        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals(repo.toRealPath(), git.workTree().toRealPath());
            ProjectGit.ProjectChanges changes = git.projectChanges();
            assertEquals(List.of(new FileChange("db/shop/Change Log/changelog.xml", Change.CHANGED),
                    new FileChange("db/shop/Change Log/sprint-2.xml", Change.UNTRACKED)), changes.files(),
                    "only the project's folder; db/shop-old is another folder");
            assertEquals(4, changes.elsewhere(), "Main.java, New.java, shop-old/strata.yaml, README.md");
            assertEquals(changes.files(), git.changes());

            GitProblem outside = assertThrows(GitProblem.class,
                    () -> git.commit(List.of("db/shop/Change Log/sprint-2.xml", "app/src/Main.java"), "Sprint 2", alice));
            assertTrue(outside.getMessage().contains("'app/src/Main.java' is outside the project's folder 'db/shop'"), outside.getMessage());
            assertEquals(2, git.changes().size(), "nothing was committed");

            git.commit(changes.files().stream().map(FileChange::path).toList(), "Sprint 2 change log", alice);
            assertEquals(List.of(), git.changes());
            assertEquals(4, git.projectChanges().elsewhere(), "the repository's other changes stay as they were");
            assertEquals(List.of("db/shop/Change Log/changelog.xml", "db/shop/Change Log/sprint-2.xml"), committedFiles(repo));
        }
    }

    @Test
    void aRepositoryAboveTheProjectShowsOnlyTheHistoryOfTheProjectsFolder() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("monorepo"));
        Files.createDirectories(repo.resolve("app"));
        Files.writeString(repo.resolve("app/Main.java"), "class Main {}\n");
        Path dir = Files.move(project("shop"), Files.createDirectories(repo.resolve("db")).resolve("shop"));
        Files.createDirectories(repo.resolve("db/shop-old"));
        Files.writeString(repo.resolve("db/shop-old/strata.yaml"), "name: shop-old\n");
        try (Git init = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commitAll(init, "monorepo");
            Files.writeString(repo.resolve("app/Main.java"), "class Main { }\n");
            commitAll(init, "app only");
            Files.writeString(repo.resolve("db/shop-old/strata.yaml"), "name: shop-old-2\n");
            commitAll(init, "shop-old only");
            Files.writeString(dir.resolve("Change Log/sprint-2.xml"), "<databaseChangeLog/>\n");
            commitAll(init, "sprint 2");
            Files.writeString(dir.resolve("strata.yaml"), Files.readString(dir.resolve("strata.yaml")) + "# edited\n");
            Files.writeString(repo.resolve("app/Main.java"), "class Main {  }\n");
            commitAll(init, "project settings and app");
        }

        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals("db/shop", git.projectFolder());
            assertEquals(List.of("project settings and app", "sprint 2", "monorepo"),
                    git.history(10, null).stream().map(ProjectGit.HistoryEntry::shortMessage).toList(),
                    "commits touching only app/ or db/shop-old are not the project's");
            assertEquals(List.of("sprint 2", "monorepo"),
                    git.history(10, "Change Log").stream().map(ProjectGit.HistoryEntry::shortMessage).toList(),
                    "a path is relative to the project's folder");
            assertEquals(1, git.history(1, null).size());
        }
        try (ProjectGit whole = ProjectGit.open(repo)) {
            assertEquals("", whole.projectFolder());
            assertEquals(5, whole.history(10, null).size(), "a project at the repository's root lists every commit");
        }
    }

    private void commitAll(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(alice).setCommitter(alice).setSign(false).call();
    }

    /** The files the last commit of the repository changed. */
    private static List<String> committedFiles(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile());
                RevWalk walk = new RevWalk(git.getRepository());
                TreeWalk tree = new TreeWalk(git.getRepository())) {
            RevCommit head = walk.parseCommit(git.getRepository().resolve("HEAD"));
            tree.addTree(walk.parseCommit(head.getParent(0)).getTree());
            tree.addTree(head.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            List<String> paths = new ArrayList<>();
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
            return paths;
        }
    }

    @Test
    void pushAndPullThroughASignedCodeCommitRemoteAndARejectedPushLosesNothing() throws Exception {
        URI url = server.createRepository("strata-sample");
        Path aliceDir = project("alice");
        try (ProjectGit aliceGit = ProjectGit.share(aliceDir, alice)) {
            aliceGit.setRemote("origin", remoteOn("strata-sample"));
            assertEquals(url.toString(), aliceGit.remotes().get(0).url());
            assertEquals("strata-sample", aliceGit.remotes().get(0).codeCommit().name());
            assertEquals("pushed 'main' to origin", aliceGit.push("origin", signedWith(LoopbackGitServer.SECRET), ProgressMonitor.NONE).message());
            assertTrue(server.show("strata-sample", "main:strata.yaml").contains("name: alice"), "command-line git sees the pushed commit");
            assertTrue(server.log.stream().anyMatch(l -> l.startsWith("401")) && server.log.stream().anyMatch(l -> l.startsWith("200 POST")),
                    "asked for credentials, then served the signed push: " + server.log);

            Path bobDir = tmp.resolve("bob");
            try (ProjectGit bobGit = ProjectGit.cloneFrom(url.toString(), remoteOn("strata-sample"), bobDir, signedWith(LoopbackGitServer.SECRET), ProgressMonitor.NONE)) {
                Files.writeString(bobDir.resolve("Change Log/bob.xml"), "<databaseChangeLog/>\n");
                bobGit.commit(List.of("Change Log/bob.xml"), "Bob's change set", bob);
                bobGit.push("origin", signedWith(LoopbackGitServer.SECRET), ProgressMonitor.NONE);
            }

            Files.writeString(aliceDir.resolve("Change Log/alice.xml"), "<databaseChangeLog/>\n");
            aliceGit.commit(List.of("Change Log/alice.xml"), "Alice's change set", alice);
            String aliceHead = aliceGit.resolve("HEAD");
            GitProblem rejected = assertThrows(GitProblem.class, () -> aliceGit.push("origin", signedWith(LoopbackGitServer.SECRET), ProgressMonitor.NONE));
            assertTrue(rejected.getMessage().contains("push rejected") && rejected.getMessage().contains("Pull first"), rejected.getMessage());
            assertEquals(aliceHead, aliceGit.resolve("HEAD"), "the local commit is kept");
            assertTrue(Files.exists(aliceDir.resolve("Change Log/alice.xml")));

            MergeOutcome pulled = aliceGit.pull("origin", false, signedWith(LoopbackGitServer.SECRET), ProgressMonitor.NONE);
            assertTrue(pulled.successful(), pulled.message());
            assertTrue(Files.exists(aliceDir.resolve("Change Log/bob.xml")), "Bob's file arrived");
            aliceGit.push("origin", signedWith(LoopbackGitServer.SECRET), ProgressMonitor.NONE);
            assertTrue(server.show("strata-sample", "main:Change Log/alice.xml").contains("databaseChangeLog"));
        }
    }

    @Test
    void wrongOrMissingCredentialsAreExplained() throws Exception {
        server.createRepository("locked");
        Path dir = project("locked");
        try (ProjectGit git = ProjectGit.share(dir, alice)) {
            git.setRemote("origin", remoteOn("locked"));
            String head = git.resolve("HEAD");
            GitProblem wrong = assertThrows(GitProblem.class, () -> git.push("origin", signedWith("not-the-secret"), ProgressMonitor.NONE));
            assertTrue(wrong.getMessage().contains("did not accept the credentials") && wrong.getMessage().contains("codecommit:GitPush"), wrong.getMessage());
            assertTrue(server.log.stream().anyMatch(l -> l.startsWith("403")), server.log.toString());

            GitAuth noCredentials = GitAuth.codeCommit(new CodeCommitAccess(() -> {
                throw new IllegalStateException("Unable to load credentials from any of the providers in the chain");
            }, null, Clock.systemUTC()), GitAuth.NONE);
            GitProblem missing = assertThrows(GitProblem.class, () -> git.push("origin", noCredentials, ProgressMonitor.NONE));
            assertTrue(missing.getMessage().contains("no AWS credentials") && missing.getMessage().contains("aws configure"), missing.getMessage());
            assertEquals(head, git.resolve("HEAD"));

            git.setRemote("nowhere", remoteOn("no-such-repo"));
            GitProblem notFound = assertThrows(GitProblem.class, () -> git.push("nowhere", signedWith(LoopbackGitServer.SECRET), ProgressMonitor.NONE));
            assertTrue(notFound.getMessage().contains("push to nowhere failed: there is no repository at"), notFound.getMessage());
        }
    }

    @Test
    void branchesAndAMergeWithConflictsListed() throws Exception {
        Path dir = project("branches");
        try (ProjectGit git = ProjectGit.share(dir, alice)) {
            git.createBranch("sprint-2");
            assertEquals("sprint-2", git.branch());
            Files.writeString(dir.resolve("strata.yaml"), "name: sprint-2\n");
            git.commit(List.of("strata.yaml"), "Rename on sprint-2", alice);
            git.switchBranch("main");
            assertEquals(List.of("main", "sprint-2"), git.branches());
            Files.writeString(dir.resolve("strata.yaml"), "name: main-edit\n");
            GitProblem dirty = assertThrows(GitProblem.class, () -> git.switchBranch("sprint-2"));
            assertTrue(dirty.getMessage().contains("overwrite your uncommitted changes to strata.yaml"), dirty.getMessage());
            git.commit(List.of("strata.yaml"), "Rename on main", alice);
            assertTrue(assertThrows(GitProblem.class, () -> git.createBranch("sprint-2")).getMessage().contains("already exists"));

            MergeOutcome merged = git.merge("sprint-2");
            assertFalse(merged.successful());
            assertEquals(List.of("strata.yaml"), merged.conflicts());
            assertTrue(merged.message().contains("left conflicts in strata.yaml"), merged.message());
            assertTrue(Files.readString(dir.resolve("strata.yaml"), StandardCharsets.UTF_8).contains("<<<<<<<"));
        }
    }

    @Test
    void aMergeCommitNamesTheIdentityGiven() throws Exception {
        Path dir = project("identity");
        try (ProjectGit git = ProjectGit.share(dir, alice)) {
            git.createBranch("feature");
            Files.writeString(dir.resolve("Change Log/feature.txt"), "feature\n");
            git.commit(List.of("Change Log/feature.txt"), "Feature", alice);
            git.switchBranch("main");
            Files.writeString(dir.resolve("Change Log/main.txt"), "main\n");
            git.commit(List.of("Change Log/main.txt"), "Main", alice);

            git.identity(bob);
            MergeOutcome merged = git.merge("feature");
            assertTrue(merged.successful(), merged.message());
            ProjectGit.HistoryEntry merge = git.history(1, null).get(0);
            assertEquals(2, merge.parents().size(), "a merge commit");
            assertEquals(List.of("Bob", "bob@example.org"), List.of(merge.author(), merge.email()));
        }
    }
}
