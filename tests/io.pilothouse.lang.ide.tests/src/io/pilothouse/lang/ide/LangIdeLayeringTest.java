package io.pilothouse.lang.ide;

import org.junit.jupiter.api.Test;

import io.pilothouse.testing.Layering;

/** The IDE services sit on the language and org.eclipse.xtext.ide, below any UI toolkit. */
class LangIdeLayeringTest {

    @Test
    void dependsOnlyDownward() {
        Layering.assertBelowUi("io.pilothouse.lang.ide", "io.pilothouse.runtime", "io.pilothouse.cli");
    }
}
