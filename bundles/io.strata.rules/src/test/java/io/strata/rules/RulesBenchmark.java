package io.strata.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kie.api.runtime.KieSession;

import io.strata.core.RulesPhase;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropTableChange;

/**
 * Measurements run by releng/scripts/benchmark-rules, each step in a JVM of its own (as the CLI
 * runs). Not a test: surefire does not pick it up.
 *
 * <pre>
 * generate DIR N   a project with N rules in Rules/Forecast (one file each)
 * check DIR        Check Rules with the JVM-wide loader: time and what was compiled or cached;
 *                  then 20 more checks in the same JVM (the IDE's case)
 * load DIR         load every phase's rules (what the forecast does first) and fire once
 * fire DIR K       K small sessions (one change each): pooled sessions against a new session each
 * </pre>
 */
public final class RulesBenchmark {

    private RulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(dir, Integer.parseInt(args[2]));
            case "check" -> check(dir);
            case "load" -> load(dir);
            case "fire" -> fire(dir, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(Arrays.toString(args));
        }
    }

    static void generate(Path dir, int rules) throws IOException {
        Path folder = Files.createDirectories(RulesPhase.FORECAST.in(dir));
        Files.writeString(dir.resolve("strata.yaml"), "name: rules-benchmark\n");
        for (int i = 1; i <= rules; i++) {
            String body = switch (i % 4) {
                case 0 -> """
                        function boolean tooWide%1$d(java.util.List columns) {
                            return columns != null && columns.size() > %2$d;
                        }
                        rule "Index columns %1$d"
                            salience %1$d
                        when
                            $c : CreateIndexChange( $name : indexName, $columns : columns )
                            eval( tooWide%1$d($columns) )
                        then
                            insert(new Response(ResponseType.FAIL, "Index [" + $name + "] has more than %2$d columns.", drools.getRule().getName()));
                        end
                        """.formatted(i, 3 + i % 3);
                case 1 -> """
                        rule "Table name %1$d"
                        when
                            $t : CreateTableChange( tableName not matches "[A-Z][A-Z0-9_]{0,29}" )
                        then
                            insert(new Response(ResponseType.WARN, "Table [" + $t.getTableName() + "] is not upper case.", drools.getRule().getName()));
                        end
                        """.formatted(i);
                case 2 -> """
                        rule "Table columns %1$d"
                        when
                            $t : CreateTableChange( columns.size() > %2$d )
                        then
                            insert(new Response(ResponseType.WARN, "Table [" + $t.getTableName() + "] has many columns.", drools.getRule().getName()));
                        end
                        """.formatted(i, 20 + i);
                default -> """
                        rule "Drop table %1$d"
                        when
                            $d : DropTableChange( )
                            eval( Boolean.TRUE.equals($d.isCascadeConstraints()) )
                        then
                            String message = "Table [" + $d.getTableName() + "] is dropped with its constraints.";
                            insert(new Response(ResponseType.FAIL, message, drools.getRule().getName()));
                        end
                        """.formatted(i);
            };
            Files.writeString(folder.resolve("Rule" + i + ".drl"), """
                    package io.strata.benchmark.r%d

                    import liquibase.change.core.CreateIndexChange
                    import liquibase.change.core.CreateTableChange
                    import liquibase.change.core.DropTableChange
                    import io.strata.rules.Response
                    import io.strata.rules.ResponseType

                    %s""".formatted(i, body));
        }
        System.out.println("generated " + rules + " rules in " + folder);
    }

    static void check(Path dir) throws IOException {
        RuleSetLoader loader = RuleSetLoader.shared();
        long start = System.nanoTime();
        RulesCheck check = loader.check(dir);
        long first = System.nanoTime() - start;
        System.out.printf("check: %d ms (%s, %d files, %d problems)%n", millis(first), loader.statistics(), check.files(),
                check.problems().size());
        if (!check.ok()) {
            check.problems().forEach(System.out::println);
            System.exit(1);
        }
        long[] again = new long[20];
        for (int i = 0; i < again.length; i++) {
            long t = System.nanoTime();
            loader.check(dir);
            again[i] = System.nanoTime() - t;
        }
        Arrays.sort(again);
        System.out.printf("check again in the same JVM: median %.1f ms (%s)%n", again[again.length / 2] / 1e6, loader.statistics());
    }

    static void load(Path dir) throws IOException {
        RuleSetLoader loader = RuleSetLoader.shared();
        long start = System.nanoTime();
        ProjectRules rules = loader.load(dir);
        long loaded = System.nanoTime() - start;
        CompiledRules forecast = rules.rules(RulesPhase.FORECAST).orElseThrow();
        long fireStart = System.nanoTime();
        List<Response> responses = forecast.fire(changes(0));
        long fired = System.nanoTime() - fireStart;
        System.out.printf("load: %d ms (%s, %d rules); first fire %d ms, %d responses%n", millis(loaded), loader.statistics(),
                forecast.ruleNames().size(), millis(fired), responses.size());
    }

    static void fire(Path dir, int sessions) throws IOException {
        CompiledRules rules = RuleSetLoader.shared().load(dir).rules(RulesPhase.FORECAST).orElseThrow();
        for (int round = 0; round < 3; round++) {
            long pooled = 0;
            long fresh = 0;
            int responses = 0;
            for (int i = 0; i < sessions; i++) {
                List<Object> facts = changes(i);
                long t = System.nanoTime();
                responses += rules.fire(facts).size();
                pooled += System.nanoTime() - t;
                t = System.nanoTime();
                KieSession session = DroolsClassLoading.call(() -> rules.kieBase().newKieSession());
                try {
                    facts.forEach(session::insert);
                    session.fireAllRules();
                    responses -= session.getObjects(o -> o instanceof Response).size();
                } finally {
                    session.dispose();
                }
                fresh += System.nanoTime() - t;
            }
            if (responses != 0) {
                throw new IllegalStateException("pooled and new sessions answered differently");
            }
            System.out.printf("fire x%d (round %d): pooled session %.1f us each, new session %.1f us each%n", sessions, round + 1,
                    pooled / 1e3 / sessions, fresh / 1e3 / sessions);
        }
    }

    /** The changes of one change set: a table, an index on it, sometimes a drop. */
    static List<Object> changes(int i) {
        List<Object> facts = new ArrayList<>();
        CreateTableChange table = new CreateTableChange();
        table.setTableName(i % 2 == 0 ? "ORDERS_" + i : "orders_" + i);
        for (int c = 0; c < 5; c++) {
            ColumnConfig column = new ColumnConfig();
            column.setName("C" + c);
            table.addColumn(column);
        }
        facts.add(table);
        CreateIndexChange index = new CreateIndexChange();
        index.setIndexName("IDX_" + i);
        index.setTableName(table.getTableName());
        for (int c = 0; c < 2 + i % 5; c++) {
            AddColumnConfig column = new AddColumnConfig();
            column.setName("C" + c);
            index.addColumn(column);
        }
        facts.add(index);
        if (i % 7 == 0) {
            DropTableChange drop = new DropTableChange();
            drop.setTableName("OLD_" + i);
            drop.setCascadeConstraints(true);
            facts.add(drop);
        }
        return facts;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
