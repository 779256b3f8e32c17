package io.strata.dsl.ide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;

import io.strata.dsl.DslIssue;
import io.strata.dsl.DslReader;
import io.strata.dsl.DslValidator;
import io.strata.dsl.strataDsl.ChangeLog;
import io.strata.dsl.strataDsl.Node;

/**
 * An immutable snapshot of one DSL text, parsed (Xtext's parser and node model) and validated:
 * syntax errors, {@link DslValidator}'s issues and unknown tables and columns, each with the region
 * of its token. The services (highlights, outline, folding, completion, hover, definition,
 * formatting, quick fixes) work on this parse; the ones every keystroke does not need are computed
 * when first asked. Thread-safe.
 */
public final class DslDocument {

    /** The parse's tokens (leaf nodes, hidden ones too) in text order: where each is and whether it is hidden. */
    private static final class Leaves {
        private final int[] offsets;
        private final int[] ends;
        private final java.util.BitSet hidden = new java.util.BitSet();
        private final int size;

        Leaves(IParseResult parse) {
            int[] starts = new int[1024];
            int[] stops = new int[1024];
            int n = 0;
            if (parse.getRootNode() != null) {
                for (ILeafNode leaf : parse.getRootNode().getLeafNodes()) {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                        stops = java.util.Arrays.copyOf(stops, n * 2);
                    }
                    starts[n] = leaf.getOffset();
                    stops[n] = leaf.getEndOffset();
                    if (leaf.isHidden()) {
                        hidden.set(n);
                    }
                    n++;
                }
            }
            this.offsets = java.util.Arrays.copyOf(starts, n);
            this.ends = java.util.Arrays.copyOf(stops, n);
            this.size = n;
        }

        int size() {
            return size;
        }

        int offset(int i) {
            return offsets[i];
        }

        int end(int i) {
            return ends[i];
        }

