package io.strata.liquibase;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liquibase.ChecksumVersion;
import liquibase.ContextExpression;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Labels;
import liquibase.Scope;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;
import liquibase.change.ColumnConfig;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.StandardChangeLogHistoryService;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.filter.ShouldRunChangeSetFilter;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.changelog.visitor.ValidatingVisitorGeneratorFactory;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.ValidationErrors;
import liquibase.precondition.Precondition;
import liquibase.precondition.PreconditionLogic;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.core.SelectFromDatabaseChangeLogStatement;
import liquibase.util.LiquibaseUtil;

/**
 * What Liquibase's status needs to know of a parsed change log, kept between runs so that status
 * does not parse the change log again while it is unchanged.
 *
 * <p>An index is written after Liquibase itself answered a status. It holds the files, listings
 * and existence checks the parse depended on ({@link RecordingResourceAccessor.Fact facts}), and
 * per change set, in change log order: id, author, path, filters (contexts with those inherited
 * from includes, labels, dbms, ignore), runAlways/runOnChange, its checksum, and whether Liquibase's
 * validation passes when it is pending. A later status on the same environment (database type and
 * version, schema, Liquibase version, extensions) checks every fact, reads DATABASECHANGELOG, and
 * runs Liquibase's own change set filters (contexts, labels, dbms, ignore) and the rule of its
 * {@link ShouldRunChangeSetFilter} over stand-ins of the indexed change sets.
 *
 * <p>The index answers only when it knows Liquibase's answer. It declines (the caller then asks
 * Liquibase, which also rewrites the index) when a fact no longer holds, when the change log has
 * preconditions (they depend on the database), duplicate change sets, runWith executors or
 * invalid dbms names, when DATABASECHANGELOG records a change set twice, when a change set to be
 * validated failed or was not validated, when a stored checksum has another checksum version or
 * differs from the change set's (Liquibase reports that, or accepts a known variant), or when the
 * change log uses {@code ${properties}} and the contexts, labels or the properties' values differ.
 */
final class ChangeLogIndex {

