package io.strata.liquibase;

import java.util.List;

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

    public ChangeLogReader(StrataProject project) {
        this.project = project;
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
            return ChangeLogParserFactory.getInstance().getParser(project.changelog(), accessor).parse(project.changelog(), parameters, accessor);
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
                    + (e.getMessage() == null ? e.toString() : e.getMessage().strip()), e);
        } catch (StackOverflowError e) {
            throw new OperationException(OperationException.Kind.CHANGELOG, "the change log " + project.changelog()
                    + " nests too deeply for Liquibase (an include cycle through a non-XML change log?)", null);
        }
    }
}
