package io.strata.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.strata.core.Json;
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
 * A stage's model saved in the project ({@code Snapshots/<stage>.model.json}): the schema with row
 * counts, and the change sets applied there. An offline forecast starts from it, so a CI job can
 * forecast without reaching the database. Readable and diff-friendly JSON.
 */
public final class ModelFile {

    /** What a model file holds. */
    public record Content(String stage, Instant captured, DatabaseModel model, List<AppliedChangeSetKey> applied) {
    }

    static final int FORMAT = 1;

    private ModelFile() {
    }

    /** The model file of a stage in a project. */
    public static Path of(Path projectDir, String stage) {
        return io.strata.core.ProjectFolder.SNAPSHOTS.in(projectDir).resolve(stage + ".model.json");
    }

    public static void write(Path file, Content content) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("strataModel", FORMAT);
        root.put("stage", content.stage());
        root.put("captured", content.captured());
        root.put("databaseType", content.model().getDatabaseType());
        root.put("defaultSchema", content.model().getDefaultSchema());
        List<Object> applied = new ArrayList<>();
        for (AppliedChangeSetKey a : content.applied()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", a.file());
            row.put("id", a.id());
            row.put("author", a.author());
            row.put("checksum", a.checksum());
            applied.add(row);
        }
        root.put("applied", applied);
        List<Object> schemas = new ArrayList<>();
        for (SchemaModel s : content.model().getSchemas()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("name", s.getName());
            List<Object> tables = new ArrayList<>();
            for (TableModel t : s.getTables()) {
                tables.add(table(t));
            }
            schema.put("tables", tables);
            schema.put("views", s.getViews().stream().map(v -> (Object) map("name", v.name(), "definition", v.definition())).toList());
            schema.put("sequences", s.getSequences().stream().map(q -> (Object) map("name", q.name(), "startValue", q.startValue(),
                    "incrementBy", q.incrementBy())).toList());
            schema.put("storedLogic", s.getStoredLogic().stream().map(l -> (Object) map("name", l.name(), "kind", l.kind())).toList());
            schemas.add(schema);
        }
        root.put("schemas", schemas);
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(partial, Json.write(root) + "\n", StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, Object> table(TableModel t) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("name", t.getName());
        table.put("rowCount", t.getRowCount());
        table.put("rowCountExact", t.isRowCountExact());
        if (t.getRemarks() != null) {
            table.put("remarks", t.getRemarks());
        }
        List<Object> columns = new ArrayList<>();
        for (ColumnModel c : t.getColumns()) {
            Map<String, Object> column = map("name", c.getName(), "type", c.getType(), "nullable", c.isNullable());
            if (c.getDefaultValue() != null) {
                column.put("default", c.getDefaultValue());
            }
            if (c.isAutoIncrement()) {
                column.put("autoIncrement", true);
            }
            columns.add(column);
        }
        table.put("columns", columns);
        if (t.getPrimaryKey() != null) {
            table.put("primaryKey", map("name", t.getPrimaryKey().name(), "columns", t.getPrimaryKey().columns()));
        }
        table.put("uniqueConstraints", t.getUniqueConstraints().stream().map(k -> (Object) map("name", k.name(), "columns", k.columns())).toList());
        table.put("indexes", t.getIndexes().stream().map(i -> (Object) map("name", i.name(), "columns", i.columns(), "unique", i.unique())).toList());
        table.put("foreignKeys", t.getForeignKeys().stream().map(f -> (Object) map("name", f.name(), "columns", f.columns(),
                "referencedSchema", f.referencedSchema(), "referencedTable", f.referencedTable(), "referencedColumns", f.referencedColumns(),
                "onDelete", f.onDelete())).toList());
        return table;
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /**
     * Reads a model file.
     *
     * @throws IOException when it cannot be read or is not a Strata model file (the message says which and why)
     */
    public static Content read(Path file) throws IOException {
        Object parsed;
        try {
            parsed = Json.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> root) || !root.containsKey("strataModel")) {
            throw new IOException(file + " is not a Strata model file (no \"strataModel\" key); make one with 'strata snapshot --stage NAME'.");
        }
        try {
            DatabaseModel model = new DatabaseModel(str(root.get("databaseType")), str(root.get("defaultSchema")));
            for (Object o : list(root.get("schemas"))) {
                Map<?, ?> s = (Map<?, ?>) o;
                SchemaModel schema = model.schema(str(s.get("name")));
                for (Object t : list(s.get("tables"))) {
                    readTable(schema, (Map<?, ?>) t);
                }
                for (Object v : list(s.get("views"))) {
                    schema.putView(new ViewModel(str(((Map<?, ?>) v).get("name")), str(((Map<?, ?>) v).get("definition"))));
                }
                for (Object q : list(s.get("sequences"))) {
                    Map<?, ?> m = (Map<?, ?>) q;
                    schema.putSequence(new SequenceModel(str(m.get("name")), str(m.get("startValue")), str(m.get("incrementBy"))));
                }
                for (Object l : list(s.get("storedLogic"))) {
                    schema.putStoredLogic(new StoredLogicModel(str(((Map<?, ?>) l).get("name")), str(((Map<?, ?>) l).get("kind"))));
                }
            }
            List<AppliedChangeSetKey> applied = new ArrayList<>();
            for (Object o : list(root.get("applied"))) {
                Map<?, ?> a = (Map<?, ?>) o;
                applied.add(new AppliedChangeSetKey(str(a.get("file")), str(a.get("id")), str(a.get("author")), str(a.get("checksum"))));
            }
            Object captured = root.get("captured");
            return new Content(str(root.get("stage")), captured == null ? null : Instant.parse(str(captured)), model, applied);
        } catch (ClassCastException | java.time.format.DateTimeParseException e) {
            throw new IOException(file + " is not a valid Strata model file: " + e.getMessage()
                    + ". Make it again with 'strata snapshot --stage NAME'.", e);
        }
    }

