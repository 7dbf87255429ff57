package io.pilothouse.runtime.kuttl;

import java.util.List;

/**
 * A test case: a directory of numbered steps, run in number order against a fresh cluster.
 *
 * @param name the directory's name
 */
public record TestCase(String name, List<TestStep> steps) {

    public TestCase {
        steps = List.copyOf(steps);
    }
}
