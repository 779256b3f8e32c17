package io.strata.forecast.model;

import java.util.Locale;

/**
 * How the model compares names of database objects: without quotes and regardless of case. Most
 * change logs write unquoted names, which the databases fold (H2 and Oracle to upper case,
 * PostgreSQL to lower case); two names that differ only in case are a collision waiting to happen
 * on at least one of them.
 */
public final class Names {

    private Names() {
    }

    /** The key under which the model stores an object called {@code name}. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        if (n.length() >= 2 && (n.charAt(0) == '"' || n.charAt(0) == '`' || n.charAt(0) == '[')) {
            n = n.substring(1, n.length() - 1);
        }
        return n.toUpperCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
