package io.pilothouse.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.pilothouse.cli.Main;

/**
 * Bad input never crashes {@code pilothouse validate}: each bad file gets a clear error at file:line:column, and the
 * good file next to them is still validated.
 */
class BadInputTest {

    private static final String GOOD = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: good
              namespace: shop
            """;

    @TempDir
    Path directory;

    @Test
    void everyBadFileIsReportedAndTheGoodOneStillValidated() throws IOException {
        write("a-empty.yaml", new byte[0]);
        write("b-binary.yaml", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7, 8});
        write("c-utf8.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \u00e9\n".getBytes(
                StandardCharsets.ISO_8859_1));
        write("d-alias-bomb.yaml", aliasBomb().getBytes(StandardCharsets.UTF_8));
        write("e-deep.yaml", ("x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n").getBytes(
                StandardCharsets.UTF_8));
        write("f-huge.yaml", huge().getBytes(StandardCharsets.UTF_8));
        write("g-good.yaml", GOOD.getBytes(StandardCharsets.UTF_8));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", "-summary", directory.toString());

        assertEquals(1, code, () -> out + "\n" + err);
        List<String> lines = out.toString().lines().toList();
        for (String file : List.of("b-binary.yaml", "c-utf8.yaml", "d-alias-bomb.yaml", "e-deep.yaml",
                "f-huge.yaml")) {
            String prefix = directory.resolve(file) + ":";
            assertTrue(
                    lines.stream().anyMatch(line -> line.startsWith(prefix) && line.matches(".*:\\d+:\\d+: error: .*")),
                    () -> file + " has an error at file:line:column in\n" + out);
        }
        assertTrue(lines.getLast().startsWith("Summary: 1 resource found in 7 files - Valid: 1,"), lines::getLast);
        assertEquals("", err.toString());
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(directory.resolve(name), content);
    }

    /** The billion laughs: nine levels of nine aliases each. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append('a').append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    /** A 50 MB document: one ConfigMap with a very long value. */
    private static String huge() {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  big: " + "x".repeat(50 * 1024 * 1024)
                + "\n";
    }
}
