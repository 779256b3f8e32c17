package io.strata.forecast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.strata.forecast.model.DatabaseModel;
import io.strata.rules.Response;
import io.strata.rules.RuleCompiler;
import io.strata.rules.RuleSetLoader;
import io.strata.rules.RulesCheck;

/**
 * The project's rules as the forecast runs them: compiled against every fact a rule may import
 * (Liquibase's changes and change sets, the model, {@link StageInfo}, {@link Sql}, Response),
 * through the compiled-rules caches. Check Rules uses the same loader, so a rule that compiles
 * there runs in the forecast.
 */
public final class ForecastRules {

    private static final RuleSetLoader LOADER = new RuleSetLoader(new RuleCompiler(ForecastRules.class.getClassLoader()),
            List.of(ForecastRules.class, DatabaseModel.class, Response.class, liquibase.change.Change.class));

    private ForecastRules() {
    }

    /** The loader of this JVM (the IDE's, the CLI's), with its in-memory and on-disk caches. */
    public static RuleSetLoader loader() {
        return LOADER;
    }

    /** Check Rules on the project: "Rule Validation returned no errors." or every problem at file:line:column. */
    public static RulesCheck check(Path projectDir) throws IOException {
        return LOADER.check(projectDir);
    }
}
