package io.pilothouse.model.io;

/** One document of a YAML stream (or one top-level value of a JSON stream) that was read without fatal errors. */
public record YamlDocument(SourceRange range, YamlNode root) {}
