package io.pilothouse.runtime.api.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.runtime.api.ApiException;

class StrategicMergePatchTest {

    static Stream<Arguments> cases() {
        return PatchFixtures.documents("strategic.yaml").stream()
                .map(document -> Arguments.of(document.get("name").asText(), document));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void patchesAsUpstream(String name, ObjectNode testCase) {
        EClass kind = KindRegistry.builtIn().find(testCase.get("apiVersion").asText(), testCase.get("kind").asText());
        ObjectNode original = (ObjectNode) testCase.get("original");
        ObjectNode patch = (ObjectNode) testCase.get("patch");
        if (testCase.has("error")) {
            ApiException failure = assertThrows(ApiException.class,
                    () -> StrategicMergePatch.apply(kind, original, patch));
            assertEquals(testCase.get("error").get("code").asInt(), failure.code());
            String reason = testCase.get("error").get("reason").asText();
            assertEquals(reason.isEmpty() ? null : reason, failure.reason());
            assertEquals(testCase.get("error").get("message").asText(), failure.getMessage());
        } else {
            assertEquals(testCase.get("expected"), StrategicMergePatch.apply(kind, original, patch));
        }
    }
}
