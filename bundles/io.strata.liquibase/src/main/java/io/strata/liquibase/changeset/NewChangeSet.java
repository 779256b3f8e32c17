package io.strata.liquibase.changeset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.strata.core.project.DatabaseType;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.dsl.DslAppend;
import io.strata.dsl.DslChangeLogParser;
import io.strata.liquibase.ChangeLogReader;
import io.strata.liquibase.LiquibaseRunner;
import io.strata.liquibase.OperationException;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

/**
 * The "New Change Set" operation: a change set (id, author, labels, contexts, comment and its
 * changes) appended to the end of an XML or DSL ({@code .strata}) change log of a project. Its life cycle is
 * {@link #validate}, {@link #preview}, {@link #perform}; perform returns what undoes it.
 *
 * <p>The change set is inserted as text before {@code </databaseChangeLog>}, indented like the
 * file's other change sets; every other byte of the file stays as it was (comments, formatting,
 * encoding, line separators). In a DSL change log the change set goes after the file's last line,
 * written in the DSL from the XML the XML path writes ({@link DslAppend}), so both read back as
 * the same change set with the same checksum. Load SQL Scripts makes one change set per script.
 *
 * <pre>{@code
 * NewChangeSet op = new NewChangeSet(project).id("sprint3-001").author("ana").labels("sprint-3")
 *         .change(new ChangeSpec.CreateTable("ORDERS", columns));
 * ChangeLogIds ids = ChangeLogIds.read(project);
 * List<Problem> problems = op.validate(ids);
 * Preview preview = op.preview(DatabaseType.POSTGRESQL);
 * Appended done = op.perform(ids);   // done.undo() restores the file
 * }</pre>
 */
public final class NewChangeSet {

    private final StrataProject project;
    private String id;
    private String author;
    private String labels;
    private String contexts;
    private String comment;
    private String target;
    private final List<ChangeSpec> changes = new ArrayList<>();

    /** A change set for the project's master change log (change the file with {@link #target}). */
    public NewChangeSet(StrataProject project) {
        this.project = project;
        this.target = project.changelog();
    }

    /**
     * A fresh id: the team's prefix, then the time ({@code team-a-20261130-153000}); with
     * {@code -2}, {@code -3}... when the change log already has it.
     *
     * @param prefix the team's prefix (a setting), or null/empty
     */
    public static String defaultId(String prefix, Clock clock, ChangeLogIds existing) {
        return defaultId(prefix, IdScheme.TIMESTAMP, clock, UUID::randomUUID, existing);
    }

    /**
     * A fresh id by the scheme the team chose: the prefix, then the time or a UUID
     * ({@code team-a-3f2b0c1e-...}); with {@code -2}, {@code -3}... when the change log already has it.
     *
     * @param prefix the team's prefix (a setting), or null/empty
     * @param uuids where UUIDs come from ({@code UUID::randomUUID}; fixed ones in tests)
     */
    public static String defaultId(String prefix, IdScheme scheme, Clock clock, Supplier<UUID> uuids, ChangeLogIds existing) {
        String p = prefix == null ? "" : prefix.strip();
        if (!p.isEmpty() && !p.endsWith("-") && !p.endsWith("_")) {
            p += "-";
        }
        return existing.unique(p + scheme.suffix(clock, uuids));
    }

    /** The database type the preview shows SQL for: the first stage's of the first plan, else H2. */
    public static DatabaseType previewDatabaseType(StrataProject project) {
        for (DeploymentPlan plan : project.plans()) {
            for (Stage stage : plan.stages()) {
                return stage.connection().type();
            }
        }
        return DatabaseType.H2;
    }

    /** Whether New Change Set appends to a change log of this name: XML or DSL ({@code .strata}). */
    public static boolean appendsTo(String fileName) {
        return fileName != null && (fileName.toLowerCase(Locale.ROOT).endsWith(".xml") || DslChangeLogParser.isDsl(fileName));
    }

    public NewChangeSet id(String value) {
        this.id = value;
        return this;
    }

    public NewChangeSet author(String value) {
        this.author = value;
        return this;
    }

    /** Labels, comma separated ({@code sprint-3, billing}), or null. */
    public NewChangeSet labels(String value) {
        this.labels = value;
        return this;
    }

    /** A context expression ({@code dev, test}), or null. */
    public NewChangeSet contexts(String value) {
        this.contexts = value;
        return this;
    }

    public NewChangeSet comment(String value) {
        this.comment = value;
        return this;
    }