    private static void readTable(SchemaModel schema, Map<?, ?> t) {
        TableModel table = schema.addTable(str(t.get("name")));
        Object rows = t.get("rowCount");
        table.setRowCount(rows == null ? null : ((Number) rows).longValue(), Boolean.TRUE.equals(t.get("rowCountExact")));
        table.setRemarks(str(t.get("remarks")));
        for (Object o : list(t.get("columns"))) {
            Map<?, ?> c = (Map<?, ?>) o;
            ColumnModel column = new ColumnModel(str(c.get("name")), str(c.get("type")));
            column.setNullable(!Boolean.FALSE.equals(c.get("nullable")));
            column.setDefaultValue(str(c.get("default")));
            column.setAutoIncrement(Boolean.TRUE.equals(c.get("autoIncrement")));
            table.addColumn(column);
        }
        if (t.get("primaryKey") instanceof Map<?, ?> pk) {
            table.setPrimaryKey(new KeyModel(str(pk.get("name")), strings(pk.get("columns"))));
        }
        for (Object o : list(t.get("uniqueConstraints"))) {
            Map<?, ?> k = (Map<?, ?>) o;
            table.addUniqueConstraint(new KeyModel(str(k.get("name")), strings(k.get("columns"))));
        }
        for (Object o : list(t.get("indexes"))) {
            Map<?, ?> i = (Map<?, ?>) o;
            table.addIndex(new IndexModel(str(i.get("name")), strings(i.get("columns")), Boolean.TRUE.equals(i.get("unique"))));
        }
        for (Object o : list(t.get("foreignKeys"))) {
            Map<?, ?> f = (Map<?, ?>) o;
            table.addForeignKey(new ForeignKeyModel(str(f.get("name")), strings(f.get("columns")), str(f.get("referencedSchema")),
                    str(f.get("referencedTable")), strings(f.get("referencedColumns")), str(f.get("onDelete"))));
        }
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