        boolean hidden(int i) {
            return hidden.get(i);
        }
    }

    /** What an issue is about: its token and the data its quick fix needs. */
    private record IssueData(Region region, String suggestion) {
    }

    private final String text;
    private final String file;
    private final DslContext context;
    /** The tokens of the parse (Xtext's node model is not kept: it is most of a parse's memory). */
    private final Leaves leaves;
    private final boolean syntaxErrors;
    private final List<Element> elements;
    private final Walk.Lines lines;
    private final List<DslIssue> issues;
    private final Map<DslIssue, IssueData> issueData = new IdentityHashMap<>();
    /** Table and column names in the text, by offset. */
    private final List<Walk.Ref> refs;
    /** The schema before every {@link Walk#CHECKPOINT}th top-level element, so that completion walks from the closest one. */
    private final List<Schema> checkpoints;
    private List<Highlight> highlights;
    private List<OutlineItem> outline;
    private List<Region> folding;

    DslDocument(String text, String file, DslContext context) {
        this.text = text;
        this.file = file;
        this.context = context;
        IParseResult parse = DslReader.parse(text);
        this.leaves = new Leaves(parse);
        this.syntaxErrors = parse.hasSyntaxErrors();
        this.lines = new Walk.Lines(text);
        Map<Node, Element> index = new IdentityHashMap<>();
        ChangeLog root = (ChangeLog) parse.getRootASTElement();
        this.elements = root == null ? List.of() : Element.of(root.getNodes(), index);
        List<DslIssue> found = new ArrayList<>();
        DslReader.Result read = DslReader.read(parse, file);
        int e = 0;
        for (INode error : parse.getSyntaxErrors()) {
            DslIssue syntax = read.syntaxErrors().get(e++);
            int length = Math.max(0, Math.min(error.getLength(), text.length() - error.getOffset()));
            if (length == 0 && error.getOffset() < text.length()) {
                length = 1;
            }
            add(found, syntax, new Region(error.getOffset(), length), null);
        }
        if (read.ok()) {
            Catalog.inScope(() -> {
                DslValidator.validate(read, file, (issue, parsed, attribute, suggestion) -> {
                    Element element = index.get(read.source(parsed));
                    Region region = null;
                    if (element != null) {
                        region = switch (issue.code()) {
                            case DslIssue.DUPLICATE_ID -> element.valueRegion("id");
                            case DslIssue.UNKNOWN_ATTRIBUTE -> element.attribute(attribute) != null ? element.attribute(attribute).nameRegion() : null;
                            default -> element.typeRegion;
                        };
                        if (region == null) {
                            region = element.typeRegion;
                        }
                    }
                    if (region == null) {
                        region = new Region(0, 0);
                    }
                    add(found, located(issue, region), region,
                            issue.code().equals(DslIssue.DUPLICATE_ID) ? uniqueId(issue.changeSetId()) : suggestion);
                });
                return null;
            });
        }
        List<Schema> snapshots = new ArrayList<>();
        Walk walk = new Walk(text, file, lines, new Schema(context.schema())).run(elements, 0, -1, snapshots);
        this.checkpoints = List.copyOf(snapshots);
        for (Walk.Problem problem : walk.problems) {
            add(found, new DslIssue(problem.code(), DslIssue.Severity.WARNING, file, lines.line(problem.region().offset()),
                    lines.column(problem.region().offset()), problem.changeSetId(), problem.message()), problem.region(), problem.suggestion());
        }
        found.sort(Comparator.comparingInt(i -> issueData.get(i).region().offset()));
        this.issues = List.copyOf(found);
        List<Walk.Ref> sorted = new ArrayList<>(walk.refs);
        sorted.sort(Comparator.comparingInt(r -> r.region().offset()));
        this.refs = sorted;
    }

    private void add(List<DslIssue> found, DslIssue issue, Region region, String suggestion) {
        found.add(issue);
        issueData.put(issue, new IssueData(region, suggestion));
    }

    private DslIssue located(DslIssue issue, Region region) {
        return new DslIssue(issue.code(), issue.severity(), issue.file(), lines.line(region.offset()), lines.column(region.offset()),
                issue.changeSetId(), issue.message());
    }

    private String uniqueId(String id) {
        Set<String> ids = new HashSet<>();
        for (Element element : elements) {
            if ("changeSet".equals(element.type) && element.value("id") != null) {
                ids.add(element.value("id"));
            }
        }
        String base = id == null ? "changeSet" : id;
        int n = 2;
        while (ids.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    public String text() {
        return text;
    }

    /** The file name the document was parsed as. */
    public String file() {
        return file;
    }

    /** Syntax errors, unknown change types and attributes, duplicate ids, unknown tables and columns, in text order. */
    public List<DslIssue> issues() {
        return issues;
    }

    /** The token an issue of {@link #issues()} is about (offset 0, length 0 for an issue of another document). */
    public Region region(DslIssue issue) {
        IssueData data = issueData.get(issue);
        return data == null ? new Region(0, 0) : data.region();
    }

    /** Quick fixes: the closest known change type, attribute, table or column; a new id for a duplicate one. */
    public List<Fix> fixes(DslIssue issue) {
        IssueData data = issueData.get(issue);
        if (data == null || data.suggestion() == null || data.region().length() == 0) {
            return List.of();
        }
        String written = text.substring(data.region().offset(), data.region().end());
        String replacement = io.strata.dsl.DslWriter.value(data.suggestion());
        return List.of(new Fix("Change '" + written + "' to '" + replacement + "'",
                List.of(new TextEdit(data.region().offset(), data.region().length(), replacement))));
    }

    List<Element> elements() {
        return elements;
    }

    /** The schema as a change at {@code limit} sees it: earlier change sets, and earlier changes of its own. */
    Schema schemaAt(int limit) {
        int low = 0;
        int high = elements.size() - 1;
        int index = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (elements.get(mid).range.offset() < limit) {
                index = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        int checkpoint = Math.min(index / Walk.CHECKPOINT, checkpoints.size() - 1);
        if (checkpoint < 0) {
            return new Walk(text, file, lines, new Schema(context.schema())).run(elements, limit).schema;
        }
        return new Walk(text, file, lines, new Schema(checkpoints.get(checkpoint))).run(elements, checkpoint * Walk.CHECKPOINT, limit, null).schema;
    }

    Walk.Lines lines() {
        return lines;
    }

    DslContext context() {
        return context;
    }

    /** Lexical (comments, strings, numbers, punctuation) and semantic (element, attribute, id, table, column, data type) styles, in text order. */
    public synchronized List<Highlight> highlights() {
        if (highlights == null) {
            highlights = computeHighlights();
        }
        return highlights;
    }

    private List<Highlight> computeHighlights() {
        Catalog catalog = Catalog.get();
        TreeMap<Integer, Highlight> semantic = new TreeMap<>();
        List<Element> all = new ArrayList<>();
        collect(elements, all);
        for (Element element : all) {
            if (element.typeRegion != null) {
                boolean change = catalog.isChange(element.type) && element.parent != null
                        && ("changeSet".equals(element.parent.type) || "rollback".equals(element.parent.type));
                put(semantic, element.typeRegion, change ? Highlight.Style.CHANGE_TYPE : Highlight.Style.ELEMENT);
            }
            for (Element.Attr attr : element.attributes) {
                if (attr.nameRegion() != null) {
                    put(semantic, attr.nameRegion(), Highlight.Style.ATTRIBUTE_NAME);
                }
                if (attr.valueRegion() != null && Completion.DATA_TYPE_ATTRIBUTES.contains(attr.name())) {
                    put(semantic, attr.valueRegion(), Highlight.Style.DATA_TYPE);
                }
            }
            if ("changeSet".equals(element.type) && element.valueRegion("id") != null) {
                put(semantic, element.valueRegion("id"), Highlight.Style.CHANGE_SET_ID);
            }
        }
        for (Walk.Ref ref : refs) {
            put(semantic, ref.region(), ref.style());
        }
        // The semantic highlights in offset order, walked alongside the tokens (which are in text order too).
        Highlight[] sorted = semantic.values().toArray(Highlight[]::new);
        int next = 0;
        List<Highlight> result = new ArrayList<>(leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            int offset = leaves.offset(i);
            int end = leaves.end(i);
            int length = end - offset;
            if (leaves.hidden(i)) {
                if (length >= 2 && (text.startsWith("//", offset) || text.startsWith("/*", offset))) {
                    while (length > 0 && (text.charAt(offset + length - 1) == '\n' || text.charAt(offset + length - 1) == '\r')) {
                        length--;
                    }
                    result.add(new Highlight(offset, length, Highlight.Style.COMMENT));
                }
                continue;
            }
            while (next < sorted.length && sorted[next].offset() < offset) {
                next++; // before this token, and not inside an earlier one that is not hidden: never shown
            }
            if (next < sorted.length && sorted[next].offset() < end) {
                for (; next < sorted.length && sorted[next].offset() < end; next++) {
                    if (sorted[next].offset() + sorted[next].length() <= end) {
                        result.add(sorted[next]);
                    }
                }
                continue;
            }
            if (length == 0) {
                continue;
            }
            char c = text.charAt(offset);
            if (c == '"' || c == '\'') {
                result.add(new Highlight(offset, length, Highlight.Style.STRING));
            } else if (c >= '0' && c <= '9' || c == '-') {
                result.add(new Highlight(offset, length, Highlight.Style.NUMBER));
            } else if (length == 1 && "{};=".indexOf(c) >= 0) {
                result.add(new Highlight(offset, 1, Highlight.Style.PUNCTUATION));
            }
        }
        return List.copyOf(result);
    }

    private static void put(TreeMap<Integer, Highlight> semantic, Region region, Highlight.Style style) {
        semantic.put(region.offset(), new Highlight(region.offset(), region.length(), style));
    }

    static void collect(List<Element> elements, List<Element> into) {
        for (Element element : elements) {
            into.add(element);
            collect(element.children, into);
        }
    }

    /** The change log's elements as a tree: change sets with their changes and columns, includes, properties. */
    public synchronized List<OutlineItem> outline() {
        if (outline == null) {
            Catalog catalog = Catalog.get();
            outline = elements.stream().map(e -> item(e, catalog)).toList();
        }
        return outline;
    }

    private OutlineItem item(Element e, Catalog catalog) {
        OutlineItem.Kind kind;
        String label;
        String main = e.main == null ? "" : " " + shorten(e.main);
        switch (e.type) {
            case "changeSet" -> {
                kind = OutlineItem.Kind.CHANGE_SET;
                label = (e.value("id") == null ? "changeSet" : e.value("id")) + (e.value("author") != null ? " (" + e.value("author") + ")" : "");
            }
            case "include", "includeAll" -> {
                kind = OutlineItem.Kind.INCLUDE;
                label = e.type + main;
            }
            case "property" -> {
                kind = OutlineItem.Kind.PROPERTY;
                label = "property" + main;
            }
            case "preConditions" -> {
                kind = OutlineItem.Kind.PRECONDITIONS;
                label = "preConditions";
            }
            case "rollback" -> {
                kind = OutlineItem.Kind.ROLLBACK;
                label = "rollback" + main;
            }
            case "column" -> {
                kind = OutlineItem.Kind.COLUMN;
                label = (e.value("name") == null ? "column" : e.value("name")) + (e.value("type") != null ? " " + e.value("type") : "");
            }
            case io.strata.dsl.DslNodes.ROOT -> {
                kind = OutlineItem.Kind.CHANGE_LOG;
                label = e.type;
            }
            default -> {
                kind = catalog.isChange(e.type) ? OutlineItem.Kind.CHANGE : OutlineItem.Kind.OTHER;
                label = e.type + main;
            }
        }
        Region name = e.mainRegion != null ? e.mainRegion : e.typeRegion != null ? e.typeRegion : e.range;
        List<OutlineItem> children = e.children.stream().map(c -> item(c, catalog)).toList();
        return new OutlineItem(label, kind, e.range, name, children);
    }

    private static String shorten(String value) {
        String line = value.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip() + " ...";
        }
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    /** Blocks that span lines (change sets, changes with columns...), multi-line strings and comments. */
    public synchronized List<Region> foldingRegions() {
        if (folding == null) {
            List<Region> result = new ArrayList<>();
            List<Element> all = new ArrayList<>();
            collect(elements, all);
            for (Element element : all) {
                if (element.open != null && element.close != null && lines.line(element.range.offset()) < lines.line(element.close.offset())) {
                    result.add(new Region(element.range.offset(), element.close.end() - element.range.offset()));
                }
            }
            for (int i = 0; i < leaves.size(); i++) {
                int offset = leaves.offset(i);
                int end = leaves.end(i);
                if (end > offset && (text.charAt(offset) == '"' || text.charAt(offset) == '\'' || text.startsWith("/*", offset))) {
                    int newline = text.indexOf('\n', offset);
                    if (newline >= 0 && newline < end) {
                        result.add(new Region(offset, end - offset));
                    }
                }
            }
            result.sort(Comparator.comparingInt(Region::offset));
            folding = List.copyOf(result);
        }
        return folding;
    }

    /** Proposals at {@code offset}: element names, attributes not yet written, tables, columns, data types, values. */
    public List<Proposal> complete(int offset) {
        return new Completion(this, Math.max(0, Math.min(offset, text.length()))).proposals();
    }

    /** What the table or column name, change type or attribute at {@code offset} is. */
    public Optional<Hover> hover(int offset) {
        Walk.Ref ref = ref(offset);
        if (ref != null) {
            String text;
            if (ref.style() == Highlight.Style.TABLE) {
                text = ref.table() != null ? ref.table().describe() : "table " + ref.name() + ": no earlier change set creates it";
            } else if (ref.column() != null) {
                Schema.Column c = ref.column();
                text = "column " + ref.table().name() + "." + c.name() + (c.type() != null ? " " + c.type() : "")
                        + (c.constraints() != null && !c.constraints().isEmpty() ? " " + c.constraints() : "") + " (" + c.origin() + ", "
                        + Schema.where(c.definition()) + ")";
            } else {
                text = "column " + ref.name() + (ref.table() != null ? ": table " + ref.table().name() + " has no such column at that point"
                        : ": its table is not known here");
            }
            return Optional.of(new Hover(text, ref.region()));
        }
        return Completion.hoverElement(this, offset);
    }

    /** Where the table or column name at {@code offset} is defined (in this file or an earlier one). */
    public Optional<Definition> definition(int offset) {
        Walk.Ref ref = ref(offset);
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.style() == Highlight.Style.TABLE) {
            return Optional.ofNullable(ref.table() == null ? null : ref.table().definition());
        }
        return Optional.ofNullable(ref.column() == null ? null : ref.column().definition());
    }

    private Walk.Ref ref(int offset) {
        int low = 0;
        int high = refs.size() - 1;
        Walk.Ref best = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Walk.Ref ref = refs.get(mid);
            if (ref.region().offset() <= offset) {
                best = ref;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best != null && best.region().touches(offset) ? best : null;
    }

    /** Whole-document formatting as whitespace edits: none when the text does not parse. */
    public List<TextEdit> format() {
        if (!syntaxErrors) {
            return Formatter.format(text);
        }
        return List.of();
    }
}
