package io.pilothouse.model.types;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTest {

    /** Input | nanoseconds | Go's String(). */
    private static final String VALID = """
            0                        | 0                    | 0s
            -0                       | 0                    | 0s
            +0                       | 0                    | 0s
            0s                       | 0                    | 0s
            -0s                      | 0                    | 0s
            5s                       | 5000000000           | 5s
            30s                      | 30000000000          | 30s
            1478s                    | 1478000000000        | 24m38s
            -5s                      | -5000000000          | -5s
            +5s                      | 5000000000           | 5s
            5.0s                     | 5000000000           | 5s
            5.6s                     | 5600000000           | 5.6s
            5.s                      | 5000000000           | 5s
            .5s                      | 500000000            | 500ms
            1.004s                   | 1004000000           | 1.004s
            1.0040s                  | 1004000000           | 1.004s
            100.00100s               | 100001000000         | 1m40.001s
            10ns                     | 10                   | 10ns
            11us                     | 11000                | 11µs
            12µs                     | 12000                | 12µs
            12μs                     | 12000                | 12µs
            1µs                      | 1000                 | 1µs
            1us                      | 1000                 | 1µs
            1.5µs                    | 1500                 | 1.5µs
            13ms                     | 13000000             | 13ms
            300ms                    | 300000000            | 300ms
            1.001ms                  | 1001000              | 1.001ms
            999ns                    | 999                  | 999ns
            1000ns                   | 1000                 | 1µs
            1000000ns                | 1000000              | 1ms
            1000000000ns             | 1000000000           | 1s
            60s                      | 60000000000          | 1m0s
            3600s                    | 3600000000000        | 1h0m0s
            15m                      | 900000000000         | 15m0s
            -2m                      | -120000000000        | -2m0s
            16h                      | 57600000000000       | 16h0m0s
            1.5h                     | 5400000000000        | 1h30m0s
            -1.5h                    | -5400000000000       | -1h30m0s
            2h45m                    | 9900000000000        | 2h45m0s
            3h30m                    | 12600000000000       | 3h30m0s
            10.5s4m                  | 250500000000         | 4m10.5s
            -2m3.4s                  | -123400000000        | -2m3.4s
            1h2m3.5s                 | 3723500000000        | 1h2m3.5s
            1h2m3s4ms5us6ns          | 3723004005006        | 1h2m3.004005006s
            39h9m14.425s             | 140954425000000      | 39h9m14.425s
            52763797000ns            | 52763797000          | 52.763797s
            0.3333333333333333333h   | 1200000000000        | 20m0s
            9007199254740993ns       | 9007199254740993     | 2501h59m59.254740993s
            9223372036854775807ns    | 9223372036854775807  | 2562047h47m16.854775807s
            9223372036854775.807us   | 9223372036854775807  | 2562047h47m16.854775807s
            9223372036854.775807ms   | 9223372036854775807  | 2562047h47m16.854775807s
            -9223372036854775808ns   | -9223372036854775808 | -2562047h47m16.854775808s
            -9223372036854775.808us  | -9223372036854775808 | -2562047h47m16.854775808s
            """;

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = VALID)
    void parsesAndWritesLikeGo(String text, long nanos, String written) {
        Duration duration = Duration.valueOf(text);
        assertAll(
                () -> assertEquals(nanos, duration.nanos()),
                () -> assertEquals(written, duration.toString()),
                () -> assertEquals(duration, Duration.valueOf(duration.toString())),
                () -> assertEquals(java.time.Duration.ofNanos(nanos), duration.toJavaDuration()),
                () -> assertEquals(duration, Duration.of(duration.toJavaDuration())));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                        | time: invalid duration ""
            ` 1s`                     | time: invalid duration " 1s"
            -                         | time: invalid duration "-"
            s                         | time: invalid duration "s"
            .                         | time: invalid duration "."
            -.                        | time: invalid duration "-."
            .s                        | time: invalid duration ".s"
            +.s                       | time: invalid duration "+.s"
            --1s                      | time: invalid duration "--1s"
            3000000h                  | time: invalid duration "3000000h"
            9223372036854775808ns     | time: invalid duration "9223372036854775808ns"
            9223372036854775.808us    | time: invalid duration "9223372036854775.808us"
            -9223372036854775809ns    | time: invalid duration "-9223372036854775809ns"
            99999999999999999999ns    | time: invalid duration "99999999999999999999ns"
            2562047h47m17s            | time: invalid duration "2562047h47m17s"
            3                         | time: missing unit in duration "3"
            00                        | time: missing unit in duration "00"
            1h2                       | time: missing unit in duration "1h2"
            1.5.5s                    | time: missing unit in duration "1.5.5s"
            1d                        | time: unknown unit "d" in duration "1d"
            0x                        | time: unknown unit "x" in duration "0x"
            `1s `                     | time: unknown unit "s " in duration "1s "
            1e3s                      | time: unknown unit "e" in duration "1e3s"
            1S                        | time: unknown unit "S" in duration "1S"
            1"s                       | time: unknown unit "\\"s" in duration "1\\"s"
            """)
    void rejectsLikeGo(String text, String message) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Duration.valueOf(text));
        assertEquals(message, thrown.getMessage());
    }

    @Test
    void quotesNonAsciiBytesInHex() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Duration.valueOf("1µ\n"));
        assertEquals("time: unknown unit \"\\xc2\\xb5\\x0a\" in duration \"1\\xc2\\xb5\\x0a\"", thrown.getMessage());
    }

    @Test
    void ordersByLength() {
        assertAll(
                () -> assertEquals(-1, Integer.signum(Duration.valueOf("59s").compareTo(Duration.valueOf("1m")))),
                () -> assertEquals(0, Duration.valueOf("60s").compareTo(Duration.valueOf("1m"))),
                () -> assertEquals(Duration.valueOf("60s").hashCode(), Duration.valueOf("1m").hashCode()),
                () -> assertEquals("-1ns", Duration.ofNanos(-1).toString()));
    }
}
