package io.strata.reports;

import java.io.IOException;
import java.util.List;

import io.strata.forecast.model.ColumnModel;
import io.strata.forecast.model.DatabaseModel;
import io.strata.forecast.model.ForeignKeyModel;
import io.strata.forecast.model.IndexModel;
import io.strata.forecast.model.KeyModel;
import io.strata.forecast.model.SchemaModel;
import io.strata.forecast.model.SequenceModel;
import io.strata.forecast.model.StoredLogicModel;
import io.strata.forecast.model.TableModel;
import io.strata.forecast.model.ViewModel;

/**
 * The model before and after a forecast, in HTML and JSON, always with the differences. HTML shows
 * small models in full, larger ones one line a table, the largest as counts. JSON holds both models
 * in full up to {@link #LISTED_TABLES} tables, beyond that their counts ({@code "full": false}); the
 * {@code snapshot} command saves a whole model.
 */
final class ModelReport {

    /** Up to this many tables (before or after), the HTML shows every table in full. */
    static final int FULL_TABLES = 100;
    /** Up to this many, one line a table; beyond it, counts only. */
    static final int LISTED_TABLES = 2000;

    private ModelReport() {
    }

    static void html(Sink out, DatabaseModel before, DatabaseModel after, List<ModelDiff.Change> differences) throws IOException {
        out.raw("<h2 id=\"model\">").text(ReportText.get("model.title")).raw("</h2>\n");
        if (before == null || after == null) {
            return;
        }
        out.raw("<table><tr><th></th><th>").text(ReportText.get("model.before")).raw("</th><th>")
                .text(ReportText.get("model.after")).raw("</th></tr>\n");
        Counts b = Counts.of(before);
        Counts a = Counts.of(after);
        countRow(out, "model.schemas", b.schemas, a.schemas);
        countRow(out, "model.tables", b.tables, a.tables);
        countRow(out, "model.views", b.views, a.views);
        countRow(out, "model.sequences", b.sequences, a.sequences);
        countRow(out, "model.storedLogic", b.storedLogic, a.storedLogic);
        countRow(out, "model.rows", b.rows, a.rows);
        out.raw("</table>\n");

        out.raw("<h3 id=\"model-differences\">").text(ReportText.get("model.differences")).raw("</h3>\n");
        if (differences.isEmpty()) {
            out.raw("<p>").text(ReportText.get("model.noDifferences")).raw("</p>\n");
        } else {
            out.raw("<table class=\"diff\"><tr><th>").text(ReportText.get("model.change")).raw("</th><th>")
                    .text(ReportText.get("model.kind")).raw("</th><th>").text(ReportText.get("model.object")).raw("</th><th>")
                    .text(ReportText.get("model.before")).raw("</th><th>").text(ReportText.get("model.after")).raw("</th></tr>\n");
            for (ModelDiff.Change c : differences) {
                String action = c.action();
                out.raw("<tr class=\"").raw(action).raw("\"><td>").text(ReportText.get("model." + action)).raw("</td><td>")
                        .text(c.kind()).raw("</td><td><code>").text(c.object()).raw("</code></td><td class=\"mono\">")
                        .text(c.before()).raw("</td><td class=\"mono\">").text(c.after()).raw("</td></tr>\n");
                out.spill();
            }
            out.raw("</table>\n");
        }

        int largest = Math.max(b.tables, a.tables);
        if (largest <= FULL_TABLES) {
            full(out, "model-before", "model.before", before);
            full(out, "model-after", "model.after", after);
        } else if (largest <= LISTED_TABLES) {
            out.raw("<p>").text(ReportText.get("model.compact")).raw("</p>\n");
            listed(out, "model-before", "model.before", before);
            listed(out, "model-after", "model.after", after);
        } else {
            out.raw("<p>").text(ReportText.get("model.countsOnly")).raw("</p>\n");
        }
    }

    private static void countRow(Sink out, String key, long before, long after) {
        out.raw("<tr><th>").text(ReportText.get(key)).raw("</th><td class=\"num\">").raw(before).raw("</td><td class=\"num\">")
                .raw(after).raw("</td></tr>\n");
    }

