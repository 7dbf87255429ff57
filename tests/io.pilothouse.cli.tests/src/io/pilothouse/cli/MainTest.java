package io.pilothouse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "pilothouse {0} -> exit {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    --version     | 0 | out | ^pilothouse \\d+\\.\\d+\\.\\d+\\RKubernetes v1\\.36, Gateway API v1\\.6\\.1\\RJava \\d+
                    -V            | 0 | out | ^pilothouse \\d+\\.\\d+\\.\\d+\\R
                    --help        | 0 | out | ^Usage: pilothouse \\[-hV\\]
                    -h            | 0 | out | (?m)^  ide \\[WORKSPACE\\]  Start the Pilothouse IDE
                    ''            | 0 | out | ^Usage: pilothouse
                    --no-such-opt | 2 | err | ^Unknown option: '--no-such-opt'
                    no-such-cmd   | 2 | err | ^Unmatched argument at index 0: 'no-such-cmd'
                    """)
    void commandLine(String args, int expectedCode, String stream, String expectedPattern) {
        Result result = args.isEmpty() ? run() : run(args);
        assertEquals(expectedCode, result.code(), () -> "stdout: " + result.out() + "\nstderr: " + result.err());
        String text = stream.equals("out") ? result.out() : result.err();
        assertTrue(Pattern.compile(expectedPattern).matcher(text).find(), () -> "expected /" + expectedPattern
                + "/ in " + stream + ":\n" + text);
    }
}
