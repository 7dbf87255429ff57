package io.pilothouse.runtime.kuttl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.YamlNode;

/** KUTTL's partial match of an expected tree against an actual one, and the diff of the differing fields. */
class PartialMatchTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a: 1", "a: 1\nb: 2", List.of()),
                Arguments.of("a: {b: x}", "a: {b: x, c: y}", List.of()),
                Arguments.of("a: 1", "a: 1.0", List.of()),
                Arguments.of("a: \"1\"", "a: 1", List.of()),
                Arguments.of("a: 1", "a: 2", List.of("-a: 1", "+a: 2")),
                Arguments.of("a: 1", "b: 1", List.of("-a: 1")),
                Arguments.of("a: {b: {c: x, d: u}}", "a: {b: {c: x, d: w}}",
                        List.of(" a:", "   b:", "-    d: u", "+    d: w")),
                Arguments.of("l: [{k: a}, {k: b}]", "l: [{k: a, v: 1}, {k: b, v: 2}]", List.of()),
                Arguments.of("l: [{k: a}]", "l: [{k: a}, {k: b}]", List.of("-l: [{k: a}]", "+l: [{k: a}, {k: b}]")),
                Arguments.of("l: [{k: b}, {k: a}]", "l: [{k: a}, {k: b}]",
                        List.of("-l: [{k: b}, {k: a}]", "+l: [{k: a}, {k: b}]")),
                Arguments.of("s: \"\"", "s: \"true\"", List.of("-s: \"\"", "+s: \"true\"")),
                Arguments.of("s: \"y\"", "s: \"1.5\"", List.of("-s: \"y\"", "+s: \"1.5\"")),
                Arguments.of("m: {}", "m: x", List.of("-m: {}", "+m: x")),
                Arguments.of("m: Running", "m: {phase: Running}", List.of("-m: Running", "+m: {phase: Running}")));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @MethodSource("cases")
    void diffShowsTheDifferingFields(String expected, String actual, List<String> diff) {
        assertEquals(diff, PartialMatch.diff(tree(expected), tree(actual)));
        assertEquals(diff.isEmpty(), PartialMatch.matches(tree(expected), tree(actual)));
    }

    private static YamlNode tree(String yaml) {
        return new ManifestLoader(KindRegistry.builtIn()).loadText(yaml, "test").documents().get(0).root();
    }
}
