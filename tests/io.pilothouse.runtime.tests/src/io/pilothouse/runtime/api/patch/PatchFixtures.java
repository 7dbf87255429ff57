package io.pilothouse.runtime.api.patch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pilothouse.model.io.LoadLimits;
import io.pilothouse.model.io.ManifestParser;
import io.pilothouse.model.io.ManifestWriter;

/** Reads the YAML fixtures of {@code resources/patch/} as JSON trees, one per document. */
final class PatchFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PatchFixtures() {}

    static List<ObjectNode> documents(String file) {
        try {
            String text = Files.readString(Path.of("resources", "patch", file));
            return new ManifestParser(LoadLimits.DEFAULTS).parse(text, file).documents().stream()
                    .map(document -> (ObjectNode) json(ManifestWriter.compactJson(document.root())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
