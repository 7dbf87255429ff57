package io.pilothouse.model.validation.apiserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource(delimiter = '|', value = {
            "*/30 * * * *     | 2026-01-01T00:00:00Z      | 2026-01-01T00:30Z",
            "*/30 * * * *     | 2026-01-01T00:30:00.100Z  | 2026-01-01T01:00Z",
            "5-20/5 3 * * *   | 2026-01-01T03:05:00Z      | 2026-01-01T03:10Z",
            "0 0 13 * 5       | 2026-01-01T00:00:00Z      | 2026-01-02T00:00Z",
            "0 0 13 * *       | 2026-01-01T00:00:00Z      | 2026-01-13T00:00Z",
            "0 0 * * fri      | 2026-01-01T00:00:00Z      | 2026-01-02T00:00Z",
            "0 12 1 jan,jul * | 2026-01-02T00:00:00Z      | 2026-07-01T12:00Z",
            "@hourly          | 2026-01-01T00:59:59Z      | 2026-01-01T01:00Z",
            "@weekly          | 2026-01-01T00:00:00Z      | 2026-01-04T00:00Z",
            "0 0 29 2 *       | 2026-01-01T00:00:00Z      | 2028-02-29T00:00Z",
    })
    void next(String schedule, String after, String expected) {
        ZonedDateTime next = CronSchedule.parse(schedule).next(ZonedDateTime.parse(after));
        assertEquals(ZonedDateTime.parse(expected), next);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "30 2 * * *  | 2026-03-28T02:30+01:00[Europe/Paris] | 2026-03-30T02:30+02:00[Europe/Paris]",
            "30 2 * * *  | 2026-10-24T02:30+02:00[Europe/Paris] | 2026-10-25T02:30+02:00[Europe/Paris]",
    })
    void nextSkipsTimesThatDoNotExistInTheZone(String schedule, String after, String expected) {
        ZonedDateTime next = CronSchedule.parse(schedule).next(ZonedDateTime.parse(after));
        assertEquals(ZonedDateTime.parse(expected), next);
        assertEquals(ZoneId.of("Europe/Paris"), next.getZone());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0 0 31 2 *",
    })
    void neverWithinFiveYears(String schedule) {
        assertNull(CronSchedule.parse(schedule).next(ZonedDateTime.parse("2026-01-01T00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0 25 * * *    | end of range (25) above maximum (23): 25",
            "0 0 0 * *     | beginning of range (0) below minimum (1): 0",
            "5-2 * * * *   | beginning of range (5) beyond end of range (2): 5-2",
            "1-2-3 * * * * | too many hyphens: 1-2-3",
            "*/2/3 * * * * | too many slashes: */2/3",
            "*/0 * * * *   | step of range should be a positive number: */0",
            "x * * * *     | 'failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax'",
            "-1 * * * *    | 'failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax'",
            "* * * *       | expected exactly 5 fields, found 4: [* * * *]",
            "@often        | unrecognized descriptor: @often",
            "@every 1h     | unsupported descriptor: @every 1h",
    })
    void refuses(String schedule, String error) {
        assertEquals(error, assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse(schedule))
                .getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "@every 1h",
            "TZ=UTC 0 * * * *",
            "0 0 * * SUN",
    })
    void validates(String schedule) {
        assertNull(CronSchedule.error(schedule));
    }
}
