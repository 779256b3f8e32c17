package io.strata.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void xmlEscapesMarkupAndReplacesWhatXmlCannotHold() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;", Markup.xml("<a href=\"x\">&'</a>"));
        assertEquals("tab\tline\ncr&#13;nul\uFFFDbell\uFFFD", Markup.xml("tab\tline\ncr\rnul\u0000bell\u0007"));
        assertEquals("😀 表 é", Markup.xml("😀 表 é"), "non-ASCII and pairs of surrogates stay");
        assertEquals("\uFFFDx\uFFFD\uFFFD", Markup.xml("\uD83Dx\uDE00\uFFFE"), "lone surrogates and non-characters go");
        assertEquals("", Markup.xml((String) null));
    }

    @Test
    void jsonEscapesQuotesControlsAndMarkup() {
        StringBuilder out = new StringBuilder();
        Markup.json(out, "\"\\/\n\r\t\u0001<script>&\u2028😀\uD800");
        assertEquals("\"\\\"\\\\/\\n\\r\\t\\u0001\\u003cscript\\u003e\\u0026\\u2028😀\uFFFD\"", out.toString());
        out.setLength(0);
        Markup.json(out, null);
        assertEquals("null", out.toString());
    }
}