    private static void full(Sink out, String id, String titleKey, DatabaseModel model) throws IOException {
        out.raw("<h3 id=\"").raw(id).raw("\">").text(ReportText.get(titleKey)).raw("</h3>\n");
        for (SchemaModel schema : model.getSchemas()) {
            List<TableModel> tables = schema.getTables();
            if (tables.isEmpty() && schema.getViews().isEmpty() && schema.getSequences().isEmpty() && schema.getStoredLogic().isEmpty()) {
                continue;
            }
            out.raw("<h4>").text(schema.getName().isEmpty() ? model.getDefaultSchema() : schema.getName()).raw("</h4>\n");
            for (TableModel t : tables) {
                out.raw("<table class=\"model\"><caption><code>").text(t.qualifiedName()).raw("</code> · ").text(ModelText.rows(t))
                        .raw("</caption>\n<tr><th>").text(ReportText.get("model.column")).raw("</th><th>")
                        .text(ReportText.get("model.type")).raw("</th><th>").text(ReportText.get("model.null")).raw("</th><th>")
                        .text(ReportText.get("model.default")).raw("</th></tr>\n");
                for (ColumnModel c : t.getColumns()) {
                    out.raw("<tr><td><code>").text(c.getName()).raw("</code></td><td><code>").text(c.getType())
                            .raw(c.isAutoIncrement() ? " AUTO_INCREMENT" : "").raw("</code></td><td>").raw(c.isNullable() ? "NULL" : "NOT NULL")
                            .raw("</td><td><code>").text(c.getDefaultValue()).raw("</code></td></tr>\n");
                }
                List<String> extras = extras(t);
                if (!extras.isEmpty()) {
                    out.raw("<tr><td colspan=\"4\">");
                    for (int i = 0; i < extras.size(); i++) {
                        out.raw(i == 0 ? "" : "<br/>").raw("<code>").text(extras.get(i)).raw("</code>");
                    }
                    out.raw("</td></tr>\n");
                }
                out.raw("</table>\n");
                out.spill();
            }
            objects(out, "model.views", schema.getViews().stream()
                    .map(v -> v.name() + (v.definition() == null ? "" : ": " + v.definition())).toList());
            objects(out, "model.sequences", schema.getSequences().stream().map(ModelText::sequence).toList());
            objects(out, "model.storedLogic", schema.getStoredLogic().stream().map(l -> l.kind() + " " + l.name()).toList());
        }
    }

    private static List<String> extras(TableModel t) {
        List<String> extras = new java.util.ArrayList<>();
        if (t.getPrimaryKey() != null) {
            extras.add(ModelText.primaryKey(t.getPrimaryKey()));
        }
        for (KeyModel k : t.getUniqueConstraints()) {
            extras.add(ModelText.unique(k));
        }
        for (IndexModel i : t.getIndexes()) {
            extras.add(ModelText.index(i));
        }
        for (ForeignKeyModel f : t.getForeignKeys()) {
            extras.add(ModelText.foreignKey(f));
        }
        return extras;
    }

    private static void objects(Sink out, String titleKey, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.raw("<p>").text(ReportText.get(titleKey)).raw(":</p>\n<ul>");
        for (String item : items) {
            out.raw("<li><code>").text(item).raw("</code></li>");
        }
        out.raw("</ul>\n");
    }

    private static void listed(Sink out, String id, String titleKey, DatabaseModel model) throws IOException {
        out.raw("<h3 id=\"").raw(id).raw("\">").text(ReportText.get(titleKey)).raw("</h3>\n<table class=\"compact\"><tr><th>")
                .text(ReportText.get("model.tables")).raw("</th><th>").text(ReportText.get("model.columns")).raw("</th><th>")
                .text(ReportText.get("model.indexes")).raw("</th><th>").text(ReportText.get("model.foreignKeys")).raw("</th><th>")
                .text(ReportText.get("model.rows")).raw("</th></tr>\n");
        for (TableModel t : model.getTables()) {
            out.raw("<tr><td><code>").text(t.qualifiedName()).raw("</code></td><td class=\"num\">").raw(t.getColumnCount())
                    .raw("</td><td class=\"num\">").raw(t.getIndexes().size()).raw("</td><td class=\"num\">")
                    .raw(t.getForeignKeys().size()).raw("</td><td class=\"num\">").text(ModelText.rows(t)).raw("</td></tr>\n");
            out.spill();
        }
        out.raw("</table>\n");
    }

    /** How many objects a model has. */
    record Counts(int schemas, int tables, int views, int sequences, int storedLogic, long rows) {

