package io.strata.git;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.PullResult;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRefNameException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.api.errors.RefNotFoundException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.api.errors.WrongRepositoryStateException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.BatchingProgressMonitor;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;

import io.strata.aws.codecommit.CodeCommitRemote;
import io.strata.core.ProgressMonitor;
import io.strata.core.project.NewProject;
import io.strata.git.GitAuth.RemoteInfo;

/**
 * Git for a Strata project, through JGit: Share Project (init, ignore file, first commit),
 * status, commit, remotes (CodeCommit included), push, pull (merge or rebase), branches, merge
 * with conflicts listed, history. Every failure is a {@link GitProblem} whose message says what to
 * do; a failed push or pull leaves local commits and files as they were.
 */
public final class ProjectGit implements AutoCloseable {

    /** A file's state as the Commit dialog lists it. */
    public enum Change { ADDED, CHANGED, REMOVED, UNTRACKED, MISSING, CONFLICTING }

    /** A changed file of the working tree, relative to the repository's root. */
    public record FileChange(String path, Change change) {
    }

    /**
     * The changed files of the project (paths relative to the repository's root, all under the
     * project's folder) and how many changed files of the repository lie outside it (a repository
     * above the project, as in a monorepo); those are neither listed nor committed. {@code folder} is
     * the project's folder relative to the repository's root, "" when the project is the root.
     */
    public record ProjectChanges(List<FileChange> files, int elsewhere, String folder) {
    }

    /** One commit of the history. */
    public record HistoryEntry(String id, String shortMessage, String author, String email, Instant when, List<String> parents) {
    }

    /** What a push did: updated refs, or nothing new to push. */
    public record PushOutcome(String remote, String branch, boolean upToDate, String message) {
    }

    /**
     * What a pull or merge did; {@code conflicts} lists the files to resolve, with nothing
     * committed; {@code changeLog} what the change log check found (see {@link ChangeLogMergeCheck}).
     */
    public record MergeOutcome(String status, boolean successful, List<String> conflicts, String message, List<ChangeLogMergeCheck.Finding> changeLog) {
        MergeOutcome(String status, boolean successful, List<String> conflicts, String message) {
            this(status, successful, conflicts, message, List.of());
        }

        MergeOutcome withChangeLog(List<ChangeLogMergeCheck.Finding> findings, String problem) {
            return new MergeOutcome(status, successful, conflicts, problem == null ? message : message + "; " + problem, findings);
        }
    }

    private static final String CODECOMMIT_REGION = "codecommitRegion";
    private static final String CODECOMMIT_PROFILE = "codecommitProfile";
    private static final String CODECOMMIT_NAME = "codecommitRepository";

    private final Git git;
    private final Path workTree;
    /** The project's folder relative to the work tree ("" when the project is the repository's root). */
    private final String projectPath;

    private ProjectGit(Git git, Path projectDir) {
        this.git = git;
        this.workTree = git.getRepository().getWorkTree().toPath();
        Path relative = workTree.toAbsolutePath().normalize().relativize(projectDir.toAbsolutePath().normalize());
        this.projectPath = relative.toString().replace('\\', '/');
    }

