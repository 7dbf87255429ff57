package io.pilothouse.runtime;

import org.junit.jupiter.api.Test;

import io.pilothouse.testing.Layering;

/** The runtime is plain Java over the model: no language, no workspace, no UI. */
class RuntimeLayeringTest {

    @Test
    void dependsOnlyDownward() {
        Layering.assertBelowUi("io.pilothouse.runtime", "io.pilothouse.lang", "io.pilothouse.lang.ide",
                "io.pilothouse.cli", "org.eclipse.xtext", "org.eclipse.core.resources");
    }
}
