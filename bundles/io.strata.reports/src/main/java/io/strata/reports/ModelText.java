package io.strata.reports;

import java.util.List;

import io.strata.forecast.model.ColumnModel;
import io.strata.forecast.model.ForeignKeyModel;
import io.strata.forecast.model.IndexModel;
import io.strata.forecast.model.KeyModel;
import io.strata.forecast.model.SequenceModel;
import io.strata.forecast.model.TableModel;

/** One-line descriptions of model objects, the same in HTML, JSON and the differences. */
final class ModelText {

    private ModelText() {
    }

    static String primaryKey(KeyModel key) {
        return "primary key" + name(key.name()) + " (" + String.join(", ", key.columns()) + ")";
    }

    static String unique(KeyModel key) {
        return "unique" + name(key.name()) + " (" + String.join(", ", key.columns()) + ")";
    }

    static String index(IndexModel index) {
        return (index.unique() ? "unique index" : "index") + name(index.name()) + " (" + String.join(", ", index.columns()) + ")";
    }

    static String foreignKey(ForeignKeyModel fk) {
        return "foreign key" + name(fk.name()) + " (" + String.join(", ", fk.columns()) + ") references "
                + (fk.referencedSchema() == null || fk.referencedSchema().isEmpty() ? "" : fk.referencedSchema() + ".")
                + fk.referencedTable() + " (" + String.join(", ", fk.referencedColumns()) + ")"
                + (fk.onDelete() == null || fk.onDelete().isEmpty() ? "" : " on delete " + fk.onDelete());
    }

    static String sequence(SequenceModel s) {
        return s.name() + (s.startValue() == null ? "" : " start " + s.startValue())
                + (s.incrementBy() == null ? "" : " increment " + s.incrementBy());
    }

    /** {@code 1,234 rows}, {@code ~1,234 rows (estimated)} or {@code rows unknown}. */
    static String rows(TableModel t) {
        if (t.getRowCount() == null) {
            return ReportText.get("model.rowsUnknown");
        }
        return (t.isRowCountExact() ? "" : "~") + grouped(t.getRowCount()) + " rows"
                + (t.isRowCountExact() ? "" : " (" + ReportText.get("model.rowsEstimated") + ")");
    }

    /** A table on one line: its columns, keys, indexes, foreign keys and rows. */
    static String table(TableModel t) {
        StringBuilder s = new StringBuilder("(");
        List<ColumnModel> columns = t.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(columns.get(i).describe());
        }
        s.append(')');
        if (t.getPrimaryKey() != null) {
            s.append("; ").append(primaryKey(t.getPrimaryKey()));
        }
        for (KeyModel k : t.getUniqueConstraints()) {
            s.append("; ").append(unique(k));
        }
        for (IndexModel i : t.getIndexes()) {
            s.append("; ").append(index(i));
        }
        for (ForeignKeyModel f : t.getForeignKeys()) {
            s.append("; ").append(foreignKey(f));
        }
        return s.append("; ").append(rows(t)).toString();
    }

    /** 1234567 as {@code 1,234,567} (String.format is slow for 10,000 tables). */
    static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder s = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                s.append(',');
            }
            s.append(digits.charAt(i));
        }
        return s.toString();
    }

    private static String name(String name) {
        return name == null || name.isEmpty() ? "" : " " + name;
    }

    /** 850 ms, 1.2 s, 2 min 5 s. */
    static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
    }
}
