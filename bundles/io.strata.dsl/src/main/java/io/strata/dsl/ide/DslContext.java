package io.strata.dsl.ide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.strata.core.project.ProjectException;
import io.strata.core.project.StrataProject;
import io.strata.dsl.DslChangeLogParser;
import io.strata.dsl.DslReader;
import io.strata.dsl.strataDsl.ChangeLog;
import liquibase.Scope;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropViewChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.RenameViewChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * What is known before a file: the tables and columns that change sets running earlier define,
 * each with where (file, offset and line in a DSL file; file and line of the change set in XML,
 * YAML, JSON or SQL). Immutable.
 */
public final class DslContext {

    private static final DslContext NONE = new DslContext(new Schema(), List.of());

    private final Schema schema;
    private final List<String> problems;

    private DslContext(Schema schema, List<String> problems) {
        this.schema = schema;
        this.problems = List.copyOf(problems);
    }

    /** Nothing known before the file. */
    public static DslContext none() {
        return NONE;
    }

    /**
     * The context of {@code file} in the Strata project at {@code projectRoot}: the change sets of
     * the project's master change log (strata.yaml's {@code changelog}, with its includes, as
     * Liquibase reads them) that come before the file's first change set; all of them when the
     * master does not include the file (a file about to be included at the end). Slow on a big
     * change log: call it off the UI thread. Never throws: what cannot be read is said in
     * {@link #problems()}.
     */
    public static DslContext forFile(Path projectRoot, Path file) {
        StrataProject project;
        try {
            project = StrataProject.load(projectRoot);
        } catch (ProjectException | RuntimeException e) {
            return new DslContext(new Schema(), List.of("the project at " + projectRoot + " cannot be read (" + e.getMessage()
                    + "): tables of earlier change sets are not known"));
        }
        String master = project.changelog();
        String target = normalize(projectRoot.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString());
        if (normalize(master).equals(target) && !mayInclude(file)) {
            return NONE; // the master itself, including nothing: no change set runs before its first
        }
        DatabaseChangeLog changeLog;
        try {
            changeLog = Catalog.inScope(() -> {
                DslChangeLogParser.register();
                ResourceAccessor accessor = new DirectoryResourceAccessor(projectRoot);
                return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor),
                        () -> ChangeLogParserFactory.getInstance().getParser(master, accessor).parse(master, new ChangeLogParameters(), accessor));
            });
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new DslContext(new Schema(), List.of("the master change log " + master + " cannot be read (" + cause.getMessage()
                    + "): tables of earlier change sets are not known; fix it and reopen the file"));
        }
        List<ChangeSet> earlier = new ArrayList<>();
        boolean found = false;
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            if (normalize(physicalPath(changeSet)).equals(target)) {
                found = true;
                break;
            }
            earlier.add(changeSet);
        }
        List<String> problems = new ArrayList<>();
        if (!found && !normalize(master).equals(target)) {
            problems.add(target + " has no change set in the master change log " + master
                    + " (not included yet?): all of the master's change sets count as earlier");
        }
        DslContext context = of(earlier, projectRoot);
        problems.addAll(context.problems);
        return new DslContext(context.schema, problems);
    }

    /** Whether the file may include others: the word appears in it (cheaper than parsing it with Liquibase). */
    private static boolean mayInclude(Path file) {
        try {
            return Files.readString(file).contains("include");
        } catch (IOException | RuntimeException e) {
            return true; // let Liquibase read it and say what is wrong
        }
    }

    /**
     * The context after {@code changeSets} (in the order they run, as Liquibase parsed them), their
     * files relative to {@code root}: DSL files are parsed for the exact place of each definition,
     * others give the line of the change set.
     */
    public static DslContext of(List<ChangeSet> changeSets, Path root) {
        Schema schema = new Schema();
        List<String> problems = new ArrayList<>();
        Map<String, Source> sources = new HashMap<>();
        Function<String, Source> read = path -> {
            try {
                return new Source(path, Files.readString(root.resolve(path), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                problems.add(path + " cannot be read (" + e.getMessage() + "): its definitions have no line");
                return new Source(path, "");
            }
        };
        for (ChangeSet changeSet : changeSets) {
            String path = normalize(physicalPath(changeSet));
            Source source = sources.computeIfAbsent(path, read);
            Element element = DslChangeLogParser.isDsl(path) ? source.changeSet(changeSet.getId(), changeSet.getAuthor()) : null;
            if (element != null) {
                new Walk(source.text, path, source.lines(), schema).changeSet(element, -1);
            } else {
                apply(changeSet, new Definition(path, 0, 0, source.line(changeSet.getId())), schema);
            }
        }
        return new DslContext(schema, problems);
    }

    private static String physicalPath(ChangeSet changeSet) {
        return changeSet.getChangeLog() != null && changeSet.getChangeLog().getPhysicalFilePath() != null
                ? changeSet.getChangeLog().getPhysicalFilePath() : changeSet.getFilePath();
    }

    private static String normalize(String path) {
        String p = path == null ? "" : path.replace('\\', '/');
        if (p.startsWith("classpath:")) {
            p = p.substring("classpath:".length());
        }
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.substring(p.startsWith("/") ? 1 : 2);
        }
        return p;
    }

    /** A Liquibase change set of another format, run over the schema (the table-shaping changes). */
    private static void apply(ChangeSet changeSet, Definition at, Schema schema) {
        String origin = "changeSet " + changeSet.getId() + " by " + changeSet.getAuthor();
        for (Change change : changeSet.getChanges()) {
            switch (change) {
                case CreateTableChange c -> {
                    Map<String, Schema.Column> columns = new LinkedHashMap<>();
                    for (ColumnConfig column : c.getColumns()) {
                        columns.put(Schema.key(column.getName()), column(column, at, origin));
                    }
                    schema.put(new Schema.Table(c.getTableName(), at, origin, columns));
                }
                case CreateViewChange c -> schema.put(new Schema.Table(c.getViewName(), at, origin, null));
                case DropTableChange c -> schema.remove(c.getTableName());
                case DropViewChange c -> schema.remove(c.getViewName());
                case RenameTableChange c -> rename(schema, c.getOldTableName(), c.getNewTableName(), at, origin);
                case RenameViewChange c -> rename(schema, c.getOldViewName(), c.getNewViewName(), at, origin);
                case AddColumnChange c -> {
                    Schema.Table table = schema.table(c.getTableName());
                    for (ColumnConfig column : c.getColumns()) {
                        if (table != null) {
                            table = Schema.withColumn(table, column(column, at, origin));
                            schema.put(table);
                        }
                    }
                }
                case DropColumnChange c -> {
                    Schema.Table table = schema.table(c.getTableName());
                    if (table != null) {
                        if (c.getColumnName() != null) {
                            table = Schema.withoutColumn(table, c.getColumnName());
                        }
                        for (ColumnConfig column : c.getColumns()) {
                            table = Schema.withoutColumn(table, column.getName());
                        }
                        schema.put(table);
                    }
                }
                case RenameColumnChange c -> {
                    Schema.Table table = schema.table(c.getTableName());
                    Schema.Column old = table == null ? null : table.column(c.getOldColumnName());
                    if (old != null) {
                        schema.put(Schema.withColumn(Schema.withoutColumn(table, old.name()), new Schema.Column(c.getNewColumnName(),
                                c.getColumnDataType() != null ? c.getColumnDataType() : old.type(), old.constraints(), at, origin)));
                    }
                }
                case ModifyDataTypeChange c -> {
                    Schema.Table table = schema.table(c.getTableName());
                    Schema.Column old = table == null ? null : table.column(c.getColumnName());
                    if (old != null) {
                        schema.put(Schema.withColumn(table, new Schema.Column(old.name(), c.getNewDataType(), old.constraints(), old.definition(),
                                old.origin())));
                    }
                }
                case AbstractSQLChange c -> schema.complete = false;
                case CreateProcedureChange c -> schema.complete = false;
                case CustomChangeWrapper c -> schema.complete = false;
                case ExecuteShellCommandChange c -> schema.complete = false;
                default -> {
                    // No table or column is defined or removed.
                }
            }
        }
    }

    private static Schema.Column column(ColumnConfig column, Definition at, String origin) {
        StringBuilder constraints = new StringBuilder();
        if (column.getConstraints() != null) {
            if (Boolean.TRUE.equals(column.getConstraints().isPrimaryKey())) {
                constraints.append("primaryKey=true");
            }
            if (Boolean.FALSE.equals(column.getConstraints().isNullable())) {
                constraints.append(constraints.isEmpty() ? "" : " ").append("nullable=false");
            }
        }
        return new Schema.Column(column.getName(), column.getType(), constraints.toString(), at, origin);
    }

    private static void rename(Schema schema, String from, String to, Definition at, String origin) {
        Schema.Table table = schema.remove(from);
        if (table != null && to != null) {
            schema.put(new Schema.Table(to, at, origin, table.columns()));
        }
    }

    /** Why the context knows less than it could (the master change log cannot be read...); empty when all is well. */
    public List<String> problems() {
        return problems;
    }

    /** The names of the tables (and views) known, in the order they were defined. */
    public List<String> tables() {
        return List.copyOf(schema.tableNames());
    }

    /** Where a known table was defined, if it is known. */
    public java.util.Optional<Definition> definition(String table) {
        Schema.Table t = schema.table(table);
        return java.util.Optional.ofNullable(t == null ? null : t.definition());
    }

    Schema schema() {
        return schema;
    }

    /** One earlier file's text, its lines and (for DSL) its change sets by id and author. */
    private static final class Source {
        private final String path;
        private final String text;
        private Walk.Lines lines;
        private Map<String, Element> changeSets;

        Source(String path, String text) {
            this.path = path;
            this.text = text;
        }

        Walk.Lines lines() {
            if (lines == null) {
                lines = new Walk.Lines(text);
            }
            return lines;
        }

        Element changeSet(String id, String author) {
            if (changeSets == null) {
                changeSets = new HashMap<>();
                ChangeLog changeLog = (ChangeLog) DslReader.parse(text).getRootASTElement();
                if (changeLog != null) {
                    for (Element element : Element.of(changeLog.getNodes(), new java.util.IdentityHashMap<>())) {
                        if ("changeSet".equals(element.type)) {
                            changeSets.putIfAbsent(element.value("id") + "::" + element.value("author"), element);
                        }
                    }
                }
            }
            return changeSets.get(id + "::" + author);
        }

        /** The line where the change set's id is written (XML, YAML, JSON, SQL), or 0. */
        int line(String id) {
            if (id == null || text.isEmpty()) {
                return 0;
            }
            String lower = path.toLowerCase(Locale.ROOT);
            String[] candidates = lower.endsWith(".sql") ? new String[] {":" + id} : new String[] {"\"" + id + "\"", "'" + id + "'", ": " + id};
            for (String candidate : candidates) {
                int at = text.indexOf(candidate);
                if (at >= 0) {
                    return lines().line(at);
                }
            }
            return 0;
        }
    }
}
