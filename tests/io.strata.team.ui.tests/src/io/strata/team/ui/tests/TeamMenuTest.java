package io.strata.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.strata.core.StrataProjects;
import io.strata.forecast.ui.ForecastUi;
import io.strata.forecast.ui.internal.console.StrataConsole;
import io.strata.git.ProjectGit;
import io.strata.team.ui.TeamUi;
import io.strata.team.ui.internal.history.HistoryView;
import io.strata.test.ui.ScreenshotOnFailure;
import io.strata.test.ui.StrataNavigator;
import io.strata.test.ui.SwtDriver;
import io.strata.ui.preferences.StrataPreferences;
import io.strata.ui.internal.project.SampleProjectImport;
import io.strata.ui.internal.project.StrataNature;

/**
 * The Team menu on a copy of the sample project, through the real menus and dialogs: Share
 * Project, Commit, Remotes (a bare repository), Push, Branches, a Pull that reports a change set
 * added on both sides, and a rejected push that keeps the local commits.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TeamMenuTest {

    private static final String NAME = "team-sample";
    private static final String CHANGE_LOG = "Change Log/changelog.xml";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(2);
    private static final PersonIdent BOB = new PersonIdent("Bob", "bob@example.org");

    private SwtDriver ui;
    private IWorkbenchWindow window;
    private Path scratch;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        ui = SwtDriver.current();
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has a window");
        Job.getJobManager().join(SampleProjectImport.FAMILY, new NullProgressMonitor());
        InstanceScope.INSTANCE.getNode("io.strata.ui").put(StrataPreferences.DEFAULT_AUTHOR, "Test Author <test@example.org>");
        // Outside the workspace (which lies in this source tree's Git repository): a project in no repository yet.
        scratch = Files.createTempDirectory("strata-team-");
        Path location = scratch.resolve(NAME);
        StrataProjects.copyProject(Path.of(System.getProperty("strata.samples"), "strata-sample"), location);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProjectDescription description = workspace.newProjectDescription(NAME);
        description.setLocation(IPath.fromPath(location));
        description.setNatureIds(new String[] { StrataNature.ID });
        project = workspace.getRoot().getProject(NAME);
        project.create(description, null);
        project.open(null);
    }

    @AfterEach
    void tearDown() throws Exception {
        waitForTeamJobs();
        project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void commitInARepositoryAboveTheProjectListsAndCommitsOnlyTheProjectsFiles() throws Exception {
        Path dir = project.getLocation().toPath();
        // A monorepo: the repository is the project's parent folder, with an application next to the project.
        Files.createDirectories(scratch.resolve("app"));
        Files.writeString(scratch.resolve("app/Main.java"), "class Main {}\n");
        try (Git git = Git.init().setDirectory(scratch.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("monorepo").setAuthor(BOB).setCommitter(BOB).setSign(false).call();
        }
        Files.writeString(scratch.resolve("app/Main.java"), "class Main { }\n");
        Files.writeString(scratch.resolve("app/Other.java"), "class Other {}\n");
        appendChangeSet(dir, "team-mono-001", "alice", "TEAM_MONO");
        String changeLog = NAME + "/" + CHANGE_LOG;

        Throwable[] commitFailure = dialog("Commit", shell -> {
            Table files = ui.byId(shell, Table.class, "strata.team.commit.files");
            assertEquals(1, files.getItemCount(), "only the project's changed file");
            assertEquals(changeLog, files.getItem(0).getText(0));
            assertEquals("Only files of the project are listed: 2 other changed file(s) of the Git repository, outside the project folder "
                    + NAME + ", are not shown and will not be committed.", ui.byId(shell, Label.class, "strata.team.commit.elsewhere").getText());
            ui.click(ui.byLabel(shell, Button.class, "Select All"));
            ui.type(ui.byId(shell, Text.class, "strata.team.commit.message"), "Table TEAM_MONO");
            ui.click(ui.byLabel(shell, Button.class, "Commit"));
        });
        clickTeam("Commit...");
        waitForShellClosed("Commit", commitFailure);
        waitForTeamJobs();
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals("Table TEAM_MONO", git.history(1, null).get(0).shortMessage());
            assertEquals(List.of(), git.changes(), "the project's change was committed");
            assertEquals(2, git.projectChanges().elsewhere(), "the application's changes were not");
        }
        try (Git git = Git.open(scratch.toFile())) {
            git.add().addFilepattern("app").call();
            git.commit().setMessage("application only").setAuthor(BOB).setCommitter(BOB).setSign(false).call();
        }

        // History lists the commits that change the project's folder, not the application's.
        clickTeam("History");
        HistoryView history = (HistoryView) window.getActivePage().findView(TeamUi.HISTORY_VIEW_ID);
        assertNotNull(history, "the History view is open");
        ui.waitUntil("the History view to list the project's commits", Duration.ofSeconds(20),
                () -> history.heading().startsWith(NAME + ", branch main: 2 commit(s)"));
        assertEquals(List.of("Table TEAM_MONO", "monorepo"), history.rows().stream().map(row -> row[1]).toList());
        assertEquals(NAME + ", branch main: 2 commit(s) that change the project folder " + NAME
                + "; commits of the Git repository that change only other folders are not listed.", history.heading());
    }

    @Test
    void shareCommitPushBranchPullWithADuplicateChangeSetAndARejectedPush() throws Exception {
        Path dir = project.getLocation().toPath();

        // ----- Share Project: the only Team item of a project not in Git
        assertEquals(List.of("Share Project"), teamMenuLabels());
        clickTeam("Share Project");
        waitForTeamJobs();
        assertTrue(ProjectGit.isShared(dir), "the project is in a Git repository now");
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals("main", git.branch());
            assertEquals(1, git.history(10, null).size(), "one first commit");
            assertEquals("Test Author", git.history(1, null).get(0).author(), "the author is the default author preference");
            assertTrue(git.changes().isEmpty(), "everything was committed: " + git.changes());
        }
        assertTrue(project.getFile(".gitignore").exists(), "the navigator shows the ignore file (refreshed)");
        assertEquals(List.of("Commit...", "Push", "Pull", "Branches...", "Merge...", "Remotes...", "History"), teamMenuLabels());

        // ----- Commit...: a changed change log, chosen in the dialog with a message
        appendChangeSet(dir, "team-001", "alice", "TEAM_ONE");
        Throwable[] commitFailure = dialog("Commit", shell -> {
            Button commit = ui.byLabel(shell, Button.class, "Commit");
            assertFalse(commit.isEnabled(), "Commit is disabled until a file is checked and a message typed");
            Table files = ui.byId(shell, Table.class, "strata.team.commit.files");
            assertEquals(1, files.getItemCount(), "one changed file");
            assertEquals(CHANGE_LOG, files.getItem(0).getText(0));
            assertEquals("changed", files.getItem(0).getText(1));
            check(files.getItem(0));
            assertFalse(commit.isEnabled(), "no message yet");
            ui.type(ui.byId(shell, Text.class, "strata.team.commit.message"), "Table TEAM_ONE for the team");
            assertTrue(commit.isEnabled(), "a file is checked and a message typed");
            screenshot("team-commit-dialog.png");
            ui.click(commit);
        });
        clickTeam("Commit...");
        waitForShellClosed("Commit", commitFailure);
        waitForTeamJobs();
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals("Table TEAM_ONE for the team", git.history(1, null).get(0).shortMessage());
            assertTrue(git.changes().isEmpty(), "committed: " + git.changes());
        }
        assertTrue(console().contains("Committed "), console());

        // ----- History: the two commits
        clickTeam("History");
        HistoryView history = (HistoryView) window.getActivePage().findView(TeamUi.HISTORY_VIEW_ID);
        assertNotNull(history, "the History view is open");
        ui.waitUntil("the History view to list the commits", Duration.ofSeconds(20), () -> history.rows().size() == 2);
        assertEquals("Table TEAM_ONE for the team", history.rows().get(0)[1]);
        assertTrue(history.rows().get(0)[2].startsWith("Test Author"), Arrays.toString(history.rows().get(0)));

        // ----- Remotes...: origin is a bare repository
        Path bare = scratch.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        String url = bare.toUri().toString();
        Throwable[] remotesFailure = dialog("Remotes", shell -> {
            assertTrue(ui.byId(shell, Button.class, "strata.team.remotes.gitUrl").getSelection(), "Git URL is the default");
            assertFalse(ui.byLabel(shell, Button.class, "Set Remote").isEnabled(), "no URL yet");
            ui.type(ui.byId(shell, Text.class, "strata.team.remotes.url"), url);
            ui.click(ui.byLabel(shell, Button.class, "Set Remote"));
        });
        clickTeam("Remotes...");
        waitForShellClosed("Remotes", remotesFailure);
        waitForTeamJobs();
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals(url, git.remotes().get(0).url());
            assertEquals("origin", git.remotes().get(0).name());
        }

        // ----- Push
        clickTeam("Push");
        waitForTeamJobs();
        assertTrue(console().contains("pushed 'main' to origin"), console());
        String pushed;
        try (ProjectGit git = ProjectGit.open(dir); Git remote = Git.open(bare.toFile())) {
            pushed = git.resolve("HEAD");
            assertEquals(pushed, remote.getRepository().resolve("refs/heads/main").name(), "the bare repository has main");
        }

        // ----- Branches...: create and switch, then back to main
        Throwable[] createFailure = dialog("Branches", shell -> {
            ui.type(ui.byId(shell, Text.class, "strata.team.branches.newName"), "feature x");
            assertFalse(ui.byLabel(shell, Button.class, "Create and Switch").isEnabled(), "a name with a space is refused");
            ui.type(ui.byId(shell, Text.class, "strata.team.branches.newName"), "feature-x");
            ui.click(ui.byLabel(shell, Button.class, "Create and Switch"));
        });
        clickTeam("Branches...");
        waitForShellClosed("Branches", createFailure);
        waitForTeamJobs();
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals("feature-x", git.branch());
        }
        Throwable[] switchFailure = dialog("Branches", shell -> {
            org.eclipse.swt.widgets.List list = ui.byId(shell, org.eclipse.swt.widgets.List.class, "strata.team.branches.list");
            assertEquals(List.of("feature-x (current)", "main"), List.of(list.getItems()));
            assertFalse(ui.byLabel(shell, Button.class, "Switch").isEnabled(), "the current branch is picked first: nothing to switch to");
            list.select(1);
            list.notifyListeners(SWT.Selection, new Event());
            ui.click(ui.byLabel(shell, Button.class, "Switch"));
        });
        clickTeam("Branches...");
        waitForShellClosed("Branches", switchFailure);
        waitForTeamJobs();
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals("main", git.branch());
        }

        // ----- Merge...: feature-x into main (nothing new on it)
        Throwable[] mergeFailure = dialog("Merge", shell -> {
            org.eclipse.swt.widgets.List list = ui.byId(shell, org.eclipse.swt.widgets.List.class, "strata.team.branches.list");
            assertEquals(List.of("feature-x"), List.of(list.getItems()), "the other branches");
            assertEquals(0, list.getSelectionIndex(), "the first branch to merge is picked");
            ui.click(ui.byLabel(shell, Button.class, "Merge"));
        });
        clickTeam("Merge...");
        waitForShellClosed("Merge", mergeFailure);
        waitForTeamJobs();
        assertTrue(console().contains("already up to date with feature-x"), console());

        // ----- Pull: a colleague added a change set with the id we also added
        Path other = scratch.resolve("colleague");
        try (Git colleague = Git.cloneRepository().setURI(url).setDirectory(other.toFile()).call()) {
            Path log = other.resolve(CHANGE_LOG);
            String text = Files.readString(log, StandardCharsets.UTF_8);
            int firstEnd = text.indexOf("</changeSet>") + "</changeSet>".length();
            Files.writeString(log, text.substring(0, firstEnd) + "\n\n" + changeSet("team-dup", "alice", "THEIRS") + text.substring(firstEnd),
                    StandardCharsets.UTF_8);
            colleague.commit().setAll(true).setMessage("Colleague: table THEIRS").setAuthor(BOB).setCommitter(BOB).setSign(false).call();
            colleague.push().call();
        }
        appendChangeSet(dir, "team-dup", "alice", "OURS");
        try (ProjectGit git = ProjectGit.open(dir)) {
            git.commit(List.of(CHANGE_LOG), "Table OURS", new PersonIdent("Test Author", "test@example.org"));
        }
        List<String[]> findings = new ArrayList<>();
        Throwable[] pullFailure = ui.onShell("Pull", shell -> ui.click(ui.byLabel(shell, Button.class, "Merge")));
        Throwable[] resultsFailure = ui.onShell("Pull: " + NAME, shell -> {
            Table table = ui.byId(shell, Table.class, "strata.team.results.findings");
            for (TableItem item : table.getItems()) {
                findings.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4) });
            }
            screenshot("team-merge-findings.png");
            shell.close();
        });
        clickTeam("Pull");
        SwtDriver.rethrow(pullFailure);
        waitForTeamJobs();
        ui.waitUntil("the findings dialog of the pull", Duration.ofSeconds(30), () -> !findings.isEmpty() || resultsFailure[0] != null);
        SwtDriver.rethrow(resultsFailure);
        String[] duplicate = findings.stream().filter(f -> f[0].equals("DUPLICATE_ID")).findFirst()
                .orElseThrow(() -> new AssertionError("no DUPLICATE_ID finding: " + describe(findings)));
        assertEquals("team-dup (alice) in " + CHANGE_LOG, duplicate[1]);
        assertTrue(duplicate[2].startsWith("checksum "), duplicate[2]);
        assertTrue(duplicate[3].startsWith("checksum ") && !duplicate[3].equals(duplicate[2]), duplicate[3]);
        assertTrue(duplicate[4].contains("new id"), duplicate[4]);
        IMarker marker = Arrays.stream(project.getFile(CHANGE_LOG).findMarkers(TeamUi.MERGE_FINDING_MARKER, false, IResource.DEPTH_ZERO))
                .filter(m -> "DUPLICATE_ID".equals(m.getAttribute(ForecastUi.ATTR_CODE, null))).findFirst()
                .orElseThrow(() -> new AssertionError("no marker of the duplicate on " + CHANGE_LOG));
        assertEquals("team-dup", marker.getAttribute(ForecastUi.ATTR_CHANGE_SET_ID, null));
        assertTrue(marker.getAttribute(IMarker.LINE_NUMBER, 0) > 0, "at the change set's line");
        assertTrue(marker.isSubtypeOf(ForecastUi.FINDING_MARKER), "a Strata finding");
        String merged;
        try (ProjectGit git = ProjectGit.open(dir)) {
            merged = git.resolve("HEAD");
            assertEquals(2, git.history(1, null).get(0).parents().size(), "the pull merged the colleague's commit");
            assertEquals("Test Author", git.history(1, null).get(0).author(), "the merge commit is by the default author");
        }
        assertTrue(Files.readString(dir.resolve(CHANGE_LOG)).contains("THEIRS"), "the colleague's change set came in");

        // ----- Push rejected: the colleague pushed again first; our commits stay
        try (Git colleague = Git.open(other.toFile())) {
            Files.writeString(other.resolve("README.txt"), "colleague\n", StandardCharsets.UTF_8);
            colleague.add().addFilepattern("README.txt").call();
            colleague.commit().setMessage("Colleague: readme").setAuthor(BOB).setCommitter(BOB).setSign(false).call();
            colleague.push().call();
        }
        String[] error = new String[1];
        Throwable[] errorFailure = ui.onShell("Push", shell -> {
            error[0] = String.join("\n", ui.findAll(shell, Label.class, l -> true).stream().map(Label::getText).toList());
            shell.close();
        });
        clickTeam("Push");
        waitForTeamJobs();
        ui.waitUntil("the error dialog of the rejected push", Duration.ofSeconds(30), () -> error[0] != null || errorFailure[0] != null);
        SwtDriver.rethrow(errorFailure);
        assertTrue(error[0].contains("Push rejected: 'main' on origin has commits you do not have. Pull first (Team > Pull)"), error[0]);
        assertTrue(error[0].contains("Your commits are kept here."), error[0]);
        assertFalse(error[0].contains("Exception"), "no stack trace: " + error[0]);
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals(merged, git.resolve("HEAD"), "the local commits are kept");
        }
        assertTrue(console().contains("Push failed: Push rejected"), console());

        // ----- Pull with Rebase: our commits replayed onto the colleague's; then the push goes through.
        // The change log still holds 'team-dup' twice (nobody fixed it): the check says so again.
        List<String> standing = new ArrayList<>();
        Throwable[] rebaseFailure = ui.onShell("Pull", shell -> ui.click(ui.byLabel(shell, Button.class, "Rebase")));
        Throwable[] standingFailure = ui.onShell("Pull: " + NAME, shell -> {
            for (TableItem item : ui.byId(shell, Table.class, "strata.team.results.findings").getItems()) {
                standing.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
            }
            shell.close();
        });
        clickTeam("Pull");
        SwtDriver.rethrow(rebaseFailure);
        waitForTeamJobs();
        ui.waitUntil("the findings dialog of the rebase", Duration.ofSeconds(30), () -> !standing.isEmpty() || standingFailure[0] != null);
        SwtDriver.rethrow(standingFailure);
        assertTrue(standing.stream().anyMatch(f -> f.startsWith("DUPLICATE_ID team-dup (alice)") && f.endsWith("2 copies")), standing.toString());
        assertTrue(console().contains("rebased 'main' onto origin/main"), console());
        try (ProjectGit git = ProjectGit.open(dir)) {
            assertEquals("Table OURS", git.history(1, null).get(0).shortMessage(), "our commit is on top");
            assertTrue(git.history(10, null).stream().anyMatch(e -> e.shortMessage().equals("Colleague: readme")), "on the colleague's");
        }
        clickTeam("Push");
        waitForTeamJobs();
        try (ProjectGit git = ProjectGit.open(dir); Git remote = Git.open(bare.toFile())) {
            assertEquals(git.resolve("HEAD"), remote.getRepository().resolve("refs/heads/main").name(), "pushed after the pull");
        }

        // ----- Remotes...: a CodeCommit repository. List repositories with a profile that does not exist says so in the dialog.
        String profile = "strata-test-no-such-profile";
        String[] listProblem = new String[1];
        Throwable[] codeCommitFailure = dialog("Remotes", shell -> {
            assertEquals(url, ui.byId(shell, Text.class, "strata.team.remotes.url").getText(), "the dialog shows the current origin");
            ui.byId(shell, Button.class, "strata.team.remotes.gitUrl").setSelection(false);
            ui.click(ui.byId(shell, Button.class, "strata.team.remotes.codeCommit"));
            ui.type(ui.byId(shell, Text.class, "strata.team.remotes.region"), "eu-west-1");
            ui.type(ui.byId(shell, org.eclipse.swt.widgets.Combo.class, "strata.team.remotes.repository"), "strata-team");
            ui.type(ui.byId(shell, Text.class, "strata.team.remotes.profile"), profile);
            ui.click(ui.byLabel(shell, Button.class, "List repositories"));
            ui.waitUntil("the dialog to say why the repositories cannot be listed", Duration.ofSeconds(30), () -> {
                listProblem[0] = ui.findAll(shell, org.eclipse.swt.widgets.Control.class, c -> String.valueOf(SwtDriver.textOf(c)).contains("No AWS credentials"))
                        .stream().map(SwtDriver::textOf).findFirst().orElse(null);
                return listProblem[0] != null;
            });
            ui.waitUntil("List repositories to be offered again", Duration.ofSeconds(10), () -> ui.byLabel(shell, Button.class, "List repositories").isEnabled());
            ui.click(ui.byLabel(shell, Button.class, "Set Remote"));
        });
        clickTeam("Remotes...");
        waitForShellClosed("Remotes", codeCommitFailure);
        waitForTeamJobs();
        assertTrue(listProblem[0].contains("'" + profile + "'") && listProblem[0].contains("aws configure"), listProblem[0]);
        try (ProjectGit git = ProjectGit.open(dir)) {
            var origin = git.remotes().get(0).codeCommit();
            assertNotNull(origin, "origin is a CodeCommit repository");
            assertEquals(List.of("eu-west-1", "strata-team", profile), List.of(origin.region(), origin.name(), origin.profile()));
            assertEquals(io.strata.aws.codecommit.CodeCommitRemote.of("eu-west-1", "strata-team", profile).gitUrl().toString(), git.remotes().get(0).url());
        }
    }

    // ----- helpers -----------------------------------------------------------------------------

    private static String changeSet(String id, String author, String table) {
        return "    <changeSet id=\"" + id + "\" author=\"" + author + "\">\n        <createTable tableName=\"" + table
                + "\">\n            <column name=\"ID\" type=\"BIGINT\"/>\n        </createTable>\n    </changeSet>\n";
    }

    /** Adds a change set at the end of the project's change log, as an editor would, and refreshes the file. */
    private void appendChangeSet(Path dir, String id, String author, String table) throws Exception {
        Path log = dir.resolve(CHANGE_LOG);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</databaseChangeLog>");
        Files.writeString(log, text.substring(0, end) + changeSet(id, author, table) + "\n" + text.substring(end), StandardCharsets.UTF_8);
        project.getFile(CHANGE_LOG).refreshLocal(IResource.DEPTH_ZERO, null);
    }

    private List<String> teamMenuLabels() {
        Menu context = StrataNavigator.select(ui, window, project).getMenu();
        assertEquals(1, ui.menuLabels(context).stream().filter("Team"::equals).count(), "one Team menu: " + ui.menuLabels(context));
        MenuItem team = ui.menuItem(context, "Team");
        return ui.menuLabels(team.getMenu());
    }

    /** Right-click the project > Team > {@code label}. */
    private void clickTeam(String label) {
        Menu context = StrataNavigator.select(ui, window, project).getMenu();
        ui.click(ui.menuItem(context, "Team", label));
    }

    /** Checks a row's box the way a click on it does (the table hears SWT.Selection with detail CHECK). */
    private void check(TableItem item) {
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        item.getParent().notifyListeners(SWT.Selection, event);
        ui.flush();
    }

    /**
     * Handles the dialog with this title once it opens (the Team dialogs open after a job read what
     * they show); the holder's [0] is what the action threw, [1] a marker that it ran to its end.
     */
    private Throwable[] dialog(String title, java.util.function.Consumer<Shell> action) {
        Throwable[] outcome = new Throwable[2];
        Throwable[] failure = ui.onShell(title, shell -> {
            action.accept(shell);
            outcome[1] = new Throwable("done");
        });
        ui.display().timerExec(100, new Runnable() {
            @Override
            public void run() {
                if (failure[0] != null) {
                    outcome[0] = failure[0];
                } else if (outcome[1] == null) {
                    ui.display().timerExec(100, this);
                }
            }
        });
        return outcome;
    }

    private void waitForShellClosed(String title, Throwable[] outcome) {
        ui.waitUntil("the dialog '" + title + "' to be handled and closed", Duration.ofSeconds(40),
                () -> outcome[0] != null || outcome[1] != null
                        && Arrays.stream(ui.display().getShells()).noneMatch(s -> !s.isDisposed() && title.equals(s.getText())));
        SwtDriver.rethrow(outcome);
    }

    private void waitForTeamJobs() {
        ui.waitUntil("the Team jobs to end", JOB_TIMEOUT, () -> Job.getJobManager().find(TeamUi.JOB_FAMILY).length == 0);
        ui.flush();
    }

    private void screenshot(String name) {
        try {
            ui.screenshot(Path.of(System.getProperty("strata.docs.screenshots", "target/screenshots")).resolve(name));
        } catch (java.io.IOException e) {
            throw new AssertionError("the screenshot " + name + " could not be written: " + e.getMessage(), e);
        }
    }

    private static String console() {
        return StrataConsole.get().text();
    }

    private static String describe(List<String[]> rows) {
        return rows.stream().map(Arrays::toString).toList().toString();
    }
}
