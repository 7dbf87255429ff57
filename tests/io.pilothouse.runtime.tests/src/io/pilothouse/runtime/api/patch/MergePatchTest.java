package io.pilothouse.runtime.api.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

class MergePatchTest {

    static Stream<Arguments> cases() {
        return PatchFixtures.documents("merge.yaml").stream()
                .map(document -> Arguments.of(document.get("name").asText(), document));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesAsRfc7386(String name, ObjectNode testCase) {
        assertEquals(testCase.get("expected"), MergePatch.merge(testCase.get("original"), testCase.get("patch")));
    }
}
