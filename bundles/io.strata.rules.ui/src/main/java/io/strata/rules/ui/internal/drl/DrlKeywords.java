package io.strata.rules.ui.internal.drl;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The words of the DRL language (Drools 10) the editor colours and offers. */
public final class DrlKeywords {

    /** Statements, rule attributes and the words of conditions and consequences. */
    public static final List<String> DRL = List.of(
            // file level
            "package", "import", "function", "global", "rule", "query", "declare", "end", "extends",
            // rule attributes
            "salience", "no-loop", "lock-on-active", "agenda-group", "activation-group", "auto-focus", "ruleflow-group",
            "dialect", "enabled", "date-effective", "date-expires", "duration", "timer", "calendars",
            // conditions
            "when", "then", "and", "or", "not", "exists", "forall", "from", "collect", "accumulate", "init", "action",
            "reverse", "result", "entry-point", "eval", "over", "window", "in", "matches", "memberOf", "contains",
            "soundslike", "str", "this",
            // consequences
            "insert", "insertLogical", "modify", "update", "retract", "delete", "drools", "kcontext");

    /** Java words that appear in functions and consequences; coloured, not offered. */
    public static final List<String> JAVA = List.of("new", "return", "if", "else", "for", "while", "do", "break",
            "continue", "switch", "case", "default", "try", "catch", "finally", "throw", "instanceof", "null", "true",
            "false", "boolean", "byte", "char", "short", "int", "long", "float", "double", "void", "final", "static");

    private static final Set<String> ALL = new TreeSet<>();

    static {
        ALL.addAll(DRL);
        ALL.addAll(JAVA);
    }

    private DrlKeywords() {
    }

    /** Every word the editor colours as a keyword. */
    public static Set<String> all() {
        return ALL;
    }
}
