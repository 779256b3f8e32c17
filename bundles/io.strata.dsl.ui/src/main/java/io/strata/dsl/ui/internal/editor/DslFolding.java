package io.strata.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

import io.strata.dsl.ide.Region;

/**
 * Folding of the DSL editor: one projection annotation per multi-line block of the latest parse
 * (change sets, changes with blocks, long strings and comments), on whole lines. Only what changed
 * is added or removed, so blocks the user folded stay folded while typing.
 */
final class DslFolding {

    private final ProjectionViewer viewer;

    DslFolding(ProjectionViewer viewer) {
        this.viewer = viewer;
    }

    /**
     * The whole-line positions of the regions that span lines, worked out from the parsed text
     * (off the UI thread: the text is the document's as long as its modification stamp is the parse's).
     */
    static Set<Span> wanted(String text, List<Region> regions) {
        Lines lines = new Lines(text);
        Set<Span> wanted = new HashSet<>(regions.size() * 2);
        for (Region region : regions) {
            Position position = lines(lines, region);
            if (position != null) {
                wanted.add(new Span(position.getOffset(), position.getLength()));
            }
        }
        return wanted;
    }

    /**
     * Offset and length as a hash key: {@link Position#hashCode()} puts thousands of folds into few
     * buckets (the offset shifted by one bit, the length by 24), which made a HashMap of them slow.
     */
    record Span(int offset, int length) {
    }

    /** Makes the folding annotations these spans (UI thread; they are of the document's current text). */
    void update(Set<Span> wanted) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        if (model == null) {
            return;
        }
        Map<Span, Annotation> existing = new HashMap<>(wanted.size() * 2);
        List<Annotation> removed = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (position != null && !position.isDeleted()) {
                Span span = new Span(position.getOffset(), position.getLength());
                if (wanted.contains(span) && existing.putIfAbsent(span, annotation) == null) {
                    continue;
                }
                removed.add(annotation);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Span span : wanted) {
            if (!existing.containsKey(span)) {
                added.put(new ProjectionAnnotation(), new Position(span.offset(), span.length()));
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
        }
    }

    /**
     * Where the lines of a text start, as {@link org.eclipse.jface.text.IDocument} counts them
     * (a line ends at \n, \r or \r\n; a text that ends with one has an empty last line).
     */
    static final class Lines {
        private final int[] starts;
        private final int count;
        private final int length;

        Lines(String text) {
            int[] found = new int[Math.max(16, text.length() / 24)];
            int n = 0;
            found[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                } else if (c != '\r' && c != '\n') {
                    continue;
                }
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
            this.starts = found;
            this.count = n;
            this.length = text.length();
        }

        int lineOf(int offset) {
            int index = Arrays.binarySearch(starts, 0, count, offset);
            return index >= 0 ? index : -index - 2;
        }

        int start(int line) {
            return starts[line];
        }

        int count() {
            return count;
        }

        int length() {
            return length;
        }
    }

    /** The whole lines of a region that spans more than one line; null otherwise. */
    static Position lines(Lines lines, Region region) {
        if (region.offset() < 0 || region.offset() > lines.length()) {
            return null;
        }
        int end = Math.min(lines.length(), region.offset() + region.length());
        int first = lines.lineOf(region.offset());
        int last = lines.lineOf(Math.max(region.offset(), end - 1));
        if (last <= first) {
            return null;
        }
        int start = lines.start(first);
        int stop = last + 1 < lines.count() ? lines.start(last + 1) : lines.length();
        return new Position(start, stop - start);
    }
}
