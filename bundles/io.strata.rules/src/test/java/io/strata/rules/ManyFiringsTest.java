package io.strata.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import liquibase.change.core.CreateIndexChange;

/** A rule base fired far more often than Drools' jitting threshold (20) still works (Drools 10.2 bug). */
class ManyFiringsTest {

    @Test
    void constraintsWithOperatorsKeepWorkingAfterManyEvaluations() {
        RuleCompilation compilation = RuleCompiler.forStrataFacts().compile(List.of(new RuleSource("Rules/Forecast/Names.drl", """
                package many
                import liquibase.change.core.CreateIndexChange;
                import io.strata.rules.Response;
                import io.strata.rules.ResponseType;
                rule "Index name prefix"
                when
                    CreateIndexChange(indexName not matches "IDX_.*", tableName str[startsWith] "T")
                then
                    insert(new Response(ResponseType.WARN, "prefix", drools.getRule().getName()));
                end
                """)));
        CompiledRules rules = compilation.rules();
        int warnings = 0;
        for (int i = 0; i < 200; i++) {
            CreateIndexChange change = new CreateIndexChange();
            change.setTableName("T" + i);
            change.setIndexName(i % 2 == 0 ? "IDX_" + i : "BAD_" + i);
            warnings += rules.fire(List.of(change)).size();
        }
        assertEquals(100, warnings);
    }
}
