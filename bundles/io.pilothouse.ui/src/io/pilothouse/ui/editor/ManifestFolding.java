package io.pilothouse.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Folding from the language, in place of the Generic Editor's folding by indentation: each document, block,
 * flow collection, block scalar and comment block of more than one line folds. A fold that stays where it was keeps
 * its state, collapsed or not.
 */
public final class ManifestFolding extends ParseReconciler<SortedSet<FoldingRange>> {

    @Override
    protected SortedSet<FoldingRange> compute(XtextResource resource, CancelIndicator cancel) {
        return resource.getResourceServiceProvider().get(IFoldingRangeProvider.class).getFoldingRanges(resource,
                cancel);
    }

    @Override
    protected void show(ITextViewer viewer, IDocument document, SortedSet<FoldingRange> ranges) {
        if (!(viewer instanceof ProjectionViewer projection)
                || !(projection.getProjectionAnnotationModel() instanceof ProjectionAnnotationModel model)) {
            return;
        }
        Map<Position, Annotation> wanted = new LinkedHashMap<>();
        positions(document, ranges).forEach(position -> wanted.put(position, new ProjectionAnnotation()));
        List<Annotation> deleted = new ArrayList<>();
        for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
            Annotation annotation = annotations.next();
            if (annotation instanceof ProjectionAnnotation && wanted.remove(model.getPosition(annotation)) == null) {
                deleted.add(annotation);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        wanted.forEach((position, annotation) -> added.put(annotation, position));
        model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
    }

    /**
     * The positions of the folds of {@code ranges} in {@code document}: each from the start of the line its range
     * starts on to the end of the line it ends on, line delimiter included, the longest of those that start on the
     * same line, none for a range within one line; in offset order.
     */
    public static List<Position> positions(IDocument document, Collection<FoldingRange> ranges) {
        Map<Integer, Position> byLine = new LinkedHashMap<>();
        try {
            for (FoldingRange range : ranges) {
                int end = Math.min(range.getOffset() + range.getLength(), document.getLength());
                int startLine = document.getLineOfOffset(Math.min(range.getOffset(), end));
                int endLine = document.getLineOfOffset(end);
                if (endLine > startLine) {
                    int start = document.getLineOffset(startLine);
                    Position fold = new Position(start,
                            document.getLineOffset(endLine) + document.getLineLength(endLine) - start);
                    byLine.merge(startLine, fold, (one, other) -> one.getLength() >= other.getLength() ? one : other);
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalArgumentException("a folding range outside the document", e);
        }
        return byLine.values().stream().sorted(Comparator.comparingInt(Position::getOffset)).toList();
    }
}