        static Counts of(DatabaseModel model) {
            int schemas = 0;
            int tables = 0;
            int views = 0;
            int sequences = 0;
            int logic = 0;
            long rows = 0;
            for (SchemaModel s : model.getSchemas()) {
                List<TableModel> t = s.getTables();
                if (!t.isEmpty() || !s.getViews().isEmpty() || !s.getSequences().isEmpty() || !s.getStoredLogic().isEmpty()) {
                    schemas++;
                }
                tables += t.size();
                views += s.getViews().size();
                sequences += s.getSequences().size();
                logic += s.getStoredLogic().size();
                for (TableModel table : t) {
                    rows += table.getRowCount() == null ? 0 : table.getRowCount();
                }
            }
            return new Counts(schemas, tables, views, sequences, logic, rows);
        }
    }

    /** The model as a JSON object field: its counts, and its schemas in full when {@code full}. */
    static void json(JsonWriter json, String name, DatabaseModel model, boolean full) throws IOException {
        if (model == null) {
            json.field(name, (String) null);
            return;
        }
        Counts counts = Counts.of(model);
        json.object(name).field("databaseType", model.getDatabaseType()).field("defaultSchema", model.getDefaultSchema())
                .field("tableCount", counts.tables).field("viewCount", counts.views).field("sequenceCount", counts.sequences)
                .field("storedLogicCount", counts.storedLogic).field("knownRows", counts.rows).field("full", full);
        if (!full) {
            json.end();
            return;
        }
        json.array("schemas");
        for (SchemaModel s : model.getSchemas()) {
            json.object().field("name", s.getName());
            json.array("tables");
            for (TableModel t : s.getTables()) {
                table(json, t);
                json.spill();
            }
            json.end();
            json.array("views");
            for (ViewModel v : s.getViews()) {
                json.objectLine().field("name", v.name()).field("definition", v.definition()).end();
            }
            json.end();
            json.array("sequences");
            for (SequenceModel q : s.getSequences()) {
                json.objectLine().field("name", q.name()).field("startValue", q.startValue()).field("incrementBy", q.incrementBy()).end();
            }
            json.end();
            json.array("storedLogic");
            for (StoredLogicModel l : s.getStoredLogic()) {
                json.objectLine().field("name", l.name()).field("kind", l.kind()).end();
            }
            json.end();
            json.end();
        }
        json.end();
        json.end();
    }

    private static void table(JsonWriter json, TableModel t) {
        json.objectLine().field("name", t.getName()).field("rowCount", t.getRowCount()).field("rowCountExact", t.isRowCountExact())
                .field("remarks", t.getRemarks());
        json.array("columns");
        for (ColumnModel c : t.getColumns()) {
            json.object().field("name", c.getName()).field("type", c.getType()).field("nullable", c.isNullable())
                    .field("defaultValue", c.getDefaultValue()).field("autoIncrement", c.isAutoIncrement()).field("remarks", c.getRemarks())
                    .end();
        }
        json.end();
        if (t.getPrimaryKey() != null) {
            json.object("primaryKey").field("name", t.getPrimaryKey().name()).field("columns", t.getPrimaryKey().columns()).end();
        } else {
            json.field("primaryKey", (String) null);
        }
        json.array("uniqueConstraints");
        for (KeyModel k : t.getUniqueConstraints()) {
            json.object().field("name", k.name()).field("columns", k.columns()).end();
        }
        json.end();
        json.array("indexes");
        for (IndexModel i : t.getIndexes()) {
            json.object().field("name", i.name()).field("columns", i.columns()).field("unique", i.unique()).end();
        }
        json.end();
        json.array("foreignKeys");
        for (ForeignKeyModel f : t.getForeignKeys()) {
            json.object().field("name", f.name()).field("columns", f.columns()).field("referencedSchema", f.referencedSchema())
                    .field("referencedTable", f.referencedTable()).field("referencedColumns", f.referencedColumns())
                    .field("onDelete", f.onDelete()).end();
        }
        json.end();
        json.end();
    }

    /** Whether JSON holds these models in full. */
    static boolean fullInJson(DatabaseModel before, DatabaseModel after) {
        return (before == null ? 0 : before.tableCount()) <= LISTED_TABLES && (after == null ? 0 : after.tableCount()) <= LISTED_TABLES;
    }

    static void differencesJson(JsonWriter json, List<ModelDiff.Change> differences) throws IOException {
        json.array("differences");
        for (ModelDiff.Change c : differences) {
            json.objectLine().field("action", c.action()).field("kind", c.kind()).field("schema", c.schema()).field("table", c.table())
                    .field("name", c.name()).field("before", c.before()).field("after", c.after()).end();
            json.spill();
        }
        json.end();
    }
}
