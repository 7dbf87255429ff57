package io.pilothouse.model.validation.fix;

import java.util.Comparator;
import java.util.List;

import io.pilothouse.model.io.SourceRange;

/**
 * One change of a source text: the characters of {@code range} (UTF-16 offsets, an empty range for an insertion)
 * are replaced by {@code newText}.
 */
public record SourceEdit(SourceRange range, String newText) {

    /**
     * @param edits edits that do not overlap, in any order
     * @return the text with every edit applied
     */
    public static String apply(String text, List<SourceEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt((SourceEdit edit) -> edit.range().offset()).reversed())
                .forEach(edit -> result.replace(edit.range().offset(), edit.range().endOffset(), edit.newText()));
        return result.toString();
    }
}
