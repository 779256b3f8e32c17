package io.strata.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.strata.forecast.ChangeForecast;
import io.strata.forecast.ChangeForecast.Outcome;
import io.strata.forecast.ChangeSetForecast;
import io.strata.forecast.Finding;
import io.strata.forecast.ForecastResult;
import io.strata.forecast.model.ColumnModel;
import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.ForeignKeyModel;
import io.strata.forecast.model.IndexModel;
import io.strata.forecast.model.KeyModel;
import io.strata.forecast.model.TableModel;
import io.strata.rules.ResponseType;

/** Forecast results for the tests: a small one full of hostile text, and a large one. */
final class Fixtures {

    static final Instant STARTED = Instant.parse("2026-11-30T15:30:12.345Z");

    static final String SCRIPT_ID = "<script>alert('id')</script>";
    static final String IMG_AUTHOR = "\"><img src=x onerror=alert(1)>";
    static final String FILE = "db/chänge&log's \"main\".xml";
    static final String LABELS = "sprint-1 & <b>bold</b>";
    static final String COMMENT = "Ünïcødé 表 😀 ]]> --> <!-- & \"quotes\" 'single'";
    static final String RULE = "Index Too Many Columns Error </span><script>x()</script>";
    static final String FAIL_MESSAGE = "The new index [<IDX_ALL>] contains more than 3 columns & \"more\"";
    static final String HINT = "Index at most 3 columns: <col1>, 'col2' & col3";
    static final Finding.Fix FIX = new Finding.Fix("IDX_<ALL>", "IDX_\"A\" & <b>");
    static final String SQL = "DROP TABLE x; <script>evil()</script> -- ' \" &amp;";
    static final String TABLE = "T<script>";
    static final String COLUMN = "C\"onerror=alert(2)";
    static final String STAGE = "DEV";

    private Fixtures() {
    }

    static Finding finding(String code, ResponseType severity, String message, String hint, String rule, String phase,
            ChangeSetForecast cs, int changeIndex) {
        return new Finding(code, severity, message, hint, rule, phase, cs == null ? null : cs.id(), cs == null ? null : cs.author(),
                cs == null ? null : cs.file(), cs == null ? 0 : cs.line(), changeIndex);
    }

    static Finding withFix(Finding f, Finding.Fix fix) {
        return new Finding(f.code(), f.severity(), f.message(), f.hint(), f.rule(), f.phase(), f.changeSetId(), f.author(), f.file(),
                f.line(), f.changeIndex(), fix);
    }

    private static ChangeSetForecast cs(String id, String author, String file, int line, String labels, String contexts,
            String comment, boolean runs, String note, List<ChangeForecast> changes, List<Finding> findings) {
        return new ChangeSetForecast(id, author, file, line, labels, contexts, comment, runs, note, changes, findings);
    }

