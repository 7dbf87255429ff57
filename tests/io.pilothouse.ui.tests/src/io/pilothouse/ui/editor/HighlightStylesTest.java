package io.pilothouse.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;

import io.pilothouse.lang.ide.highlighting.HighlightStyle;
import io.pilothouse.ui.editor.HighlightStyles.HighlightPosition;

/** The style ranges of highlighted positions, and how the styles look. */
class HighlightStylesTest {

    @Test
    void theRangesAreThePositionsInsideTheExtentInTheirStyles() {
        Position deleted = new HighlightPosition(10, 2, HighlightStyle.TAG);
        deleted.delete();
        Position[] positions = {new HighlightPosition(0, 4, HighlightStyle.KEY),
                new HighlightPosition(6, 3, HighlightStyle.STRING), deleted,
                new HighlightPosition(12, 5, HighlightStyle.NUMBER), new HighlightPosition(20, 2, HighlightStyle.KEY)};

        StyleRange[] ranges = HighlightStyles.ranges(positions, new Region(2, 12));

        assertEquals(List.of("2+2 KEY", "6+3 STRING", "12+2 NUMBER"), describe(ranges));
    }

    @Test
    void aPositionOverlappingAnEarlierOneKeepsOnlyItsRest() {
        Position[] positions = {new HighlightPosition(0, 6, HighlightStyle.KEY),
                new HighlightPosition(4, 4, HighlightStyle.STRING)};

        assertEquals(List.of("0+6 KEY", "6+2 STRING"),
                describe(HighlightStyles.ranges(positions, new Region(0, 10))));
    }

    @Test
    void noPositionsNoRanges() {
        assertEquals(0, HighlightStyles.ranges(new Position[0], new Region(0, 10)).length);
    }

    @Test
    void eachStyleHasItsOwnLook() {
        assertEquals(SWT.BOLD, HighlightStyles.of(HighlightStyle.KEY).fontStyle);
        assertEquals(SWT.ITALIC, HighlightStyles.of(HighlightStyle.COMMENT).fontStyle);
        assertTrue(HighlightStyles.of(HighlightStyle.DEPRECATED).strikeout, "deprecated is struck out");
        assertTrue(HighlightStyles.of(HighlightStyle.REFERENCE).underline, "a reference is underlined");
        assertEquals(HighlightStyle.values().length, Arrays.stream(HighlightStyle.values())
                .map(style -> HighlightStyles.of(style).foreground).filter(color -> color != null).count());
    }

    /** Each range as its start, length and the style whose look it has. */
    private static List<String> describe(StyleRange[] ranges) {
        return Arrays.stream(ranges).map(range -> range.start + "+" + range.length + " " + styleOf(range)).toList();
    }

    private static HighlightStyle styleOf(StyleRange range) {
        return Arrays.stream(HighlightStyle.values()).filter(style -> {
            StyleRange look = HighlightStyles.of(style);
            look.start = range.start;
            look.length = range.length;
            return look.similarTo(range) && look.foreground.equals(range.foreground);
        }).findFirst().orElseThrow();
    }
}
