package io.pilothouse.cli;

import org.junit.jupiter.api.Test;

import io.pilothouse.testing.Layering;

/**
 * The headless command uses the runtime, the language and its IDE services (for the LSP server) and the model, and
 * never a UI toolkit.
 */
class CliLayeringTest {

    @Test
    void dependsOnlyDownward() {
        Layering.assertBelowUi("io.pilothouse.cli");
    }
}
