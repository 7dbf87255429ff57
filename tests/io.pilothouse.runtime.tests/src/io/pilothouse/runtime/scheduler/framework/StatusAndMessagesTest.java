package io.pilothouse.runtime.scheduler.framework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatusAndMessagesTest {

    @Test
    void messageJoinsReasons() {
        assertEquals("Insufficient cpu, Insufficient memory",
                Status.unschedulable("Insufficient cpu", "Insufficient memory").message());
    }

    @ParameterizedTest
    @CsvSource({"SUCCESS,false", "UNSCHEDULABLE,true", "UNSCHEDULABLE_AND_UNRESOLVABLE,true", "ERROR,false",
            "SKIP,false", "WAIT,false"})
    void rejected(Code code, boolean rejected) {
        assertEquals(rejected, Status.of(code).isRejected());
    }

    static Stream<Arguments> defaultNormalize() {
        return Stream.of(
                Arguments.of(false, new long[] {0, 0}, new long[] {0, 0}),
                Arguments.of(true, new long[] {0, 0}, new long[] {100, 100}),
                Arguments.of(false, new long[] {1, 2, 4}, new long[] {25, 50, 100}),
                Arguments.of(true, new long[] {0, 1, 3}, new long[] {100, 67, 0}));
    }

    @ParameterizedTest
    @MethodSource
    void defaultNormalize(boolean reverse, long[] scores, long[] expected) {
        ScorePlugin.defaultNormalizeScore(100, reverse, scores);
        assertArrayEquals(expected, scores);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a,b|a|[a]",
            "a,b|b,c|[b]",
            "a|b|[]"})
    void preFilterResultsIntersect(String first, String second, String expected) {
        PreFilterResult merged = PreFilterResult.of(Set.of(first.split(",")))
                .merge(PreFilterResult.of(Set.of(second.split(","))));
        assertEquals(expected, merged.nodeNames().toString().replace(" ", ""));
        assertEquals(PreFilterResult.ALL_NODES, PreFilterResult.ALL_NODES.merge(PreFilterResult.ALL_NODES));
    }
}
