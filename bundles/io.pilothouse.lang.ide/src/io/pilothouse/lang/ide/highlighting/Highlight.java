package io.pilothouse.lang.ide.highlighting;

/** {@code length} characters of text from {@code offset} shown in {@code style}. */
public record Highlight(int offset, int length, HighlightStyle style) {}
