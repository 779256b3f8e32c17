package io.strata.liquibase;

import java.util.List;
import java.util.Map;

import io.strata.core.project.StrataProject;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;

/**
 * Reads a project's master change log (and what it includes) into Liquibase's change sets without
 * touching any database: for the forecast and the IDE. Call inside {@link LiquibaseRunner#inScope}.
 */
public final class ChangeLogReader {

    private final StrataProject project;
    private ParsedChangeLogCache cache;
    private ChangeLogMemory memory;

    /** A reader that keeps the parsed form of unchanged XML files in the project's {@code .strata/cache/changelog/}. */
    public ChangeLogReader(StrataProject project) {
        this.project = project;
        this.cache = ParsedChangeLogCache.of(project.dir());
    }

    /**
     * The cache of parsed XML files this reader uses; null to parse every file (what Liquibase
     * alone does).
     */
    public ChangeLogReader cache(ParsedChangeLogCache c) {
        this.cache = c;
        return this;
    }

    /**
     * Change logs kept in memory between reads (the daemon's {@link ChangeLogMemory#shared()});
     * null (the default) loads the change log on every read. Only for callers that do not change
     * the change log's objects.
     */
    public ChangeLogReader memory(ChangeLogMemory m) {
        this.memory = m;
        return this;
    }

    private static final java.util.regex.Pattern XSD_CODE = java.util.regex.Pattern.compile("cvc-[\\w.-]+: ");
    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile("'\\{\"[^\"]*\":(\\w+)\\}'");
    private static final java.util.regex.Pattern EXPECTED = java.util.regex.Pattern.compile("One of '\\{.*?\\}' is expected\\.", java.util.regex.Pattern.DOTALL);

    /**
     * Liquibase passes on the XML schema validator's words, which list every element the schema
     * would allow (a thousand characters); this keeps the line, the column and what is wrong, and
     * names the allowed element closest to a misspelt one.
     */
    public static String readable(String message) {
        String m = XSD_CODE.matcher(message).replaceAll("");
        java.util.regex.Matcher expected = EXPECTED.matcher(m);
        Misspelling misspelling = misspelling(m);
        if (misspelling != null && expected.find()) {
            String closest = misspelling.closest();
            m = expected.replaceFirst(java.util.regex.Matcher.quoteReplacement(closest != null
                    ? "Did you mean <" + closest + ">?"
                    : "It is not allowed there: check its spelling and its place in the change set (preConditions and comment come "
                            + "first; tagDatabase stands alone in its change set)."));
        }
        return QUALIFIED.matcher(m).replaceAll("<$1>");
    }

    private static final java.util.regex.Pattern FOUND_ELEMENT = java.util.regex.Pattern.compile("starting with element '\\{\"[^\"]*\":(\\w+)\\}'");

    /**
     * An element the schema does not allow where it is, and the allowed element closest to it.
     *
     * @param found the element as written ({@code createTabel})
     * @param closest the allowed element it is closest to ({@code createTable}), or null when none is close
     */
    public record Misspelling(String found, String closest) {
    }

    /** The misspelt element an XML schema message is about, or null when it is about something else. */
    public static Misspelling misspelling(String message) {
        java.util.regex.Matcher found = FOUND_ELEMENT.matcher(message);
        java.util.regex.Matcher expected = EXPECTED.matcher(message);
        if (!found.find() || !expected.find()) {
            return null;
        }
        java.util.List<String> allowed = new java.util.ArrayList<>();
        java.util.regex.Matcher names = QUALIFIED_NAME.matcher(expected.group());
        while (names.find()) {
            allowed.add(names.group(1));
        }
        return new Misspelling(found.group(1), io.strata.core.Spelling.closest(found.group(1), allowed));
    }

    private static final java.util.regex.Pattern QUALIFIED_NAME = java.util.regex.Pattern.compile("\"[^\"]*\":(\\w+)");

