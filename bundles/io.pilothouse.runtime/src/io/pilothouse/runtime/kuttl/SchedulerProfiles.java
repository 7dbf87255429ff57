package io.pilothouse.runtime.kuttl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.runtime.scheduler.profile.PluginRegistry;
import io.pilothouse.runtime.scheduler.profile.Profile;
import io.pilothouse.runtime.scheduler.profile.SchedulerConfiguration;

/**
 * The scheduler profiles of a {@code KubeSchedulerConfiguration} among test files, read as {@code pilothouse preview}
 * reads one among its manifests.
 */
final class SchedulerProfiles {

    private SchedulerProfiles() {}

    /**
     * The profiles of the configuration among loaded files, empty when there is none.
     *
     * @throws IOException on an invalid configuration or a second one, naming its position
     */
    static List<Profile> find(List<LoadResult> loaded) throws IOException {
        try {
            return SchedulerConfiguration.find(loaded, PluginRegistry.inTree()).orElse(List.of());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The profiles of the configuration in the {@code .yaml} and {@code .yml} files of a directory itself. */
    static List<Profile> inDirectory(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).filter(SchedulerProfiles::isYaml).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<LoadResult> loaded = new ArrayList<>();
        for (Path file : files) {
            loaded.add(TestFiles.load(file));
        }
        return find(loaded);
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
