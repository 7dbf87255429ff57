package io.pilothouse.model.types;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2006-01-02T15:04:05Z                | 2006-01-02T15:04:05Z | 1136214245
            2006-01-02T15:04:05+07:00           | 2006-01-02T08:04:05Z | 1136189045
            2006-01-02T15:04:05-07:00           | 2006-01-02T22:04:05Z | 1136239445
            2006-01-02T15:04:05.5+01:30         | 2006-01-02T13:34:05Z | 1136208845
            2006-01-02T15:04:05.999999999Z      | 2006-01-02T15:04:05Z | 1136214245
            1998-05-05T05:05:05.123456789Z      | 1998-05-05T05:05:05Z | 894344705
            2006-01-02T15:04:05.123456789123Z   | 2006-01-02T15:04:05Z | 1136214245
            2006-01-02T15:04:05,5Z              | 2006-01-02T15:04:05Z | 1136214245
            2006-01-02T5:04:05Z                 | 2006-01-02T05:04:05Z | 1136178245
            2006-01-02T15:04:05+24:00           | 2006-01-01T15:04:05Z | 1136127845
            2006-01-02T15:04:05-23:60           | 2006-01-03T15:04:05Z | 1136300645
            2024-02-29T00:00:00Z                | 2024-02-29T00:00:00Z | 1709164800
            1969-12-31T23:59:59.5Z              | 1969-12-31T23:59:59Z | -1
            0000-01-01T00:00:00Z                | 0000-01-01T00:00:00Z | -62167219200
            9999-12-31T23:59:59Z                | 9999-12-31T23:59:59Z | 253402300799
            """)
    void parsesRfc3339AndWritesWholeSecondsInUtc(String text, String written, long epochSecond) {
        Time time = Time.valueOf(text);
        assertAll(
                () -> assertEquals(written, time.toString()),
                () -> assertEquals(Instant.ofEpochSecond(epochSecond), time.toInstant()),
                () -> assertEquals(time, Time.valueOf(time.toString())),
                () -> assertEquals(time, Time.of(time.toInstant())));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            hello                     | hello              | 2006
            ``                        | ``                 | 2006
            06-01-02T15:04:05Z        | 06-01-02T15:04:05Z | 2006
            2006-1-02T15:04:05Z       | 1-02T15:04:05Z     | 01
            2006-01-02 15:04:05Z      | ` 15:04:05Z`       | T
            2006-01-02t15:04:05Z      | t15:04:05Z         | T
            2006-01-02T123:04:05Z     | 3:04:05Z           | :
            2006-01-02T15:4:05Z       | 4:05Z              | 04
            2006-01-02T15:04:05       | ``                 | Z07:00
            2006-01-02T15:04:05z      | z                  | Z07:00
            2006-01-02T15:04:05+0700  | +0700              | Z07:00
            2006-01-02T15:04:05*07:00 | *07:00             | Z07:00
            2006-01-02T15:04:05.Z     | .Z                 | Z07:00
            """)
    void rejectsTextThatDoesNotFitTheLayout(String text, String valueElement, String layoutElement) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Time.valueOf(text));
        assertEquals("parsing time \"" + text + "\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \""
                + valueElement + "\" as \"" + layoutElement + "\"", thrown.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2006-13-02T15:04:05Z         | month out of range
            2006-00-02T15:04:05Z         | month out of range
            2006-02-30T15:04:05Z         | day out of range
            2006-01-00T15:04:05Z         | day out of range
            2006-01-02T24:00:00Z         | hour out of range
            2006-01-02T15:60:05Z         | minute out of range
            2006-01-02T15:04:60Z         | second out of range
            2006-01-02T15:04:05+25:00    | time zone offset hour out of range
            2006-01-02T15:04:05+07:61    | time zone offset minute out of range
            2006-01-02T15:04:05ZZ        | extra text: "Z"
            `2006-01-02T15:04:05+07:00 ` | extra text: " "
            """)
    void rejectsValuesOutOfRangeOrTrailingText(String text, String problem) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Time.valueOf(text));
        assertEquals("parsing time \"" + text + "\": " + problem, thrown.getMessage());
    }

    @Test
    void quotesNonAsciiBytesInHex() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Time.valueOf("2006-01-02T15:04:05Z\u00b5"));
        assertEquals("parsing time \"2006-01-02T15:04:05Z\\xc2\\xb5\": extra text: \"\\xc2\\xb5\"",
                thrown.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2006-01-02T15:04:05.987654321Z  | 2006-01-02T15:04:05Z
            -0001-01-01T00:00:00Z           | -0001-01-01T00:00:00Z
            +10000-01-01T00:00:00Z          | 10000-01-01T00:00:00Z
            """)
    void writesInstantsAsGoFormatsThem(String instant, String written) {
        assertEquals(written, Time.of(Instant.parse(instant)).toString());
    }

    @Test
    void ordersByInstant() {
        Time earlier = Time.valueOf("2006-01-02T15:04:05Z");
        Time later = Time.valueOf("2006-01-02T15:04:05-00:01");
        assertAll(
                () -> assertEquals(-1, Integer.signum(earlier.compareTo(later))),
                () -> assertEquals(earlier, Time.valueOf("2006-01-02T16:04:05+01:00")),
                () -> assertEquals(earlier.hashCode(), Time.valueOf("2006-01-02T16:04:05+01:00").hashCode()));
    }
}
