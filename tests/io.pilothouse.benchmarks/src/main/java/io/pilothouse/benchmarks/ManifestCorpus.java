package io.pilothouse.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;

/**
 * The benchmark input: the manifests of {@code ../shared/data/corpus} (system property
 * {@code pilothouse.shared.data}), or {@code examples/} when that is absent, replicated as separate in-memory files
 * until they hold at least the requested number of resources.
 */
record ManifestCorpus(List<Source> files, int resources) {

    /** One in-memory file. */
    record Source(String name, String text) {}

    static ManifestCorpus replicate(int minimumResources) {
        List<Path> originals = originals();
        ManifestLoader counter = new ManifestLoader(KindRegistry.builtIn());
        List<Source> base = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Path file : originals) {
            String text = read(file);
            int count = counter.loadText(text, file.toString()).objects().size();
            if (count > 0) {
                base.add(new Source(file.toString(), text));
                counts.add(count);
            }
        }
        if (base.isEmpty()) {
            throw new IllegalStateException("no Kubernetes resources found in " + originals);
        }
        List<Source> files = new ArrayList<>();
        int resources = 0;
        for (int copy = 0; resources < minimumResources; copy++) {
            for (int i = 0; i < base.size() && resources < minimumResources; i++) {
                files.add(new Source("copy-" + copy + "/" + base.get(i).name(), base.get(i).text()));
                resources += counts.get(i);
            }
        }
        return new ManifestCorpus(List.copyOf(files), resources);
    }

    private static List<Path> originals() {
        Path shared = Path.of(System.getProperty("pilothouse.shared.data", "../shared/data"), "corpus");
        Path root = Files.isDirectory(shared)
                ? shared
                : Path.of(System.getProperty("pilothouse.repo", "."), "examples");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(ManifestCorpus::isManifest).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
