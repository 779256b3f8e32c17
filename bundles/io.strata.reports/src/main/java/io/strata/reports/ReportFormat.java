package io.strata.reports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The formats a report can be written in; {@link ReportWriter#formats} picks which. */
public enum ReportFormat {

    /** {@code <kind>.html}: self-contained, for people (the IDE's Report view shows it). */
    HTML,
    /** {@code <kind>.junit.xml}: for Jenkins' and CodeBuild's test reports. */
    JUNIT,
    /** {@code <kind>.json}: the same content for scripts. */
    JSON;

    /** The format's name in settings and options: {@code html}, {@code junit}, {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formats of a comma-separated list ({@code html,json}; any case, spaces allowed).
     *
     * @throws IllegalArgumentException for an unknown name or an empty list, saying what is allowed
     */
    public static Set<ReportFormat> parse(String list) {
        EnumSet<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : (list == null ? "" : list).split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            ReportFormat format = null;
            for (ReportFormat f : values()) {
                if (f.id().equalsIgnoreCase(name)) {
                    format = f;
                }
            }
            if (format == null) {
                throw new IllegalArgumentException("unknown report format '" + name + "': use html, junit or json");
            }
            formats.add(format);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format: name at least one of html, junit, json");
        }
        return formats;
    }
}