    /**
     * Three change sets: a plain create table; one whose id, author and file are hostile, with a
     * FAIL and a WARN finding on its index; one that does not run, with SQL that is not simulated;
     * plus a FAIL and a WARN finding on the project.
     */
    static ForecastResult small() {
        ChangeSetForecast first = cs("1", "alice", "db/changelog.xml", 3, "", "", "", true, "",
                List.of(new ChangeForecast(1, "createTable", "Table CUSTOMER created", Outcome.SIMULATED,
                        "creates table CUSTOMER with 2 columns", List.of())), List.of());
        ChangeSetForecast shell = cs(SCRIPT_ID, IMG_AUTHOR, FILE, 42, LABELS, "test & <prod>", COMMENT, true, "", List.of(), List.of());
        ChangeForecast index = new ChangeForecast(2, "createIndex", "Index IDX_ALL created", Outcome.SIMULATED,
                "creates index IDX_ALL on " + TABLE + " (A, B, C, D)",
                List.of(withFix(finding("RULE", ResponseType.FAIL, FAIL_MESSAGE, HINT, RULE, "Forecast", shell, 2), FIX),
                        finding("INDEX_ON_POPULATED_TABLE", ResponseType.WARN, "Index on a table with rows <locks>", null, null, null,
                                shell, 2)));
        ChangeForecast create = new ChangeForecast(1, "createTable", "Table " + TABLE + " created", Outcome.SIMULATED,
                "creates table " + TABLE + " with 4 columns", List.of());
        ChangeSetForecast second = cs(SCRIPT_ID, IMG_AUTHOR, FILE, 42, LABELS, "test & <prod>", COMMENT, true, "",
                List.of(create, index), List.of());
        ChangeSetForecast third = cs("3-sql", "bob", "db/changelog.xml", 60, "", "", "", false,
                "precondition tableExists <CUSTOMER> fails: MARK_RAN",
                List.of(new ChangeForecast(1, "sql", SQL, Outcome.NOT_SIMULATED, "plain SQL that is not DDL: " + SQL + " bad\u0000char\uD800",
                        List.of())),
                List.of(finding("PRECONDITION", ResponseType.INFO, "Precondition skips it", null, null, null, null, 0)));
        List<Finding> project = List.of(
                finding("RULE", ResponseType.FAIL, "Table <" + TABLE + "> has no primary key", "Add a primary key", "Every table has a key",
                        "PostForecast", null, 0),
                finding("RULE", ResponseType.WARN, "Model has 2 tables & no views", null, "Count", "PostForecast", null, 0));

        DatabaseModel before = new DatabaseModel("h2", null);
        TableModel customer = before.schema(null).addTable("CUSTOMER");
        customer.addColumn(new ColumnModel("ID", "INT").setNullable(false));
        customer.addColumn(new ColumnModel("NAME", "VARCHAR(100)"));
        customer.setPrimaryKey(new KeyModel("PK_CUSTOMER", List.of("ID")));
        customer.setRowCount(10L, true);

        DatabaseModel after = before.copy();
        after.table(null, "CUSTOMER").addColumn(new ColumnModel("EMAIL", "VARCHAR(200)"));
        TableModel hostile = after.schema(null).addTable(TABLE);
        for (String c : List.of("A", "B", "C", COLUMN)) {
            hostile.addColumn(new ColumnModel(c, "INT"));
        }
        hostile.addIndex(new IndexModel("IDX_ALL", List.of("A", "B", "C", COLUMN), false));
        hostile.addForeignKey(new ForeignKeyModel("FK_<x>", List.of("A"), null, "CUSTOMER", List.of("ID"), "CASCADE"));
        hostile.setRowCount(0L, true);

        return new ForecastResult("shop & <co>", STAGE, "h2", "snapshot Snapshots/DEV.model.json", STARTED, 1234,
                List.of(first, second, third), project, Map.of("Forecast", 1, "PostForecast", 2), before, after);
    }

    /**
     * {@code n} change sets, each creating a table of three columns; every 100th has a FAIL finding
     * and every 10th a WARN; the model after holds the {@code n} tables.
     */
    static ForecastResult large(int n) {
        List<ChangeSetForecast> changeSets = new ArrayList<>(n);
        DatabaseModel before = new DatabaseModel("postgresql", null);
        DatabaseModel after = before.copy();
        for (int i = 1; i <= n; i++) {
            String id = "cs-" + i;
            String file = "db/changelog-" + (i % 10) + ".xml";
            String table = "TABLE_" + i;
            List<Finding> findings = new ArrayList<>();
            if (i % 100 == 0) {
                findings.add(new Finding("RULE", ResponseType.FAIL, "The new index [IDX_" + i + "] contains more than 3 columns.",
                        "Index at most 3 columns", "Index Too Many Columns Error", "Forecast", id, "dev", file, i, 2));
            }
            if (i % 10 == 0) {
                findings.add(new Finding("NO_INDEX_ON_FK", ResponseType.WARN, "Foreign key without an index on " + table, null, null,
                        null, id, "dev", file, i, 1));
            }
            changeSets.add(new ChangeSetForecast(id, "dev", file, i, "sprint-" + (i % 7), "", "Creates " + table, true, "",
                    List.of(new ChangeForecast(1, "createTable", "Table " + table + " created", Outcome.SIMULATED,
                            "creates table " + table + " with 3 columns", List.of()),
                            new ChangeForecast(2, "createIndex", "Index IDX_" + i + " created", Outcome.SIMULATED,
                                    "creates index IDX_" + i, findings)),
                    List.of()));
            TableModel t = after.schema(null).addTable(table);
            t.addColumn(new ColumnModel("ID", "BIGINT").setNullable(false));
            t.addColumn(new ColumnModel("NAME", "VARCHAR(200)"));
            t.addColumn(new ColumnModel("CREATED", "TIMESTAMP"));
            t.setPrimaryKey(new KeyModel("PK_" + i, List.of("ID")));
            t.addIndex(new IndexModel("IDX_" + i, List.of("NAME", "CREATED"), false));
            t.setRowCount(0L, true);
        }
        return new ForecastResult("big", "PROD", "postgresql", "empty", STARTED, 98_765, changeSets, List.of(),
                Map.of("Forecast", 20), before, after);
    }
}
