package io.strata.forecast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

import liquibase.change.Change;

/**
 * What a change names, read through its getters (looked up once per change class: Liquibase's own
 * metadata lookup costs a plugin scan per call): its type name and the table it works on.
 */
final class ChangeTargets {

    private static final String[] TABLE_GETTERS = {"getTableName", "getBaseTableName", "getExistingTableName", "getOldTableName"};
    private static final String[] SCHEMA_GETTERS = {"getSchemaName", "getBaseTableSchemaName", "getExistingTableSchemaName", "getSchemaName"};
    private static final String[] OTHER_TABLE_GETTERS = {"getReferencedTableName", "getNewTableName"};

    /** The getters of one change class. */
    private record Accessors(String typeName, MethodHandle table, MethodHandle schema, List<MethodHandle> otherTables) {
    }

    private static final ClassValue<Accessors> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            MethodHandle table = null;
            MethodHandle schema = null;
            for (int i = 0; i < TABLE_GETTERS.length && table == null; i++) {
                table = getter(type, TABLE_GETTERS[i]);
                if (table != null) {
                    schema = getter(type, SCHEMA_GETTERS[i]);
                }
            }
            List<MethodHandle> others = new ArrayList<>();
            for (String name : OTHER_TABLE_GETTERS) {
                MethodHandle h = getter(type, name);
                if (h != null) {
                    others.add(h);
                }
            }
            return new Accessors(null, table, schema, others);
        }
    };

    private static final ClassValue<String[]> TYPE_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return new String[1];
        }
    };

    private ChangeTargets() {
    }

    private static MethodHandle getter(Class<?> type, String name) {
        try {
            return MethodHandles.publicLookup().findVirtual(type, name, MethodType.methodType(String.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /** Liquibase's name of the change ({@code createTable}); the same for every change of a class but custom ones. */
    static String typeName(Change change) {
        String[] cached = TYPE_NAMES.get(change.getClass());
        if (cached[0] == null) {
            cached[0] = change.getSerializedObjectName();
        }
        return cached[0];
    }

    /** The table the change works on, or null. */
    static String table(Change change) {
        return call(ACCESSORS.get(change.getClass()).table(), change);
    }

    /** The schema of {@link #table}, or null. */
    static String schema(Change change) {
        return call(ACCESSORS.get(change.getClass()).schema(), change);
    }

    /** Every table the change names (its own, referenced and new ones). */
    static List<String> tables(Change change) {
        List<String> names = new ArrayList<>();
        String own = table(change);
        if (own != null) {
            names.add(own);
        }
        for (MethodHandle other : ACCESSORS.get(change.getClass()).otherTables()) {
            String name = call(other, change);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static String call(MethodHandle getter, Change change) {
        if (getter == null) {
            return null;
        }
        try {
            return (String) getter.invoke(change);
        } catch (Throwable e) {
            return null;
        }
    }
}
