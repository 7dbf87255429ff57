package io.pilothouse.benchmarks.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One large manifest file made of the documents of {@code examples/shop}, repeated with numbered names until it
 * has the wanted number of lines: about 25 lines a document, as real manifests have.
 */
final class LargeManifest {

    private LargeManifest() {}

    static String build(int minimumLines) {
        List<String> documents = shopDocuments();
        StringBuilder text = new StringBuilder();
        int lines = 0;
        for (int copy = 0; lines < minimumLines; copy++) {
            for (String document : documents) {
                String renamed = document.replaceAll("(?m)^(  name: )([a-z0-9-]+)$", "$1$2-" + copy);
                text.append("---\n").append(renamed.strip()).append('\n');
                lines += renamed.strip().split("\n", -1).length + 1;
            }
        }
        return text.toString();
    }

    private static List<String> shopDocuments() {
        Path shop = Path.of(System.getProperty("pilothouse.repo", "."), "examples", "shop");
        try (Stream<Path> files = Files.walk(shop)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted()
                    .flatMap(file -> Stream.of(read(file).split("(?m)^---\\s*$")))
                    .filter(document -> document.contains("kind:")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
