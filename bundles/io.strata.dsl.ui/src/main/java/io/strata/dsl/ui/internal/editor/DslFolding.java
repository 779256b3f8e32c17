package io.strata.dsl.ui.internal.editor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
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

    /** Makes the folding annotations these regions (UI thread; the regions are of the document's current text). */
    void update(IDocument document, List<Region> regions) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        if (model == null) {
            return;
        }
        Set<Position> wanted = new HashSet<>();
        for (Region region : regions) {
            Position lines = lines(document, region);
            if (lines != null) {
                wanted.add(lines);
            }
        }
        Map<Position, Annotation> existing = new HashMap<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (position != null && !position.isDeleted()) {
                existing.put(new Position(position.getOffset(), position.getLength()), annotation);
            }
        }
        List<Annotation> removed = existing.entrySet().stream().filter(e -> !wanted.contains(e.getKey())).map(Map.Entry::getValue).toList();
        Map<Annotation, Position> added = new HashMap<>();
        for (Position position : wanted) {
            if (!existing.containsKey(position)) {
                added.put(new ProjectionAnnotation(), position);
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
        }
    }

    /** The whole lines of a region that spans more than one line; null otherwise. */
    static Position lines(IDocument document, Region region) {
        try {
            int end = Math.min(document.getLength(), region.offset() + region.length());
            int first = document.getLineOfOffset(region.offset());
            int last = document.getLineOfOffset(Math.max(region.offset(), end - 1));
            if (last <= first) {
                return null;
            }
            int start = document.getLineOffset(first);
            int stop = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
            return new Position(start, stop - start);
        } catch (BadLocationException e) {
            return null;
        }
    }
}
