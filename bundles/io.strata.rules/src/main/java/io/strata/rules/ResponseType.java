package io.strata.rules;

/** How a rule judges what it matched. A forecast fails when any rule answers {@link #FAIL}. */
public enum ResponseType {
    PASS, INFO, WARN, FAIL
}
