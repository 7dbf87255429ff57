package io.pilothouse.cli.test;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.pilothouse.runtime.kuttl.CaseResult;
import io.pilothouse.runtime.kuttl.SuiteReader;
import io.pilothouse.runtime.kuttl.TestRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pilothouse test}: runs KUTTL test suites against simulated clusters, in virtual time. Exit code 0 when
 * every test case passes, 1 when any fails, 2 for a usage or I/O error.
 */
@Command(name = "test", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Run KUTTL-style test suites, each test case against a fresh simulated cluster.",
                "DIR holds a kuttl-test.yaml (kind: TestSuite) or is a test directory whose subdirectories are "
                        + "test cases of numbered steps (00-install.yaml, 00-assert.yaml, 00-errors.yaml, ...)."})
public final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Suite or test directories.")
    private List<Path> directories;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE.")
    private Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<CaseResult> results = new ArrayList<>();
        try {
            for (Path directory : directories) {
                results.addAll(TestRunner.run(SuiteReader.read(directory)));
            }
            if (report != null) {
                Files.writeString(report, JunitReport.of(results));
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("pilothouse test: " + e.getMessage());
            return 2;
        }
        out.print(TextReport.of(results));
        out.flush();
        return results.stream().allMatch(CaseResult::passed) ? 0 : 1;
    }
}
