package io.pilothouse.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

import io.pilothouse.lang.ide.highlighting.HighlightStyle;

/** How each of the language's highlight styles looks, and the style ranges of highlighted text. */
public final class HighlightStyles {

    /** A highlighted region of a document, kept up to date by the document while the user types. */
    public static final class HighlightPosition extends Position {

        private final HighlightStyle style;

        public HighlightPosition(int offset, int length, HighlightStyle style) {
            super(offset, length);
            this.style = style;
        }

        public HighlightStyle style() {
            return style;
        }
    }

    private static final Map<HighlightStyle, StyleRange> STYLES = new EnumMap<>(HighlightStyle.class);

    static {
        STYLES.put(HighlightStyle.KEY, style(0, 0, 128, SWT.BOLD));
        STYLES.put(HighlightStyle.STRING, style(0, 128, 0, SWT.NORMAL));
        STYLES.put(HighlightStyle.NUMBER, style(0, 112, 192, SWT.NORMAL));
        STYLES.put(HighlightStyle.BOOLEAN, style(127, 0, 85, SWT.BOLD));
        STYLES.put(HighlightStyle.NULL, style(127, 0, 85, SWT.BOLD));
        STYLES.put(HighlightStyle.ANCHOR, style(192, 96, 0, SWT.ITALIC));
        STYLES.put(HighlightStyle.TAG, style(0, 128, 128, SWT.ITALIC));
        StyleRange reference = style(0, 96, 160, SWT.NORMAL);
        reference.underline = true;
        STYLES.put(HighlightStyle.REFERENCE, reference);
        StyleRange deprecated = style(0, 128, 0, SWT.NORMAL);
        deprecated.strikeout = true;
        STYLES.put(HighlightStyle.DEPRECATED, deprecated);
        STYLES.put(HighlightStyle.COMMENT, style(128, 128, 128, SWT.ITALIC));
    }

    private HighlightStyles() {}

    /** How text in {@code style} looks: a style range of length 0 at 0. */
    public static StyleRange of(HighlightStyle style) {
        return (StyleRange) STYLES.get(style).clone();
    }

    /**
     * The style ranges of the highlighted {@code positions}, which are in offset order, cut to {@code extent}: deleted
     * positions left out, a position that overlaps an earlier one cut to the rest.
     */
    public static StyleRange[] ranges(Position[] positions, IRegion extent) {
        int start = extent.getOffset();
        int end = start + extent.getLength();
        List<StyleRange> ranges = new ArrayList<>();
        int covered = start;
        for (int i = firstEndingAfter(positions, start); i < positions.length; i++) {
            Position position = positions[i];
            if (position.getOffset() >= end) {
                break;
            }
            int from = Math.max(position.getOffset(), covered);
            int to = Math.min(position.getOffset() + position.getLength(), end);
            if (!position.isDeleted() && to > from && position instanceof HighlightPosition highlight) {
                StyleRange range = of(highlight.style());
                range.start = from;
                range.length = to - from;
                ranges.add(range);
                covered = to;
            }
        }
        return ranges.toArray(StyleRange[]::new);
    }

    /** The index of the first position that ends after {@code offset}, of positions in offset order. */
    private static int firstEndingAfter(Position[] positions, int offset) {
        int low = 0;
        int high = positions.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (positions[middle].getOffset() + positions[middle].getLength() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static StyleRange style(int red, int green, int blue, int fontStyle) {
        return new StyleRange(0, 0, new Color(red, green, blue), null, fontStyle);
    }
}
