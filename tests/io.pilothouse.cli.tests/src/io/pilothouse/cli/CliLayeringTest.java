package io.pilothouse.cli;

import org.junit.jupiter.api.Test;

import io.pilothouse.testing.Layering;

/** The headless command uses runtime, lang and model, and never a UI toolkit. */
class CliLayeringTest {

    @Test
    void dependsOnlyDownward() {
        Layering.assertBelowUi("io.pilothouse.cli", "io.pilothouse.lang.ide");
    }
}
