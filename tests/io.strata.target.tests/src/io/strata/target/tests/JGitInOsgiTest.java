package io.strata.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.LoggerFactory;

/** JGit 7.8 inside OSGi: init, add, commit, log; and slf4j has a real provider (SPI-Fly + slf4j.simple). */
class JGitInOsgiTest {

    @TempDir
    Path temp;

    @Test
    void initAddCommitAndLog() throws Exception {
        assertEquals("org.eclipse.jgit", FrameworkUtil.getBundle(Git.class).getSymbolicName());
        Path work = temp.resolve("repo");
        PersonIdent strata = new PersonIdent("Strata Test", "test@strata.invalid");
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            Files.writeString(work.resolve("changelog.xml"), "<databaseChangeLog/>\n", StandardCharsets.UTF_8);
            git.add().addFilepattern("changelog.xml").call();
            RevCommit commit = git.commit().setMessage("Add the change log").setAuthor(strata).setCommitter(strata)
                    .setSign(false).call();

            Status status = git.status().call();
            assertTrue(status.isClean(), "work tree not clean after the commit: " + status.getUncommittedChanges());

            List<RevCommit> log = new ArrayList<>();
            git.log().call().forEach(log::add);
            assertEquals(1, log.size());
            assertEquals(commit.getId(), log.get(0).getId());
            assertEquals("Add the change log", log.get(0).getFullMessage());
            assertEquals("Strata Test", log.get(0).getAuthorIdent().getName());
            ObjectId head = git.getRepository().resolve("refs/heads/main");
            assertEquals(commit.getId(), head);

            try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), "changelog.xml", commit.getTree())) {
                assertNotNull(walk, "changelog.xml is not in the committed tree");
            }
        }
    }

    @Test
    void slf4jFindsItsProviderThroughTheServiceLoaderMediator() {
        String factory = LoggerFactory.getILoggerFactory().getClass().getName();
        assertEquals("org.slf4j.simple.SimpleLoggerFactory", factory,
                "slf4j found no provider (SPI-Fly or slf4j.simple not started?)");
    }
}