    /**
     * Parses every change set of the project's change log (includes, every format) in a Liquibase
     * scope of its own, with no database: dbms filters and contexts do not matter, parsing keeps
     * every change set.
     *
     * @throws OperationException when the change log cannot be read, saying why
     */
    public static DatabaseChangeLog readAll(StrataProject project) throws OperationException {
        try {
            return new LiquibaseRunner(project.dir()).inScope(() -> {
                Database database = liquibase.database.DatabaseFactory.getInstance().openDatabase("offline:h2", null, null, null,
                        Scope.getCurrentScope().getResourceAccessor());
                return new ChangeLogReader(project).read(database, List.of(), null);
            });
        } catch (LiquibaseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OperationException o) {
                    throw o;
                }
            }
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log " + project.changelog()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Liquibase's parse of {@code changelog}, with element names resolved to change classes once
     * per parse ({@link ChangeTypes}): Liquibase's factory otherwise asks all its change plug-ins
     * for every element and attribute.
     */
    static DatabaseChangeLog parse(String changelog, ChangeLogParameters parameters, ResourceAccessor accessor) throws LiquibaseException {
        try {
            return Scope.child(ChangeTypes.scope(), () -> ChangeLogParserFactory.getInstance().getParser(changelog, accessor)
                    .parse(changelog, parameters, accessor));
        } catch (LiquibaseException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e.getMessage(), e);
        }
    }

    private DatabaseChangeLog parse(ResourceAccessor accessor, ChangeLogParameters parameters) throws Exception {
        if (cache == null) {
            return parse(project.changelog(), parameters, accessor);
        }
        CachingXmlChangeLogParser.register();
        return Scope.child(CachingXmlChangeLogParser.scope(cache), () -> parse(project.changelog(), parameters, accessor));
    }

    /**
     * Parses the change log for a database (its type decides dbms filters and property values).
     *
     * @param database a live database, or an offline one of the stage's type
     * @param contexts contexts for property substitution, or empty
     * @param labels a label expression, or null
     * @throws OperationException when the change log is not valid (naming file, change set and what to do)
     */
    public DatabaseChangeLog read(Database database, List<String> contexts, String labels) throws OperationException {
        List<String> cycle = IncludeCycles.find(project.dir(), project.changelog());
        if (!cycle.isEmpty()) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log includes itself: "
                    + String.join(" includes ", cycle) + ". Remove one of these includes.", null);
        }
        try {
            ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
            ChangeLogParameters parameters = new ChangeLogParameters(database);
            parameters.setContexts(new liquibase.Contexts(contexts));
            if (labels != null) {
                parameters.setLabels(new liquibase.LabelExpression(labels));
            }
            if (memory != null) {
                String key = ChangeLogMemory.key(project.dir(), project.changelog(), database, contexts, labels);
                return memory.load(key, accessor, files -> Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), files),
                        () -> parse(files, parameters)));
            }
            return parse(accessor, parameters);
        } catch (LiquibaseException e) {
            String missing = CustomChanges.missingClass(e);
            if (missing != null) {
                CustomChanges.Use use = CustomChanges.find(project.dir(), missing);
                throw new OperationException(OperationException.Kind.CHANGELOG, (use != null ? "change set '" + use.changeSetId() + "' ("
                        + use.file() + ", line " + use.line() + ") uses the custom change class " : "the change log needs the class ") + missing
                        + ", which Strata cannot load. Put the jar that holds it into an extensions folder: --extensions DIR, "
                        + "STRATA_EXTENSIONS, or <install>/extensions.", e);
            }
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log " + project.changelog() + " is not valid: "
                    + readable(e.getMessage() == null ? e.toString() : e.getMessage().strip()), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log " + project.changelog() + " is not valid: "
                    + e, e);
        } catch (StackOverflowError e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log " + project.changelog()
                    + " nests too deeply for Liquibase (an include cycle through a non-XML change log?)", null);
        }
    }
}