    /** The XML or DSL change log file to append to, relative to the project folder. */
    public NewChangeSet target(String relativePath) {
        this.target = relativePath;
        return this;
    }

    /** Adds a change. */
    public NewChangeSet change(ChangeSpec change) {
        changes.add(change);
        return this;
    }

    /** Replaces the changes. */
    public NewChangeSet changes(List<ChangeSpec> newChanges) {
        changes.clear();
        changes.addAll(newChanges);
        return this;
    }

    public StrataProject project() {
        return project;
    }

    public String id() {
        return id;
    }

    public String author() {
        return author;
    }

    public String labels() {
        return labels;
    }

    public String contexts() {
        return contexts;
    }

    public String comment() {
        return comment;
    }

    public String target() {
        return target;
    }

    public List<ChangeSpec> changes() {
        return List.copyOf(changes);
    }

    private ChangeSpec.SqlScripts scripts() {
        for (ChangeSpec c : changes) {
            if (c instanceof ChangeSpec.SqlScripts s) {
                return s;
            }
        }
        return null;
    }

    /**
     * The ids of the change sets this writes: the id, or for Load SQL Scripts with several scripts
     * the id followed by each script's file name.
     */
    public List<String> changeSetIds() {
        String base = id == null ? "" : id.strip();
        ChangeSpec.SqlScripts scripts = scripts();
        if (scripts == null || scripts.scripts().size() <= 1) {
            return List.of(base);
        }
        return scripts.scripts().stream().map(p -> base + "-" + p.getFileName()).toList();
    }

