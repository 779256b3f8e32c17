package io.strata.product.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** DATABASECHANGELOG and DATABASECHANGELOGLOCK as read over JDBC, without Liquibase or Strata. */
final class ChangeLogTable {

    /** One DATABASECHANGELOG row. */
    record Row(String id, String author, String filename, String md5sum, String execType, int orderExecuted,
            String description, String liquibase, String deploymentId, String dateExecuted) {

        /** What both tools must write alike: everything but the time and the deployment id. */
        String identity() {
            return String.join(" | ", id, author, filename, md5sum, execType, String.valueOf(orderExecuted), description,
                    liquibase);
        }
    }

    private ChangeLogTable() {
    }

    static List<Row> rows(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM, EXECTYPE,"
                + " ORDEREXECUTED, DESCRIPTION, LIQUIBASE, DEPLOYMENT_ID, DATEEXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                        r.getString(7), r.getString(8), r.getString(9), String.valueOf(r.getTimestamp(10))));
            }
        }
        return rows;
    }

    /** The rows, or none while the table does not exist yet. */
    static List<Row> rowsIfAny(Connection c) {
        try {
            return rows(c);
        } catch (SQLException e) {
            return List.of();
        }
    }

    static List<String> identities(List<Row> rows) {
        return rows.stream().map(Row::identity).toList();
    }

    /** How often each change set id is recorded. */
    static Map<String, Long> idCounts(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(Row::id, TreeMap::new, Collectors.counting()));
    }

    /** Whether DATABASECHANGELOGLOCK is held, and by whom (null when not held). */
    static String lockedBy(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT LOCKED, LOCKEDBY FROM DATABASECHANGELOGLOCK WHERE ID = 1")) {
            return r.next() && r.getBoolean(1) ? r.getString(2) : null;
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static <T> Map<String, T> by(List<Row> rows, Function<Row, T> value) {
        Map<String, T> map = new TreeMap<>();
        rows.forEach(r -> map.put(r.id(), value.apply(r)));
        return map;
    }
}
