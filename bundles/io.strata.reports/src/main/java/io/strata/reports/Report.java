package io.strata.reports;

import java.io.IOException;

/** A report that can be written in each of the three formats. */
interface Report {

    void html(Sink out) throws IOException;

    void junit(Sink out) throws IOException;

    void json(Sink out) throws IOException;
}
