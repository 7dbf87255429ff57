package io.pilothouse.model.types;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MicroTimeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2006-01-02T15:04:05.000000Z      | 2006-01-02T15:04:05.000000Z | 1136214245 | 0
            2006-01-02T15:04:05.123456Z      | 2006-01-02T15:04:05.123456Z | 1136214245 | 123456000
            2006-01-02T15:04:05.123456+01:00 | 2006-01-02T14:04:05.123456Z | 1136210645 | 123456000
            2006-01-02T15:04:05,123456Z      | 2006-01-02T15:04:05.123456Z | 1136214245 | 123456000
            2006-01-02T15:04:05.+12345Z      | 2006-01-02T15:04:05.012345Z | 1136214245 | 12345000
            1998-05-05T05:05:05.000000Z      | 1998-05-05T05:05:05.000000Z | 894344705  | 0
            1969-12-31T23:59:59.999999Z      | 1969-12-31T23:59:59.999999Z | -1         | 999999000
            """)
    void parsesSixFractionDigitsAndWritesThemInUtc(String text, String written, long epochSecond, int nanos) {
        MicroTime time = MicroTime.valueOf(text);
        assertAll(
                () -> assertEquals(written, time.toString()),
                () -> assertEquals(Instant.ofEpochSecond(epochSecond, nanos), time.toInstant()),
                () -> assertEquals(time, MicroTime.valueOf(time.toString())),
                () -> assertEquals(time, MicroTime.of(time.toInstant())));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            hello                         | hello      | 2006
            2006-01-02T15:04:05Z          | Z          | .000000
            2006-01-02T15:04:05.123Z      | .123Z      | .000000
            2006-01-02T15:04:05.1234567Z  | 7Z         | Z07:00
            2006-01-02T15:04:05.12345aZ   | .12345aZ   | .000000
            `2006-01-02T15:04:05 123456Z` | ` 123456Z` | .000000
            """)
    void rejectsTextThatDoesNotFitTheLayout(String text, String valueElement, String layoutElement) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> MicroTime.valueOf(text));
        assertEquals("parsing time \"" + text + "\" as \"2006-01-02T15:04:05.000000Z07:00\": cannot parse \""
                + valueElement + "\" as \"" + layoutElement + "\"", thrown.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2006-01-02T15:04:05.-12345Z | fractional second out of range
            2006-02-29T15:04:05.000000Z | day out of range
            """)
    void rejectsValuesOutOfRangeOrTrailingText(String text, String problem) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> MicroTime.valueOf(text));
        assertEquals("parsing time \"" + text + "\": " + problem, thrown.getMessage());
    }

    @Test
    void cutsNanosecondsOff() {
        MicroTime time = MicroTime.of(Instant.parse("2006-01-02T15:04:05.123456789Z"));
        assertAll(
                () -> assertEquals("2006-01-02T15:04:05.123456Z", time.toString()),
                () -> assertEquals(Instant.parse("2006-01-02T15:04:05.123456Z"), time.toInstant()),
                () -> assertEquals(0, time.compareTo(MicroTime.valueOf("2006-01-02T15:04:05.123456Z"))));
    }
}
