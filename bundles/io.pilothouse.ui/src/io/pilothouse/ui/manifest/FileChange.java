package io.pilothouse.ui.manifest;

import java.util.List;

import org.eclipse.emf.common.util.URI;

import io.pilothouse.lang.refactoring.TextReplacement;

/**
 * The replacements a refactoring makes in one manifest, and the text they were computed on: they apply to that text
 * only.
 */
public record FileChange(URI uri, String base, List<TextReplacement> replacements) {

    public FileChange {
        replacements = List.copyOf(replacements);
    }
}
