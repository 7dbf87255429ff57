package io.pilothouse.model;

import org.junit.jupiter.api.Test;

import io.pilothouse.testing.Layering;

/** The model is the bottom layer: it reaches no other Pilothouse bundle, no Xtext and no UI. */
class ModelLayeringTest {

    @Test
    void dependsOnlyDownward() {
        Layering.assertBelowUi("io.pilothouse.model", "io.pilothouse.runtime", "io.pilothouse.lang",
                "io.pilothouse.lang.ide", "io.pilothouse.cli", "org.eclipse.xtext");
    }
}
