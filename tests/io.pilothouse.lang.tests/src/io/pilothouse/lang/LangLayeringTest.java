package io.pilothouse.lang;

import org.junit.jupiter.api.Test;

import io.pilothouse.testing.Layering;

/** The language sits on the model and Xtext only: no runtime, no IDE services, no UI. */
class LangLayeringTest {

    @Test
    void dependsOnlyDownward() {
        Layering.assertBelowUi("io.pilothouse.lang", "io.pilothouse.runtime", "io.pilothouse.lang.ide",
                "io.pilothouse.cli", "org.eclipse.xtext.ide");
    }
}