    private static final Logger LOG = Logger.getLogger(ChangeLogIndex.class.getName());
    private static final int FORMAT = 2;
    private static final String MAGIC = "strata-changelog-index";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]*)}");

    /** An indexed change set. */
    record Entry(String id, String author, String filePath, String labels, String contexts, String description,
            String contextFilter, boolean alwaysRun, boolean runOnChange, String fullContext, List<String> inheritableContexts, String fullLabels,
            Set<String> dbms, boolean ignore, boolean inheritableIgnore, boolean validWhenPending, String checksum,
            boolean validCheckSums, String misfiledKey) {

        ChangeSetInfo info() {
            return new ChangeSetInfo(id, author, filePath, labels, contexts, description);
        }
    }

    /** Thrown by a stand-in when Liquibase would need something the index does not hold. */
    private static final class CannotDecide extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotDecide() {
            super(null, null, false, false);
        }
    }

    private final String environment;
    private final String selection;
    private final List<RecordingResourceAccessor.Fact> facts;
    private final List<Entry> entries;

    private ChangeLogIndex(String environment, String selection, List<RecordingResourceAccessor.Fact> facts, List<Entry> entries) {
        this.environment = environment;
        this.selection = selection;
        this.facts = facts;
        this.entries = entries;
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * Everything besides the change log files that the parse and the validation may depend on:
     * Liquibase's version, the change log, the database (type, version, schemas, Liquibase tables)
     * and the extension jars. Null when the database cannot say what it is (then no index is used).
     */
    static String environment(String changelog, Database database, List<Path> extensions) {
        StringBuilder text = new StringBuilder();
        try {
            text.append("format=").append(FORMAT)
                    .append("\nliquibase=").append(LiquibaseUtil.getBuildVersion())
                    .append("\nchangelog=").append(changelog)
                    .append("\ndatabase=").append(database.getShortName())
                    .append("\nproduct=").append(database.getDatabaseProductName())
                    .append("\nversion=").append(database.getDatabaseProductVersion())
                    .append("\nschema=").append(database.getDefaultSchemaName())
                    .append("\ncatalog=").append(database.getDefaultCatalogName())
                    .append("\nliquibaseSchema=").append(database.getLiquibaseSchemaName())
                    .append("\nliquibaseCatalog=").append(database.getLiquibaseCatalogName())
                    .append("\nliquibaseTablespace=").append(database.getLiquibaseTablespaceName())
                    .append("\ntables=").append(database.getDatabaseChangeLogTableName()).append(',')
                    .append(database.getDatabaseChangeLogLockTableName());
        } catch (DatabaseException | RuntimeException e) {
            return null;
        }
        for (Path jar : extensions) {
            text.append("\nextension=").append(jar.toAbsolutePath()).append(',');
            try {
                text.append(Files.size(jar)).append(',').append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                text.append("unreadable");
            }
        }
        return text.toString();
    }

    /** Where the index of an environment lives in the project's local state. */
    static Path file(Path indexDir, String environment) {
        return indexDir.resolve("changelog-" + sha256(environment).substring(0, 24) + ".idx");
    }

    /**
     * The change sets Liquibase's {@code listUnrunChangeSets(contexts, labels, false)} would return,
     * or null when this index cannot tell.
     *
     * <p>Liquibase normalizes a change log path on every comparison, and each normalization reads a
     * Liquibase setting (which copies the system properties and hashes the environment): at 50,000
     * change sets that is most of a status. Here each distinct path is normalized once, with
     * Liquibase's own {@link DatabaseChangeLog#normalizePath}, and the comparisons of
     * {@link ShouldRunChangeSetFilter} and {@code RanChangeSet.isSameAs} are made on those values.
     */
    List<ChangeSetInfo> pending(Database database, Contexts contexts, LabelExpression labels) {
        try {
            return decide(database, contexts, labels);
        } catch (RuntimeException | SQLException | DatabaseException e) { // CannotDecide among them
            // What Liquibase's own status would fail on (or read otherwise): let it say so.
            LOG.log(Level.FINE, "the change log index cannot answer", e);
            return null;
        }
    }

    private List<ChangeSetInfo> decide(Database database, Contexts contexts, LabelExpression labels) throws SQLException, DatabaseException {
        Paths paths = new Paths();
        List<Row> rows = rows(database, paths);
        Map<String, Row> ran = new HashMap<>(rows.size() * 2);
        for (Row row : rows) {
            if (ran.put(row.key(), row) != null) {
                return null; // recorded twice: Liquibase's rules for that are its own
            }
        }
        ChangeSetFilter dbms = new DbmsChangeSetFilter(database);
        ChangeSetFilter context = new ContextChangeSetFilter(contexts);
        ChangeSetFilter label = new LabelChangeSetFilter(labels);
        // What DatabaseChangeLog.validate (run by listUnrunChangeSets) checks, with its filters (dbms,
        // contexts, labels; ignored change sets are skipped). The filters are asked only about the
        // change sets that would fail a check: for the others their answer changes nothing.
        String[] keys = new String[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            Entry entry = entries.get(i);
            keys[i] = paths.normalize(entry.filePath()) + "::" + entry.id() + "::" + entry.author(); // ChangeSet.toNormalizedString()
            if (failsValidation(entry, ran.get(keys[i]), ran)) {
                Stand stand = new Stand(entry, paths);
                if (dbms.accepts(stand).isAccepted() && context.accepts(stand).isAccepted() && label.accepts(stand).isAccepted()
                        && !stand.isIgnore()) {
                    return null;
                }
            }
        }
        // The filters of Liquibase.listUnrunChangeSets, in its order: ShouldRunChangeSetFilter's rule, then
        // contexts, labels, dbms, ignore (asked only about the change sets the first lets through).
        List<ChangeSetFilter> filters = List.of(context, label, dbms, new IgnoreChangeSetFilter());
        List<ChangeSetInfo> pending = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Entry entry = entries.get(i);
            if (!shouldRun(entry, ran.get(keys[i]), paths)) {
                continue;
            }
            Stand stand = new Stand(entry, paths);
            boolean accepted = true;
            for (int f = 0; accepted && f < filters.size(); f++) {
                accepted = filters.get(f).accepts(stand).isAccepted();
            }
            if (accepted) {
                pending.add(entry.info());
            }
        }
        return pending;
    }

    /**
     * Whether Liquibase's validation of this change set (ValidatingVisitor.visit, 4.33) might not
     * pass, or do something the index does not follow, when the filters take it.
     */
    private static boolean failsValidation(Entry entry, Row row, Map<String, Row> ran) {
        if (row == null && entry.misfiledKey() != null && ran.containsKey(entry.misfiledKey())) {
            return true; // Liquibase would repair a path written by Liquibase 4.31
        }
        if (!entry.validWhenPending()) {
            return true;
        }
        if (row == null || row.md5sum() == null) {
            return false;
        }
        if (entry.validCheckSums()) {
            return true; // Liquibase's rules for validCheckSum are its own
        }
        try {
            // a changed checksum is reported (or accepted as a variant Liquibase knows) unless runOnChange/runAlways
            return !sameChecksum(row.md5sum(), entry.checksum()) && !entry.runOnChange() && !entry.alwaysRun();
        } catch (CannotDecide e) {
            return true;
        }
    }

    /** {@link ShouldRunChangeSetFilter#accepts} (Liquibase 4.33), for the row found under the change set's key. */
    private static boolean shouldRun(Entry entry, Row row, Paths paths) {
        // RanChangeSet.isSameAs
        boolean sameAs = row != null && row.id().equalsIgnoreCase(entry.id()) && row.author().equalsIgnoreCase(entry.author())
                && row.path().equalsIgnoreCase(paths.normalize(entry.filePath()));
        if (!sameAs) {
            return true;
        }
        if (entry.alwaysRun()) {
            return true;
        }
        // checksumChanged: without a recorded checksum Liquibase cannot compare, and says unchanged.
        return entry.runOnChange() && row.md5sum() != null && !sameChecksum(row.md5sum(), entry.checksum());
    }

    /**
     * Whether Liquibase finds a recorded checksum equal to the one it computes now for the change
     * set (with the recorded one's checksum version). Equal text is equal; otherwise Liquibase's
     * own parsing decides, and a recorded checksum of another version cannot be compared here.
     */
    private static boolean sameChecksum(String recorded, String current) {
        if (recorded.equals(current)) {
            return true;
        }
        if (current == null) {
            throw new CannotDecide();
        }
        CheckSum stored = CheckSum.parse(recorded);
        CheckSum now = CheckSum.parse(current);
        if (stored == null || stored.getVersion() != now.getVersion()) {
            throw new CannotDecide();
        }
        return stored.equals(now);
    }

    /**
     * A DATABASECHANGELOG row, as much of it as status compares. {@code path} is
     * {@code normalizePath(RanChangeSet.getChangeLog())} (which Liquibase already normalized when it
     * read the row: it is normalized twice, as in Liquibase), {@code key} is {@code RanChangeSet.toString()}.
     */
    private record Row(String key, String path, String id, String author, String md5sum) {
        static Row of(Paths paths, String ranChangeLog, String id, String author, String md5sum) {
            String path = paths.normalize(ranChangeLog);
            return new Row(path + "::" + id + "::" + author, path, id, author, md5sum);
        }
    }

    /**
     * DATABASECHANGELOG's rows, as Liquibase's {@link StandardChangeLogHistoryService#getRanChangeSets}
     * (4.33) reads them: the same table (Liquibase writes the query), its FILENAME normalized with
     * Liquibase's {@link DatabaseChangeLog#normalizePath}, once per distinct path. Another history
     * service is asked itself.
     */
    private static List<Row> rows(Database database, Paths paths) throws DatabaseException, SQLException {
        ChangeLogHistoryService service = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).getChangeLogService(database);
        List<Row> rows = new ArrayList<>();
        if (service.getClass() != StandardChangeLogHistoryService.class || !(database.getConnection() instanceof JdbcConnection jdbc)) {
            for (RanChangeSet ran : database.getRanChangeSetList()) {
                rows.add(Row.of(paths, ran.getChangeLog(), ran.getId(), ran.getAuthor(),
                        ran.getLastCheckSum() == null ? null : ran.getLastCheckSum().toString()));
            }
            return rows;
        }
        if (!((StandardChangeLogHistoryService) service).hasDatabaseChangeLogTable()) {
            return rows;
        }
        SelectFromDatabaseChangeLogStatement select = new SelectFromDatabaseChangeLogStatement(new ColumnConfig().setName("FILENAME"),
                new ColumnConfig().setName("ID"), new ColumnConfig().setName("AUTHOR"), new ColumnConfig().setName("MD5SUM"));
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(select, database);
        if (sql.length != 1) {
            throw new CannotDecide();
        }
        try (Statement statement = jdbc.getUnderlyingConnection().createStatement();
                ResultSet result = statement.executeQuery(sql[0].toSql())) {
            while (result.next()) {
                // getRanChangeSets keeps normalizePath(FILENAME) as the RanChangeSet's change log
                rows.add(Row.of(paths, paths.normalize(result.getString(1)), result.getString(2), result.getString(3), result.getString(4)));
            }
        }
        return rows;
    }

    /** {@link DatabaseChangeLog#normalizePath}, once per distinct path. */
    private static final class Paths {
        private final Map<String, String> normalized = new HashMap<>();

        String normalize(String path) {
            if (path == null) {
                return null;
            }
            return normalized.computeIfAbsent(path, DatabaseChangeLog::normalizePath);
        }

    }

    /** A change set as the index knows it, for Liquibase's filters. */
    private static final class Stand extends ChangeSet {
        final Entry entry;
        private final Paths paths;

        Stand(Entry entry, Paths paths) {
            super(entry.id(), entry.author(), entry.alwaysRun(), entry.runOnChange(), entry.filePath(), entry.contextFilter(),
                    null, null);
            this.entry = entry;
            this.paths = paths;
            setLabels(new Labels(entry.labels()));
        }

        @Override
        public String toNormalizedString() {
            return paths.normalize(getFilePath()) + "::" + getId() + "::" + getAuthor();
        }

        @Override
        public Collection<ContextExpression> getInheritableContextFilter() {
            List<ContextExpression> expressions = new ArrayList<>(entry.inheritableContexts().size());
            for (String expression : entry.inheritableContexts()) {
                expressions.add(new ContextExpression(expression));
            }
            return expressions;
        }

        @Override
        public Collection<Labels> getInheritableLabels() {
            throw new CannotDecide(); // only through buildFullLabels, which is indexed
        }

        @Override
        public String buildFullContext() {
            return entry.fullContext();
        }

        @Override
        public String buildFullLabels() {
            return entry.fullLabels();
        }

        @Override
        public Set<String> getDbmsSet() {
            return entry.dbms();
        }

        @Override
        public boolean isIgnore() {
            return entry.ignore();
        }

        @Override
        public boolean isInheritableIgnore() {
            return entry.inheritableIgnore();
        }

        @Override
        public CheckSum generateCheckSum(ChecksumVersion version) {
            throw new CannotDecide(); // checksums are compared as indexed (sameChecksum)
        }

        @Override
        public String getDescription() {
            return entry.description();
        }
    }

    // --- building ---

    /** Whether a precondition (of the change log or any it includes, which Liquibase nests) checks something. */
    private static boolean hasPreconditions(Precondition precondition) {
        if (precondition == null) {
            return false;
        }
        if (precondition instanceof PreconditionLogic logic) {
            for (Precondition nested : logic.getNestedPreconditions()) {
                if (hasPreconditions(nested)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static ChangeLogIndex declined(String reason) {
        LOG.fine(() -> "change log not indexed: " + reason);
        return null;
    }

    /**
     * The index of a change log that Liquibase has just parsed and answered a status for, or null
     * when the change log has something the index cannot follow. Call inside a Liquibase scope with
     * the database and the recording accessor, after the status.
     */
    static ChangeLogIndex build(String environment, DatabaseChangeLog changeLog, Database database, RecordingResourceAccessor recorder,
            Contexts contexts, LabelExpression labels) {
        if (hasPreconditions(changeLog.getPreconditions())) {
            return declined("the change log has preconditions");
        }
        ValidatingVisitorGeneratorFactory validators = Scope.getCurrentScope().getSingleton(ValidatingVisitorGeneratorFactory.class);
        Set<String> seen = new HashSet<>();
        Set<String> seenNormalized = new HashSet<>();
        List<Entry> entries = new ArrayList<>(changeLog.getChangeSets().size());
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            if (changeSet.getRunWith() != null) {
                return declined(changeSet + " has runWith");
            }
            if (!seen.add(changeSet.toString(false)) || !seenNormalized.add(changeSet.toNormalizedString())) {
                return declined(changeSet + " is there twice");
            }
            if (changeSet.getDbmsSet() != null) {
                ValidationErrors errors = new ValidationErrors();
                DatabaseList.validateDefinitions(changeSet.getDbmsSet(), errors);
                if (errors.hasErrors()) {
                    return declined(changeSet + " has an invalid dbms");
                }
            }
            boolean validWhenPending;
            String checksum;
            try {
                ValidatingVisitor validator = validators.getValidatingVisitorGenerator().generateValidatingVisitor(List.of());
                validator.visit(changeSet, changeSet.getChangeLog(), database, Set.of());
                validWhenPending = validator.validationPassed();
                checksum = changeSet.generateCheckSum(ChecksumVersion.latest()).toString();
            } catch (Exception e) {
                LOG.log(Level.FINE, "validating " + changeSet, e);
                return declined(changeSet + " cannot be validated: " + e);
            }
            List<String> inheritable = new ArrayList<>();
            for (ContextExpression expression : changeSet.getInheritableContextFilter()) {
                inheritable.add(expression.toString());
            }
            DatabaseChangeLog own = changeSet.getChangeLog();
            String misfiledKey = null;
            if (own != null && own.getRawLogicalFilePath() != null && own.getParentChangeLog() != null) {
                String incorrectPath = DatabaseChangeLog.normalizePath(own.getParentChangeLog().getRawLogicalFilePath());
                misfiledKey = DatabaseChangeLog.normalizePath(incorrectPath) + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
            }
            entries.add(new Entry(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(),
                    changeSet.getLabels() == null ? "" : changeSet.getLabels().toString(),
                    changeSet.getContextFilter() == null ? "" : changeSet.getContextFilter().toString(),
                    changeSet.getDescription(),
                    changeSet.getContextFilter() == null || changeSet.getContextFilter().isEmpty() ? null : changeSet.getContextFilter().toString(),
                    changeSet.shouldAlwaysRun(), changeSet.shouldRunOnChange(),
                    changeSet.buildFullContext(), inheritable, changeSet.buildFullLabels(),
                    changeSet.getDbmsSet() == null ? null : new LinkedHashSet<>(changeSet.getDbmsSet()),
                    changeSet.isIgnore(), changeSet.isInheritableIgnore(), validWhenPending, checksum,
                    !changeSet.getValidCheckSums().isEmpty(), misfiledKey));
        }
        if (recorder.unsupported()) {
            return declined("the change log reads resources that are not files");
        }
        List<RecordingResourceAccessor.Fact> facts = recorder.facts();
        return new ChangeLogIndex(environment, selection(facts, contexts, labels), facts, entries);
    }

    /**
     * When the change log uses {@code ${properties}}, what their values depend on: the contexts and
     * labels (properties can be limited to them) and the system properties and environment
     * variables of those names. Null when it uses none.
     */
    private static String selection(List<RecordingResourceAccessor.Fact> facts, Contexts contexts, LabelExpression labels) {
        Set<String> names = new TreeSet<>();
        for (RecordingResourceAccessor.Fact fact : facts) {
            if (fact instanceof RecordingResourceAccessor.Content content) {
                try {
                    Matcher matcher = PROPERTY.matcher(Files.readString(Path.of(content.uri()), StandardCharsets.ISO_8859_1));
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                        int colon = matcher.group(1).indexOf(':');
                        if (colon > 0) {
                            names.add(matcher.group(1).substring(0, colon));
                        }
                    }
                } catch (IOException e) {
                    names.add("\u0000unreadable " + content.uri());
                }
            }
        }
        return names.isEmpty() ? null : selectionOf(names, contexts, labels);
    }

    private static String selectionOf(Set<String> names, Contexts contexts, LabelExpression labels) {
        StringBuilder text = new StringBuilder();
        text.append("contexts=").append(contexts == null ? "" : contexts.toString())
                .append("\nlabels=").append(labels == null ? "" : labels.toString());
        Properties system = System.getProperties();
        Map<String, String> env = System.getenv();
        for (String name : names) {
            text.append("\n${").append(name).append("}");
            for (String key : system.stringPropertyNames()) {
                if (key.equalsIgnoreCase(name)) {
                    text.append(" -D").append(key).append('=').append(system.getProperty(key));
                }
            }
            for (Map.Entry<String, String> variable : env.entrySet()) {
                if (variable.getKey().equalsIgnoreCase(name)) {
                    text.append(" $").append(variable.getKey()).append('=').append(variable.getValue());
                }
            }
        }
        return text.toString();
    }

    private static Set<String> names(String selection) {
        Set<String> names = new TreeSet<>();
        for (String line : selection.split("\n")) {
            if (line.startsWith("${")) {
                names.add(line.substring(2, line.indexOf('}', 2)));
            }
        }
        return names;
    }

    // --- storing ---

    /** Writes the index to {@code file} (atomically: a reader sees the old index or the new one). */
    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                writeString(out, MAGIC);
                out.writeInt(FORMAT);
                writeString(out, environment);
                writeString(out, selection);
                out.writeInt(facts.size());
                for (RecordingResourceAccessor.Fact fact : facts) {
                    switch (fact) {
                        case RecordingResourceAccessor.Listing listing -> {
                            out.writeByte(listing.search() ? 'S' : 'G');
                            writeString(out, listing.path());
                            out.writeBoolean(listing.recursive());
                            writeStrings(out, listing.found());
                        }
                        case RecordingResourceAccessor.Content content -> {
                            out.writeByte('C');
                            writeString(out, content.uri().toString());
                            writeString(out, content.md5());
                        }
                        case RecordingResourceAccessor.Existence existence -> {
                            out.writeByte('E');
                            writeString(out, existence.uri().toString());
                            out.writeBoolean(existence.exists());
                        }
                    }
                }
                out.writeInt(entries.size());
                for (Entry entry : entries) {
                    writeString(out, entry.id());
                    writeString(out, entry.author());
                    writeString(out, entry.filePath());
                    writeString(out, entry.labels());
                    writeString(out, entry.contexts());
                    writeString(out, entry.description());
                    writeString(out, entry.contextFilter());
                    writeString(out, entry.fullContext());
                    writeStrings(out, entry.inheritableContexts());
                    writeString(out, entry.fullLabels());
                    writeStrings(out, entry.dbms() == null ? null : List.copyOf(entry.dbms()));
                    writeString(out, entry.checksum());
                    writeString(out, entry.misfiledKey());
                    out.writeByte((entry.alwaysRun() ? 1 : 0) | (entry.runOnChange() ? 2 : 0) | (entry.ignore() ? 4 : 0)
                            | (entry.inheritableIgnore() ? 8 : 0) | (entry.validWhenPending() ? 16 : 0) | (entry.validCheckSums() ? 32 : 0));
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The index in {@code file} when it was written for this environment and every fact it depends
     * on still holds (asked through {@code accessor}); null otherwise.
     */
    static ChangeLogIndex readIfCurrent(Path file, String environment, ResourceAccessor accessor, Contexts contexts, LabelExpression labels)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(readString(in)) || in.readInt() != FORMAT || !environment.equals(readString(in))) {
                return null;
            }
            String selection = readString(in);
            if (selection != null && !selection.equals(selectionOf(names(selection), contexts, labels))) {
                return null;
            }
            int factCount = in.readInt();
            List<RecordingResourceAccessor.Fact> facts = new ArrayList<>(factCount);
            for (int i = 0; i < factCount; i++) {
                byte kind = in.readByte();
                RecordingResourceAccessor.Fact fact = switch (kind) {
                    case 'S', 'G' -> new RecordingResourceAccessor.Listing(kind == 'S', readString(in), in.readBoolean(), readStrings(in));
                    case 'C' -> new RecordingResourceAccessor.Content(URI.create(readString(in)), readString(in));
                    case 'E' -> new RecordingResourceAccessor.Existence(URI.create(readString(in)), in.readBoolean());
                    default -> throw new IOException("unknown fact kind " + kind);
                };
                if (!RecordingResourceAccessor.holds(fact, accessor)) {
                    return null;
                }
                facts.add(fact);
            }
            int entryCount = in.readInt();
            List<Entry> entries = new ArrayList<>(entryCount);
            for (int i = 0; i < entryCount; i++) {
                String id = readString(in);
                String author = readString(in);
                String filePath = readString(in);
                String labelText = readString(in);
                String contextText = readString(in);
                String description = readString(in);
                String contextFilter = readString(in);
                String fullContext = readString(in);
                List<String> inheritable = readStrings(in);
                String fullLabels = readString(in);
                List<String> dbms = readStrings(in);
                String checksum = readString(in);
                String misfiledKey = readString(in);
                int flags = in.readByte();
                entries.add(new Entry(id, author, filePath, labelText, contextText, description, contextFilter, (flags & 1) != 0, (flags & 2) != 0,
                        fullContext, inheritable, fullLabels, dbms == null ? null : new LinkedHashSet<>(dbms), (flags & 4) != 0,
                        (flags & 8) != 0, (flags & 16) != 0, checksum, (flags & 32) != 0, misfiledKey));
            }
            return new ChangeLogIndex(environment, selection, facts, entries);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    // --- strings ---

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString(in));
        }
        return values;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
