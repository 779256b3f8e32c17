package io.strata.dsl.ide;

import java.util.List;

/** One element of the outline: its label, kind, whole range, the range of its name and its children. */
public record OutlineItem(String label, Kind kind, Region range, Region nameRange, List<OutlineItem> children) {

    /** What the element is. */
    public enum Kind { CHANGE_LOG, CHANGE_SET, CHANGE, INCLUDE, PROPERTY, PRECONDITIONS, ROLLBACK, COLUMN, OTHER }
}