    /**
     * Everything that keeps this change set from being written; empty when it can be.
     *
     * @param existing the change log's ids ({@link ChangeLogIds#read}); {@link ChangeLogIds#NONE}
     *        checks the fields only
     */
    public List<Problem> validate(ChangeLogIds existing) {
        Checks checks = new Checks();
        checks.required("id", "The id", id);
        checks.required("author", "The author", author);
        checks.text("labels", "The labels", labels);
        checks.text("contexts", "The contexts", contexts);
        checks.text("comment", "The comment", comment);
        targetFile(checks);
        if (changes.isEmpty()) {
            checks.add(Problem.MISSING, "changes", "The change set has no change; choose what it changes.");
        }
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).validate("changes[" + i + "]", checks);
        }
        ChangeSpec.SqlScripts scripts = scripts();
        if (scripts != null) {
            if (changes.size() > 1) {
                checks.add(Problem.INVALID_VALUE, "changes", "Load SQL Scripts makes one change set per script; it cannot be combined with other changes.");
            }
            scriptPaths(checks, scripts);
        }
        if (id != null && !id.isBlank()) {
            Map<String, Integer> mine = new HashMap<>();
            List<String> ids = changeSetIds();
            for (int i = 0; i < ids.size(); i++) {
                String newId = ids.get(i);
                existing.find(newId).ifPresent(use -> checks.add(Problem.DUPLICATE_ID, "id", "The id '" + newId
                        + "' is already used by a change set of " + use.author() + " in " + use.where()
                        + "; ids must be unique in the whole change log (teams merge their branches), so choose another."));
                Integer other = mine.putIfAbsent(newId, i);
                if (other != null) {
                    checks.add(Problem.DUPLICATE_ID, "changes[0].scripts", "Two scripts would both get the id '" + newId
                            + "'; load scripts with different file names separately.");
                }
            }
        }
        return List.copyOf(checks.problems);
    }

    private Path targetPath() {
        return project.dir().resolve(target).normalize();
    }

    private TargetFile targetFile(Checks checks) {
        if (target == null || target.isBlank()) {
            checks.add(Problem.TARGET, "target", "The change log file is missing; choose the XML or DSL change log to append to.");
            return null;
        }
        Path file = targetPath();
        if (!file.startsWith(project.dir().normalize())) {
            checks.add(Problem.TARGET, "target", "The change log file " + target + " is outside the project.");
            return null;
        }
        boolean dsl = DslChangeLogParser.isDsl(target);
        if (!appendsTo(target)) {
            checks.add(Problem.TARGET, "target", "The change log file " + target + " is neither XML nor DSL ("
                    + DslChangeLogParser.EXTENSION + "); New Change Set appends to XML and DSL change logs.");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            checks.add(Problem.TARGET, "target", "The change log file " + target + " does not exist.");
            return null;
        }
        try {
            return dsl ? TargetFile.readDsl(file, target) : TargetFile.read(file, target);
        } catch (IllegalArgumentException e) {
            checks.add(Problem.TARGET, "target", "The change log file " + e.getMessage());
        } catch (IOException e) {
            checks.add(Problem.TARGET, "target", "The change log file " + target + " cannot be read: " + e.getMessage());
        }
        return null;
    }

    private void scriptPaths(Checks checks, ChangeSpec.SqlScripts scripts) {
        List<Path> paths = scripts.scripts();
        for (int i = 0; i < paths.size(); i++) {
            Path script = project.dir().resolve(paths.get(i)).normalize();
            String field = "changes[0].scripts[" + i + "]";
            if (!Files.isRegularFile(script)) {
                checks.add(Problem.MISSING, field, "Load SQL Scripts: " + paths.get(i) + " does not exist.");
            } else if (!script.startsWith(project.dir().normalize())) {
                checks.add(Problem.INVALID_VALUE, field, "Load SQL Scripts: " + paths.get(i)
                        + " is outside the project; copy it into the project (next to the change log) so it is versioned with it.");
            }
        }
    }

    /** The text inserted into {@code file}: a blank line, then each change set. */
    private String render(TargetFile file) throws OperationException {
        String nl = file.newline;
        StringBuilder text = new StringBuilder();
        if (!file.dsl || !file.emptyBefore()) {
            if (!file.atLineStart) {
                text.append(nl);
            }
            if (!file.blankBefore) {
                text.append(nl);
            }
        }
        if (file.dsl) {
            text.append(DslText.lineSeparators(dsl(file), nl));
        } else {
            text.append(xml(file.indent, file.unit, file.prefix, nl, file.file.getParent()));
        }
        return text.toString();
    }

    /** The change set(s) as XML lines, each change set after a blank line but the first. */
    private String xml(String indent, String unit, String prefix, String nl, Path changeLogDir) {
        StringBuilder text = new StringBuilder();
        ChangeSpec.SqlScripts scripts = scripts();
        List<String> ids = changeSetIds();
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                text.append(nl);
            }
            XmlBlock xml = new XmlBlock(indent, unit, prefix, nl);
            xml.open("changeSet", "id", ids.get(i), "author", author.strip(), "labels", blankToNull(labels), "context", blankToNull(contexts));
            if (comment != null && !comment.isBlank()) {
                xml.text("comment", comment.strip());
            }
            if (scripts != null) {
                Path script = project.dir().resolve(scripts.scripts().get(i)).normalize();
                String relative = changeLogDir.relativize(script).toString().replace('\\', '/');
                xml.empty("sqlFile", "path", relative, "relativeToChangelogFile", "true");
            } else {
                changes.forEach(c -> c.write(xml));
            }
            xml.close("changeSet");
            text.append(xml.text());
        }
        return text.toString();
    }

    /**
     * The change set(s) in the DSL: their XML (as {@link #xml} writes it) read by Liquibase next to
     * the target file and written as DSL; lines end with {@code \n}.
     */
    private String dsl(TargetFile file) throws OperationException {
        String document = DslText.XML_HEAD + xml("    ", "    ", "", "\n", file.file.getParent()) + DslText.XML_TAIL;
        String virtualPath = sibling(file, ".strata-new-", ".xml");
        try {
            return new LiquibaseRunner(project.dir()).inScope(() -> DslAppend.changeSets(virtualPath,
                    new PreviewResources(virtualPath, document, new DirectoryResourceAccessor(project.dir()))));
        } catch (LiquibaseException e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "the new change set cannot be written in the DSL: "
                    + ChangeLogReader.readable(rootMessage(e)), e);
        }
    }

    /** A file next to the target, relative to the project, named {@code prefix + target's name (+ extension)}. */
    private String sibling(TargetFile file, String prefix, String extension) {
        String relativeTarget = project.dir().normalize().relativize(file.file).toString().replace('\\', '/');
        int slash = relativeTarget.lastIndexOf('/');
        return (slash >= 0 ? relativeTarget.substring(0, slash + 1) : "") + prefix + relativeTarget.substring(slash + 1) + extension;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int leadingLineBreaks(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r'); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private TargetFile checkedTarget(ChangeLogIds existing) throws InvalidChangeSetException {
        List<Problem> problems = validate(existing);
        if (!problems.isEmpty()) {
            throw new InvalidChangeSetException(problems);
        }
        TargetFile file = targetFile(new Checks());
        if (file == null) {
            throw new InvalidChangeSetException(validate(existing));
        }
        return file;
    }

    /**
     * The exact text {@link #perform} will insert and the SQL Liquibase generates from it for a
     * database of this type (offline: no connection). Checks the fields, not the ids.
     *
     * @throws InvalidChangeSetException when a field is wrong (see {@link #validate})
     * @throws OperationException when Liquibase cannot read the new change set or make its SQL
     */
    public Preview preview(DatabaseType databaseType) throws InvalidChangeSetException, OperationException {
        TargetFile file = checkedTarget(ChangeLogIds.NONE);
        String text = render(file);
        String relativeTarget = project.dir().normalize().relativize(file.file).toString().replace('\\', '/');
        // The DSL is read as it will be in the file: Liquibase's DSL parser reads it back.
        String virtualPath = sibling(file, ".strata-preview-", "");
        String document = file.dsl ? text
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + file.rootTag + "\n" + text + "</" + file.prefix + "databaseChangeLog>\n";
        LiquibaseRunner runner = new LiquibaseRunner(project.dir());
        List<String> sql = new ArrayList<>();
        try {
            runner.inScope(() -> {
                PreviewResources resources = new PreviewResources(virtualPath, document, new DirectoryResourceAccessor(project.dir()));
                return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
                    Database database = DatabaseFactory.getInstance().openDatabase("offline:" + liquibaseName(databaseType), null, null,
                            null, resources);
                    DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(virtualPath, resources)
                            .parse(virtualPath, new ChangeLogParameters(database), resources);
                    for (ChangeSet changeSet : changeLog.getChangeSets()) {
                        for (Change change : changeSet.getChanges()) {
                            for (Sql statement : SqlGeneratorFactory.getInstance().generateSql(change, database)) {
                                String s = statement.toSql();
                                String end = statement.getEndDelimiter() == null ? "" : statement.getEndDelimiter();
                                sql.add(s.endsWith(end) ? s : s + end);
                            }
                        }
                    }
                    return null;
                });
            });
        } catch (LiquibaseException e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "Liquibase cannot read the new change set: "
                    + ChangeLogReader.readable(rootMessage(e)), e);
        }
        return new Preview(relativeTarget, text, file.lineAfterInsert(leadingLineBreaks(text)), databaseType, sql);
    }

    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.toString() : message;
    }

    /**
     * Appends the change set(s) to the target change log, then reads the whole change log with
     * Liquibase; if it no longer parses, the file is put back and the reason thrown.
     *
     * @param existing the change log's ids as read before ({@link ChangeLogIds#read})
     * @return what changed, with {@link Appended#undo()}
     * @throws InvalidChangeSetException when {@link #validate} finds problems; nothing is written
     * @throws OperationException when the file cannot be written, or the result would not parse
     */
    public Appended perform(ChangeLogIds existing) throws InvalidChangeSetException, OperationException {
        TargetFile file = checkedTarget(existing);
        String text = render(file);
        byte[] after = file.with(text);
        try {
            Files.write(file.file, after);
        } catch (IOException e) {
            throw new OperationException(OperationException.Kind.OTHER, "cannot write " + target + ": " + e.getMessage(), e);
        }
        Appended appended = new Appended(file.file, changeSetIds(), file.lineAfterInsert(leadingLineBreaks(text)), file.bytes, after);
        try {
            if (file.dsl) {
                readBack(file); // the DSL file may not be included in the master change log
            }
            ChangeLogIds.read(project);
        } catch (OperationException e) {
            appended.undo();
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log would not be valid with the new change set, "
                    + "so " + target + " was left as it was: " + e.getMessage(), e);
        }
        return appended;
    }

    /** Parses the target file by itself with Liquibase. */
    private void readBack(TargetFile file) throws OperationException {
        String path = project.dir().normalize().relativize(file.file).toString().replace('\\', '/');
        try {
            new LiquibaseRunner(project.dir()).inScope(() -> {
                var resources = Scope.getCurrentScope().getResourceAccessor();
                return ChangeLogParserFactory.getInstance().getParser(path, resources).parse(path, new ChangeLogParameters(), resources);
            });
        } catch (LiquibaseException e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, ChangeLogReader.readable(rootMessage(e)), e);
        }
    }

    /** {@link #perform(ChangeLogIds)} after reading the change log's ids. */
    public Appended perform() throws InvalidChangeSetException, OperationException {
        return perform(ChangeLogIds.read(project));
    }

    static String liquibaseName(DatabaseType type) {
        return type == DatabaseType.SQLSERVER ? "mssql" : type.id();
    }
}
