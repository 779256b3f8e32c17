package io.strata.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads reports back: XML (HTML is well-formed XML too) with the JDK's parser, JSON with a strict little parser. */
final class Parsed {

    private Parsed() {
    }

    /** The file parsed by a real XML parser; fails the test on any well-formedness error. */
    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(file.toFile());
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static List<Element> xpath(Document doc, String expression) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static String string(Document doc, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, doc);
    }

    /**
     * That no data became markup: no script, img, iframe, object or embed element, no {@code on...}
     * attribute, no {@code javascript:} link, and no raw {@code <script} or {@code <img} in the file.
     */
    static void assertNoInjectedMarkup(Path file, Document doc) throws Exception {
        String raw = text(file).toLowerCase(Locale.ROOT);
        assertFalse(raw.contains("<script"), "raw <script in " + file);
        assertFalse(raw.contains("<img"), "raw <img in " + file);
        assertFalse(raw.contains("<b>"), "raw <b> in " + file);
        checkElements(doc.getDocumentElement());
    }

    private static void checkElements(Element e) {
        String name = e.getTagName().toLowerCase(Locale.ROOT);
        assertFalse(List.of("script", "img", "iframe", "object", "embed", "b", "link").contains(name), "element <" + name + ">");
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            assertFalse(a.getNodeName().toLowerCase(Locale.ROOT).startsWith("on"), "attribute " + a.getNodeName() + " on <" + name + ">");
            assertFalse(a.getNodeValue().toLowerCase(Locale.ROOT).contains("javascript:"), "javascript: in " + a.getNodeName());
            if (a.getNodeName().equals("href") || a.getNodeName().equals("src")) {
                assertTrue(a.getNodeValue().startsWith("#"), "only links inside the page: " + a.getNodeValue());
            }
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                checkElements(child);
            }
        }
    }

    /** Validates JUnit XML against the structure Jenkins' JUnit plug-in reads (written out below). */
    static void validateJunit(Path file) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(new StringReader(JUNIT_XSD)))
                .newValidator().validate(new StreamSource(file.toFile()));
    }

    /** testsuites > testsuite (tests required) > properties, testcase (name required) > skipped | failure | system-out. */
    private static final String JUNIT_XSD = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="testsuites">
                <xs:complexType>
                  <xs:sequence><xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
                  <xs:attribute name="name" type="xs:string"/>
                  <xs:attribute name="tests" type="xs:nonNegativeInteger"/>
                  <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
                  <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
                  <xs:attribute name="time" type="xs:decimal"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="testsuite">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="properties" minOccurs="0">
                      <xs:complexType><xs:sequence>
                        <xs:element name="property" minOccurs="0" maxOccurs="unbounded">
                          <xs:complexType>
                            <xs:attribute name="name" type="xs:string" use="required"/>
                            <xs:attribute name="value" type="xs:string" use="required"/>
                          </xs:complexType>
                        </xs:element>
                      </xs:sequence></xs:complexType>
                    </xs:element>
                    <xs:element name="testcase" minOccurs="0" maxOccurs="unbounded">
                      <xs:complexType>
                        <xs:choice minOccurs="0" maxOccurs="unbounded">
                          <xs:element name="skipped" type="result"/>
                          <xs:element name="failure" type="result"/>
                          <xs:element name="error" type="result"/>
                          <xs:element name="system-out" type="xs:string"/>
                          <xs:element name="system-err" type="xs:string"/>
                        </xs:choice>
                        <xs:attribute name="name" type="xs:string" use="required"/>
                        <xs:attribute name="classname" type="xs:string"/>
                        <xs:attribute name="time" type="xs:decimal"/>
                      </xs:complexType>
                    </xs:element>
                  </xs:sequence>
                  <xs:attribute name="name" type="xs:string" use="required"/>
                  <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
                  <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
                  <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
                  <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
                  <xs:attribute name="time" type="xs:decimal"/>
                  <xs:attribute name="timestamp" type="xs:dateTime"/>
                </xs:complexType>
              </xs:element>
              <xs:complexType name="result" mixed="true">
                <xs:attribute name="message" type="xs:string"/>
                <xs:attribute name="type" type="xs:string"/>
              </xs:complexType>
            </xs:schema>
            """;

    // ---------------------------------------------------------------- JSON

    /** Parses JSON strictly (RFC 8259): objects as ordered maps, arrays as lists, numbers as Long or Double. */
    static Object json(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.space();
        if (reader.pos != text.length()) {
            fail("trailing text at " + reader.pos);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o) {
        assertTrue(o instanceof Map, "an object: " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object o) {
        assertTrue(o instanceof List, "an array: " + o);
        return (List<Object>) o;
    }

    private static final class JsonReader {
        private final String s;
        int pos;

        JsonReader(String s) {
            this.s = s;
        }

        void space() {
            while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Object value() {
            space();
            if (pos >= s.length()) {
                throw new IllegalArgumentException("end of input");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    space();
                    if (peek('}')) {
                        return map;
                    }
                    do {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        if (map.put(key, value()) != null) {
                            throw new IllegalArgumentException("duplicate key " + key);
                        }
                        space();
                    } while (peek(','));
                    expect('}');
                    return map;
                }
                case '[' -> {
                    pos++;
                    List<Object> list = new ArrayList<>();
                    space();
                    if (peek(']')) {
                        return list;
                    }
                    do {
                        list.add(value());
                        space();
                    } while (peek(','));
                    expect(']');
                    return list;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    for (String word : List.of("true", "false", "null")) {
                        if (s.startsWith(word, pos)) {
                            pos += word.length();
                            return word.equals("null") ? null : Boolean.valueOf(word);
                        }
                    }
                    return number();
                }
            }
        }

        private boolean peek(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("expected " + c + " at " + pos);
            }
        }

        private Object number() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?").matcher(s);
            if (!m.find(pos) || m.start() != pos) {
                throw new IllegalArgumentException("unexpected character at " + pos);
            }
            pos = m.end();
            return m.group(2) == null && m.group(3) == null ? (Object) Long.valueOf(m.group()) : Double.valueOf(m.group());
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("control character in string at " + pos);
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape \\" + e + " at " + pos);
                }
            }
        }
    }
}
