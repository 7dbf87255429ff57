package io.pilothouse.cli.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.pilothouse.cli.Main;

/** {@code pilothouse test} end to end over the suite in {@code resources/test/suite/}. */
class TestCommandTest {

    private static final String SUITE = "resources/test/suite";

    private record Result(int code, String out, String err) {}

    private static Result test(String... args) {
        List<String> command = new ArrayList<>(List.of("test"));
        command.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
        return new Result(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aFailingAssertShowsTheActualObjectsDifferingFieldsAndExitsOne() {
        Result result = test(SUITE);
        assertEquals(1, result.code(), result::err);
        assertEquals("""
                --- PASS: shop (0.00s)
                    --- PASS: shop/00-install (0.00s)
                    --- PASS: shop/01-delete (0.00s)
                --- FAIL: undersized (30.00s)
                    --- FAIL: undersized/00-install (30.00s)
                        assert 00-assert.yaml: Deployment default/web: 1 field differs after 30s
                        --- expected
                        +++ actual
                         status:
                        -  availableReplicas: 3
                        +  availableReplicas: 2
                FAIL: 1 passed, 1 failed
                """, result.out());
    }

    @Test
    void aTestDirWhoseCasesPassExitsZero() {
        Result result = test("resources/test/passing");
        assertEquals(0, result.code(), result::err);
        assertEquals("""
                --- PASS: settings (0.00s)
                    --- PASS: settings/00-config (0.00s)
                PASS: 1 passed, 0 failed
                """, result.out());
    }

    @Test
    void theJunitReportHasATestSuitePerCaseAndATestCasePerStep(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("junit.xml");
        test(SUITE, "--report", report.toString());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="pilothouse test" tests="3" failures="1">
                  <testsuite name="shop" tests="2" failures="0" time="0.00">
                    <testcase classname="shop" name="00-install" time="0.00"/>
                    <testcase classname="shop" name="01-delete" time="0.00"/>
                  </testsuite>
                  <testsuite name="undersized" tests="1" failures="1" time="30.00">
                    <testcase classname="undersized" name="00-install" time="30.00">
                      <failure message="assert 00-assert.yaml: Deployment default/web: 1 field differs after 30s">\
                assert 00-assert.yaml: Deployment default/web: 1 field differs after 30s
                --- expected
                +++ actual
                 status:
                -  availableReplicas: 3
                +  availableReplicas: 2</failure>
                    </testcase>
                  </testsuite>
                </testsuites>
                """, Files.readString(report));
    }

    @Test
    void runsAreDeterministic() {
        assertEquals(test(SUITE), test(SUITE));
    }

    @Test
    void aMissingDirectoryExitsTwo() {
        Result result = test("resources/test/absent");
        assertEquals(2, result.code());
        assertEquals("pilothouse test: resources/test/absent: not a directory\n", result.err());
    }
}
