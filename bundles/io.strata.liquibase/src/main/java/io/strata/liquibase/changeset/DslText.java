package io.strata.liquibase.changeset;

/**
 * What New Change Set needs around the DSL: the XML document its change sets are written in
 * before they become DSL, and the target file's line separator put into DSL text.
 */
final class DslText {

    /** The start of the XML change log the new change sets are read from (validated against Liquibase's schema). */
    static final String XML_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;
    static final String XML_TAIL = "</databaseChangeLog>\n";

    private DslText() {
    }

    /**
     * DSL text whose lines end with {@code \n}, with {@code newline} at the end of each line instead;
     * a line break inside a quoted value (a comment's, an SQL's) stays {@code \n}, since it is part of
     * the value.
     */
    static String lineSeparators(String dsl, String newline) {
        if (newline.equals("\n")) {
            return dsl;
        }
        StringBuilder out = new StringBuilder(dsl.length() + dsl.length() / 20);
        boolean quoted = false;
        for (int i = 0; i < dsl.length(); i++) {
            char c = dsl.charAt(i);
            if (quoted && c == '\\' && i + 1 < dsl.length()) {
                out.append(c).append(dsl.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            out.append(c == '\n' && !quoted ? newline : String.valueOf(c));
        }
        return out.toString();
    }
}