    /** The repository holding {@code projectDir} (the project's folder or one above it). */
    public static ProjectGit open(Path projectDir) throws GitProblem {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(projectDir.toFile());
        if (builder.getGitDir() == null) {
            throw new GitProblem("'" + projectDir.getFileName() + "' is not in a Git repository: use Team > Share Project first");
        }
        try {
            return new ProjectGit(new Git(builder.build()), projectDir);
        } catch (IOException e) {
            throw new GitProblem("the Git repository of '" + projectDir.getFileName() + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether {@code projectDir} is in a Git repository. */
    public static boolean isShared(Path projectDir) {
        return new FileRepositoryBuilder().findGitDir(projectDir.toFile()).getGitDir() != null;
    }

    /**
     * Share Project: creates a repository in {@code projectDir} with branch {@code main}, writes or
     * completes the ignore file (local state and reports are never versioned), and commits every
     * file as the first commit by {@code author}.
     */
    public static ProjectGit share(Path projectDir, PersonIdent author) throws GitProblem {
        if (isShared(projectDir)) {
            throw new GitProblem("'" + projectDir.getFileName() + "' is already in a Git repository; nothing was changed");
        }
        try {
            completeIgnoreFile(projectDir.resolve(Constants.DOT_GIT_IGNORE));
            Git git = Git.init().setDirectory(projectDir.toFile()).setInitialBranch("main").call();
            ProjectGit shared = new ProjectGit(git, projectDir);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Share " + projectDir.getFileName() + " (Strata project)").setAuthor(author).setCommitter(author).setSign(false).call();
            return shared;
        } catch (IOException | GitAPIException e) {
            throw new GitProblem("sharing '" + projectDir.getFileName() + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Clones {@code url} (a CodeCommit repository when {@code codeCommit} is set) into
     * {@code directory}, which must not exist or be empty; its remote is {@code origin}.
     */
    public static ProjectGit cloneFrom(String url, CodeCommitRemote codeCommit, Path directory, GitAuth auth, ProgressMonitor monitor) throws GitProblem {
        RemoteInfo remote = new RemoteInfo("origin", url, codeCommit);
        GitProblem[] authFailure = new GitProblem[1];
        try {
            Git git = configure(Git.cloneRepository().setURI(url).setDirectory(directory.toFile()), remote, auth, authFailure, monitor)
                    .setProgressMonitor(jgit(monitor)).call();
            ProjectGit cloned = new ProjectGit(git, directory);
            if (codeCommit != null) {
                cloned.setRemote("origin", new CodeCommitRemote(codeCommit.region(), codeCommit.name(), codeCommit.profile(), URI.create(url)));
            }
            return cloned;
        } catch (GitAPIException e) {
            throw transportProblem("cloning " + url, remote, e, authFailure[0]);
        }
    }

    static void completeIgnoreFile(Path file) throws IOException {
        List<String> wanted = NewProject.GITIGNORE.lines().toList();
        List<String> present = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        Set<String> missing = new LinkedHashSet<>();
        for (String line : wanted) {
            if (!line.isBlank() && !line.startsWith("#") && !present.contains(line)) {
                missing.add(line);
            }
        }
        if (present.isEmpty()) {
            Files.writeString(file, NewProject.GITIGNORE, StandardCharsets.UTF_8);
        } else if (!missing.isEmpty()) {
            StringBuilder text = new StringBuilder(String.join("\n", present)).append('\n');
            text.append("# Added by Strata: local state and generated reports are never versioned.\n");
            missing.forEach(line -> text.append(line).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    public Path workTree() {
        return workTree;
    }

    /** The checked-out branch. */
    public String branch() throws GitProblem {
        try {
            return git.getRepository().getBranch();
        } catch (IOException e) {
            throw new GitProblem("the current branch cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The project's changed, added, removed and untracked files (ignored ones left out), sorted by path; changes of
     * the repository outside the project's folder are left out.
     */
    public List<FileChange> changes() throws GitProblem {
        return projectChanges().files();
    }

    /** The project's changes, and how many changes of the repository outside the project's folder are left out. */
    public ProjectChanges projectChanges() throws GitProblem {
        try {
            Status status = git.status().call();
            List<FileChange> changes = new ArrayList<>();
            status.getAdded().forEach(p -> changes.add(new FileChange(p, Change.ADDED)));
            union(status.getChanged(), status.getModified()).forEach(p -> changes.add(new FileChange(p, Change.CHANGED)));
            status.getRemoved().forEach(p -> changes.add(new FileChange(p, Change.REMOVED)));
            status.getMissing().forEach(p -> changes.add(new FileChange(p, Change.MISSING)));
            status.getUntracked().forEach(p -> changes.add(new FileChange(p, Change.UNTRACKED)));
            status.getConflicting().forEach(p -> changes.add(new FileChange(p, Change.CONFLICTING)));
            List<FileChange> project = new ArrayList<>(changes.stream().filter(c -> inProject(c.path())).toList());
            project.sort((a, b) -> a.path().compareTo(b.path()));
            // a conflicting file is also changed or removed: count files, not states
            long elsewhere = changes.stream().map(FileChange::path).filter(p -> !inProject(p)).distinct().count();
            return new ProjectChanges(List.copyOf(project), (int) elsewhere, projectPath);
        } catch (GitAPIException e) {
            throw new GitProblem("the status of the working tree cannot be read: " + e.getMessage(), e);
        }
    }

    /** The project's folder relative to the repository's root, "" when the project is the root. */
    public String projectFolder() {
        return projectPath;
    }

    /** Whether a path relative to the repository's root is the project's folder or inside it. */
    private boolean inProject(String path) {
        return projectPath.isEmpty() || path.equals(projectPath) || path.startsWith(projectPath + "/");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Commits exactly {@code paths} (new, changed or deleted files of the project; relative to the repository's
     * root) with {@code message}. Other changes stay uncommitted; a path outside the project's folder is refused.
     */
    public HistoryEntry commit(List<String> paths, String message, PersonIdent author) throws GitProblem {
        if (message == null || message.isBlank()) {
            throw new GitProblem("a commit needs a message: say what the change does");
        }
        if (paths.isEmpty()) {
            throw new GitProblem("no files chosen to commit");
        }
        for (String path : paths) {
            if (!inProject(path)) {
                throw new GitProblem("'" + path + "' is outside the project's folder '" + projectPath
                        + "': Strata commits the project's files only; commit other files of the repository with Git itself");
            }
        }
        try {
            Set<String> missing = git.status().call().getMissing();
            for (String path : paths) {
                if (missing.contains(path)) {
                    git.rm().addFilepattern(path).call();
                } else {
                    git.add().addFilepattern(path).call();
                }
            }
            CommitCommand commit = git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false);
            paths.forEach(commit::setOnly);
            return entry(commit.call());
        } catch (WrongRepositoryStateException e) {
            throw new GitProblem("a merge or rebase is in progress: resolve its conflicts (or abort it) before committing", e);
        } catch (GitAPIException e) {
            throw new GitProblem("the commit failed: " + e.getMessage(), e);
        }
    }

    /**
     * Who Git names in the commits it makes by itself (the merge commit of a pull or merge, the
     * committer of rebased commits): the repository's {@code user.name} and {@code user.email},
     * written only when they differ. Without it those commits carry the machine's Git identity.
     */
    public void identity(PersonIdent who) throws GitProblem {
        StoredConfig config = git.getRepository().getConfig();
        if (who.getName().equals(config.getString("user", null, "name")) && who.getEmailAddress().equals(config.getString("user", null, "email"))) {
            return;
        }
        config.setString("user", null, "name", who.getName());
        config.setString("user", null, "email", who.getEmailAddress());
        save(config);
    }

    /** Remote names and URLs, with their CodeCommit repository when they have one. */
    public List<RemoteInfo> remotes() throws GitProblem {
        StoredConfig config = git.getRepository().getConfig();
        List<RemoteInfo> remotes = new ArrayList<>();
        for (String name : new TreeSet<>(config.getSubsections("remote"))) {
            remotes.add(remote(name));
        }
        return remotes;
    }

    RemoteInfo remote(String name) throws GitProblem {
        StoredConfig config = git.getRepository().getConfig();
        String url = config.getString("remote", name, "url");
        if (url == null) {
            throw new GitProblem("there is no remote '" + name + "': add it with Team > Remotes (for CodeCommit: region and repository name)");
        }
        String region = config.getString("remote", name, CODECOMMIT_REGION);
        CodeCommitRemote codeCommit = null;
        if (region != null) {
            // checked as CodeCommit names them; Git talks to the URL the remote has (AWS's, or an endpoint of the user's)
            CodeCommitRemote repo = CodeCommitRemote.of(region, config.getString("remote", name, CODECOMMIT_NAME), config.getString("remote", name, CODECOMMIT_PROFILE));
            codeCommit = new CodeCommitRemote(region, repo.name(), repo.profile(), URI.create(url));
        } else if (CodeCommitRemote.isCodeCommit(url)) {
            codeCommit = CodeCommitRemote.parse(url, null);
        }
        return new RemoteInfo(name, url, codeCommit);
    }

    /** Adds or changes the remote {@code name} to {@code url} (any Git URL). */
    public void setRemote(String name, String url) throws GitProblem {
        try {
            new URIish(url);
        } catch (URISyntaxException e) {
            throw new GitProblem("'" + url + "' is not a Git URL: " + e.getMessage(), e);
        }
        StoredConfig config = git.getRepository().getConfig();
        config.unsetSection("remote", name);
        config.setString("remote", name, "url", url);
        config.setString("remote", name, "fetch", "+refs/heads/*:refs/remotes/" + name + "/*");
        save(config);
    }

    /**
     * Adds or changes the remote {@code name} to a CodeCommit repository: Git talks to its HTTPS
     * URL, and each request is signed with the AWS credentials of its profile (or the default chain).
     */
    public void setRemote(String name, CodeCommitRemote remote) throws GitProblem {
        setRemote(name, remote.gitUrl().toString());
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", name, CODECOMMIT_REGION, remote.region());
        config.setString("remote", name, CODECOMMIT_NAME, remote.name());
        if (remote.profile() != null) {
            config.setString("remote", name, CODECOMMIT_PROFILE, remote.profile());
        }
        save(config);
    }

    private static void save(StoredConfig config) throws GitProblem {
        try {
            config.save();
        } catch (IOException e) {
            throw new GitProblem("the repository's configuration cannot be written: " + e.getMessage(), e);
        }
    }

    /** Pushes the current branch to {@code remoteName} (same branch name there). */
    public PushOutcome push(String remoteName, GitAuth auth, ProgressMonitor monitor) throws GitProblem {
        RemoteInfo remote = remote(remoteName);
        String branch = branch();
        GitProblem[] authFailure = new GitProblem[1];
        try {
            Iterable<PushResult> results = configure(git.push().setRemote(remoteName).add(branch), remote, auth, authFailure, monitor)
                    .setProgressMonitor(jgit(monitor)).call();
            boolean upToDate = true;
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                        case OK -> upToDate = false;
                        case UP_TO_DATE -> { }
                        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new GitProblem("push rejected: '" + branch + "' on " + remoteName
                                + " has commits you do not have. Pull first (Team > Pull), resolve any conflicts, then push again. Your commits are kept here.");
                        case REJECTED_NODELETE, REJECTED_OTHER_REASON, NON_EXISTING, AWAITING_REPORT, NOT_ATTEMPTED -> throw new GitProblem("push of '" + branch + "' to "
                                + remoteName + " was refused" + (update.getMessage() != null ? ": " + update.getMessage() : "") + ". Your commits are kept here.");
                    }
                }
            }
            return new PushOutcome(remoteName, branch, upToDate,
                    upToDate ? "'" + branch + "' on " + remoteName + " is up to date" : "pushed '" + branch + "' to " + remoteName);
        } catch (GitAPIException e) {
            throw transportProblem("push to " + remoteName, remote, e, authFailure[0]);
        }
    }

    /** Fetches {@code remoteName} and merges (or rebases onto) its branch of the same name. */
    public MergeOutcome pull(String remoteName, boolean rebase, GitAuth auth, ProgressMonitor monitor) throws GitProblem {
        RemoteInfo remote = remote(remoteName);
        String branch = branch();
        ObjectId before = head();
        GitProblem[] authFailure = new GitProblem[1];
        try {
            MergeOutcome outcome = pullOnly(remoteName, rebase, branch, remote, auth, authFailure, monitor);
            return checkChangeLog(outcome, before, "refs/remotes/" + remoteName + "/" + branch, branch, remoteName + "/" + branch);
        } catch (RefNotFoundException e) {
            throw new GitProblem(remoteName + " has no branch '" + branch + "' yet: push it first (Team > Push)", e);
        } catch (GitAPIException e) {
            throw transportProblem("pull from " + remoteName, remote, e, authFailure[0]);
        }
    }

    private MergeOutcome pullOnly(String remoteName, boolean rebase, String branch, RemoteInfo remote, GitAuth auth, GitProblem[] authFailure,
            ProgressMonitor monitor) throws GitAPIException {
        PullResult result = configure(git.pull().setRemote(remoteName).setRemoteBranchName(branch).setRebase(rebase), remote, auth, authFailure, monitor)
                .setProgressMonitor(jgit(monitor)).call();
        if (result.getMergeResult() != null) {
            return outcome(result.getMergeResult(), remoteName + "/" + branch);
        }
        RebaseResult rebased = result.getRebaseResult();
        if (rebased != null) {
            boolean ok = rebased.getStatus().isSuccessful();
            List<String> conflicts = rebased.getConflicts() != null ? rebased.getConflicts() : List.of();
            return new MergeOutcome(rebased.getStatus().name(), ok, conflicts, ok ? "rebased '" + branch + "' onto " + remoteName + "/" + branch
                    : "the rebase onto " + remoteName + "/" + branch + " stopped (" + rebased.getStatus() + ")" + conflictAdvice(conflicts));
        }
        return new MergeOutcome("FETCHED", result.isSuccessful(), List.of(), "fetched " + remoteName);
    }

    private ObjectId head() throws GitProblem {
        try {
            return git.getRepository().resolve(Constants.HEAD);
        } catch (IOException e) {
            throw new GitProblem("HEAD cannot be read: " + e.getMessage(), e);
        }
    }

    /** Runs {@link ChangeLogMergeCheck} between what was checked out before and what came in. */
    private MergeOutcome checkChangeLog(MergeOutcome outcome, ObjectId before, String theirsRef, String oursName, String theirsName) throws GitProblem {
        ObjectId theirs;
        try {
            theirs = git.getRepository().resolve(theirsRef);
        } catch (IOException e) {
            return outcome.withChangeLog(List.of(), "the change log was not checked: " + e.getMessage());
        }
        if (before == null || theirs == null || before.equals(theirs)) {
            return outcome;
        }
        try {
            return outcome.withChangeLog(ChangeLogMergeCheck.check(git.getRepository(), projectPath, before, theirs, oursName, theirsName), null);
        } catch (GitProblem e) {
            return outcome.withChangeLog(List.of(), "the change log was not checked: " + e.getMessage());
        }
    }

    /** Local branches, sorted, without the refs/heads/ prefix. */
    public List<String> branches() throws GitProblem {
        try {
            return git.branchList().call().stream().map(r -> Repository.shortenRefName(r.getName())).sorted().toList();
        } catch (GitAPIException e) {
            throw new GitProblem("the branches cannot be listed: " + e.getMessage(), e);
        }
    }

    /** Creates {@code name} at the current commit and switches to it. */
    public void createBranch(String name) throws GitProblem {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
        } catch (RefAlreadyExistsException e) {
            throw new GitProblem("a branch '" + name + "' already exists: switch to it or pick another name", e);
        } catch (InvalidRefNameException e) {
            throw new GitProblem("'" + name + "' is not a valid branch name: use letters, digits, '-', '_', '/' and '.' without spaces", e);
        } catch (GitAPIException e) {
            throw new GitProblem("the branch '" + name + "' cannot be created: " + e.getMessage(), e);
        }
    }

    /** Switches to the existing branch {@code name}; refuses when local changes would be overwritten. */
    public void switchBranch(String name) throws GitProblem {
        try {
            git.checkout().setName(name).call();
        } catch (RefNotFoundException e) {
            throw new GitProblem("there is no branch '" + name + "'", e);
        } catch (CheckoutConflictException e) {
            throw new GitProblem("switching to '" + name + "' would overwrite your uncommitted changes to " + String.join(", ", e.getConflictingPaths())
                    + ": commit them first; nothing was changed", e);
        } catch (GitAPIException e) {
            throw new GitProblem("cannot switch to '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Merges {@code branch} into the current branch; conflicts are listed, nothing is committed then. */
    public MergeOutcome merge(String branch) throws GitProblem {
        try {
            Ref ref = git.getRepository().findRef(branch);
            if (ref == null) {
                throw new GitProblem("there is no branch '" + branch + "' to merge");
            }
            ObjectId before = head();
            String current = branch();
            MergeOutcome outcome = outcome(git.merge().include(ref).setCommit(true).setMessage("Merge " + branch + " into " + current).call(), branch);
            return checkChangeLog(outcome, before, ref.getName(), current, branch);
        } catch (IOException | GitAPIException e) {
            throw new GitProblem("merging '" + branch + "' failed: " + e.getMessage(), e);
        }
    }

    private MergeOutcome outcome(MergeResult result, String from) {
        MergeResult.MergeStatus status = result.getMergeStatus();
        Map<String, int[][]> conflicts = result.getConflicts();
        List<String> files = conflicts == null ? List.of() : new TreeSet<>(conflicts.keySet()).stream().toList();
        if (status == MergeResult.MergeStatus.FAILED && result.getFailingPaths() != null) {
            return new MergeOutcome(status.name(), false, List.copyOf(result.getFailingPaths().keySet()),
                    "merging " + from + " would overwrite your uncommitted changes to " + String.join(", ", result.getFailingPaths().keySet())
                            + ": commit them first; nothing was changed");
        }
        String message = switch (status) {
            case ALREADY_UP_TO_DATE -> "already up to date with " + from;
            case FAST_FORWARD, FAST_FORWARD_SQUASHED -> "fast-forwarded to " + from;
            case MERGED, MERGED_SQUASHED, MERGED_NOT_COMMITTED, MERGED_SQUASHED_NOT_COMMITTED -> "merged " + from;
            case CONFLICTING -> "merging " + from + " left conflicts" + conflictAdvice(files);
            default -> "merging " + from + ": " + status;
        };
        return new MergeOutcome(status.name(), status.isSuccessful(), files, message);
    }

    private static String conflictAdvice(List<String> files) {
        return files.isEmpty() ? "" : " in " + String.join(", ", files) + ": edit each file (between <<<<<<< and >>>>>>>), then commit them";
    }

    /**
     * The latest {@code max} commits of the current branch that touch the project's folder, newest first: in a
     * repository above the project (a monorepo) commits that change only other folders are left out. Only those
     * touching {@code path} (relative to the project's folder) when it is set.
     */
    public List<HistoryEntry> history(int max, String path) throws GitProblem {
        String filter = path == null || path.isEmpty() ? projectPath : projectPath.isEmpty() ? path : projectPath + "/" + path;
        try {
            var log = git.log().setMaxCount(max);
            if (!filter.isEmpty()) {
                log.addPath(filter); // a PathFilter: db/shop is not db/shop-old
            }
            List<HistoryEntry> entries = new ArrayList<>();
            for (RevCommit commit : log.call()) {
                entries.add(entry(commit));
            }
            return entries;
        } catch (NoHeadException e) {
            return List.of();
        } catch (GitAPIException e) {
            throw new GitProblem("the history cannot be read: " + e.getMessage(), e);
        }
    }

    private static HistoryEntry entry(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        List<String> parents = new ArrayList<>();
        for (RevCommit parent : commit.getParents()) {
            parents.add(parent.getId().name());
        }
        return new HistoryEntry(commit.getId().name(), commit.getShortMessage(), author.getName(), author.getEmailAddress(), author.getWhenAsInstant(), parents);
    }

    /** The id of the commit {@code revision} names (a branch, tag or id), or {@code null}. */
    public String resolve(String revision) throws GitProblem {
        try {
            ObjectId id = git.getRepository().resolve(revision);
            return id == null ? null : id.name();
        } catch (IOException e) {
            throw new GitProblem("'" + revision + "' cannot be resolved: " + e.getMessage(), e);
        }
    }

    /** JGit's repository, for the engine's own checks (the change log across branches). */
    public Repository repository() {
        return git.getRepository();
    }

    private static <C extends TransportCommand<C, ?>> C configure(C command, RemoteInfo remote, GitAuth auth, GitProblem[] failure, ProgressMonitor monitor) {
        return command.setCredentialsProvider(GitAuth.jgit(auth, remote, failure)).setTimeout(60);
    }

    private static GitProblem transportProblem(String what, RemoteInfo remote, GitAPIException e, GitProblem authFailure) {
        if (authFailure != null) {
            return new GitProblem(what + " failed: " + authFailure.getMessage(), e);
        }
        if (e instanceof CanceledException || hasCause(e, org.eclipse.jgit.errors.TransportException.class) && String.valueOf(e.getMessage()).contains("cancel")) {
            return new GitProblem(what + " was cancelled; nothing local was changed", e);
        }
        String text = String.valueOf(e.getMessage());
        if (e instanceof TransportException) {
            // JGit's words for 401 and 403; not the bare status digits, which the URL (its port) may contain too
            if (text.contains("not authorized") || text.contains("not permitted") || text.contains("Authentication is required")) {
                return new GitProblem(what + " failed: " + remote.url() + " did not accept the credentials. "
                        + (remote.codeCommit() != null ? "Check that your AWS identity may use this repository (codecommit:GitPull, codecommit:GitPush), "
                                + "that the region " + remote.codeCommit().region() + " is right, and your clock is correct."
                                : "Check the user name and password (or token)."), e);
            }
            if (hasCause(e, UnknownHostException.class)) {
                return new GitProblem(what + " failed: the host of " + remote.url() + " cannot be found; check the URL (and the region) and the network", e);
            }
            if (hasCause(e, NoRemoteRepositoryException.class) || hasCause(e, RepositoryNotFoundException.class) || text.contains("not found")) {
                return new GitProblem(what + " failed: there is no repository at " + remote.url() + "; check the repository name"
                        + (remote.codeCommit() != null ? " (Team > Remotes lists the region's CodeCommit repositories)" : ""), e);
            }
            if (hasCause(e, ConnectException.class)) {
                return new GitProblem(what + " failed: nothing answers at " + remote.url() + "; check the URL and the network", e);
            }
        }
        return new GitProblem(what + " failed: " + text, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Strata's monitor for JGit: task names, work, and Cancel. */
    private static org.eclipse.jgit.lib.ProgressMonitor jgit(ProgressMonitor monitor) {
        return new BatchingProgressMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }

            @Override
            protected void onUpdate(String taskName, int workCurr, Duration duration) {
                monitor.subTask(taskName + " " + workCurr);
            }

            @Override
            protected void onEndTask(String taskName, int workCurr, Duration duration) {
            }

            @Override
            protected void onUpdate(String taskName, int workCurr, int workTotal, int percentDone, Duration duration) {
                monitor.subTask(taskName + " " + percentDone + "%");
            }

            @Override
            protected void onEndTask(String taskName, int workCurr, int workTotal, int percentDone, Duration duration) {
            }
        };
    }

    @Override
    public void close() {
        git.close();
    }
}
