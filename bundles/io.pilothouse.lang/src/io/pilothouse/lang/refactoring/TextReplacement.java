package io.pilothouse.lang.refactoring;

/** Replace {@code length} characters at {@code offset} of the file {@code uri} by {@code text}. */
public record TextReplacement(String uri, int offset, int length, String text) {}
