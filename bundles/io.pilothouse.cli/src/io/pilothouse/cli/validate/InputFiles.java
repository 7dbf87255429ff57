package io.pilothouse.cli.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inputs of {@code pilothouse validate}: files as given, directories walked recursively for {@code .yaml},
 * {@code .yml} and {@code .json} files in path order, and {@code -} for standard input.
 */
public final class InputFiles {

    /** One input: a file, or standard input when {@code path} is {@code null}. */
    public record Input(String name, Path path) {

        public static final Input STDIN = new Input("stdin", null);

        /** Whether this input is standard input. */
        public boolean isStdin() {
            return path == null;
        }
    }

    private InputFiles() {}

    /**
     * Expands the arguments into the files to read, in a deterministic order.
     *
     * @throws IOException naming the first argument that does not exist
     */
    public static List<Input> expand(List<String> arguments) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(Input.STDIN);
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                manifestsUnder(path).forEach(file -> inputs.add(new Input(file.toString(), file)));
            } else if (Files.exists(path)) {
                inputs.add(new Input(argument, path));
            } else {
                throw new IOException("lstat " + argument + ": no such file or directory");
            }
        }
        return inputs;
    }

    private static List<Path> manifestsUnder(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(InputFiles::isManifest).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
