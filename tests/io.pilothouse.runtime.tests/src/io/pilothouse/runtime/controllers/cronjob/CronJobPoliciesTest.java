package io.pilothouse.runtime.controllers.cronjob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.core.v1.ObjectReference;

class CronJobPoliciesTest {

    private static final String FIXTURE = "every-ten-minutes.yaml";

    @Test
    void replaceDeletesTheRunningJobBeforeStartingTheNextOne() {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(15), 0);
        scenario.create(FIXTURE, cronJob -> cronJob.getSpec().setConcurrencyPolicy("Replace"));
        scenario.advanceTo("2026-01-01T00:35:00Z");
        assertEquals(List.of(
                "report-29453770 at 2026-01-01T00:10:00.100Z for 2026-01-01T00:10:00Z",
                "report-29453780 at 2026-01-01T00:20:00.100Z for 2026-01-01T00:20:00Z",
                "report-29453790 at 2026-01-01T00:30:00.100Z for 2026-01-01T00:30:00Z"), scenario.created);
        assertEquals(List.of("SuccessfulDelete: Deleted job report-29453770",
                "SuccessfulDelete: Deleted job report-29453780"), scenario.events("SuccessfulDelete"));
        assertEquals(List.of("report-29453790"), scenario.jobs());
        assertEquals(List.of("report-29453790"), scenario.cronJob("report").getStatus().getActive().stream()
                .map(ObjectReference::getName).toList());
        assertEquals("2026-01-01T00:30:00Z", scenario.cronJob("report").getStatus().getLastScheduleTime()
                .toString());
    }

    @ParameterizedTest(name = "exit code {0}")
    @CsvSource(delimiter = '|', value = {
            "0 | report-29453810,report-29453820 | report-29453770,report-29453780,report-29453790,report-29453800",
            "1 | report-29453820                 | report-29453770,report-29453780,report-29453790,report-29453800,"
                    + "report-29453810",
    })
    void historyLimitsKeepTheNewestFinishedJobs(int exitCode, String kept, String deleted) {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(1), exitCode);
        scenario.create(FIXTURE, cronJob -> {});
        scenario.advanceTo("2026-01-01T01:05:00Z");
        assertEquals(6, scenario.created.size());
        assertEquals(List.of(kept.split(",")), scenario.jobs());
        assertEquals(List.of(deleted.split(",")).stream().map(name -> "SuccessfulDelete: Deleted job " + name)
                .toList(), scenario.events("SuccessfulDelete"));
        assertEquals(List.of(), scenario.cronJob("report").getStatus().getActive());
        assertEquals(exitCode == 0 ? "2026-01-01T01:01:00Z" : "null", String.valueOf(scenario.cronJob("report")
                .getStatus().getLastSuccessfulTime()));
    }

    @ParameterizedTest(name = "startingDeadlineSeconds {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-   | report-29453890 at 2026-01-01T02:15:00Z for 2026-01-01T02:10:00Z",
            "600 | report-29453890 at 2026-01-01T02:15:00Z for 2026-01-01T02:10:00Z",
            "240 | -",
    })
    void resumeStartsTheMostRecentTimeWithinTheStartingDeadline(Long deadline, String resumed) {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(1), 0);
        scenario.create(FIXTURE, cronJob -> {
            cronJob.getSpec().setSuspend(true);
            cronJob.getSpec().setStartingDeadlineSeconds(deadline);
        });
        scenario.advanceTo("2026-01-01T02:15:00Z");
        assertEquals(List.of(), scenario.created);
        scenario.update("report", cronJob -> cronJob.getSpec().setSuspend(false));
        scenario.advanceTo("2026-01-01T02:25:00Z");
        String next = "report-29453900 at 2026-01-01T02:20:00.100Z for 2026-01-01T02:20:00Z";
        assertEquals(resumed == null ? List.of(next) : List.of(resumed, next), scenario.created);
        assertEquals(List.of(), scenario.events("MissSchedule"));
    }

    @Test
    void timeZoneFollowsTheDaylightSavingTimeChange() {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(1), 0);
        scenario.advanceTo("2026-03-27T12:00:00Z");
        scenario.create(FIXTURE, cronJob -> {
            cronJob.getSpec().setSchedule("30 2 * * *");
            cronJob.getSpec().setTimeZone("Europe/Paris");
        });
        scenario.advanceTo("2026-03-31T00:00:00Z");
        assertEquals(List.of(
                "report-29577690 at 2026-03-28T01:30:00.100Z for 2026-03-28T02:30:00+01:00",
                "report-29580510 at 2026-03-30T00:30:00.100Z for 2026-03-30T02:30:00+02:00"), scenario.created);
    }

    @ParameterizedTest(name = "resumed at {0}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-01T01:40:59Z | report-29453860 | 0",
            "2026-01-01T01:41:00Z | report-29453861 | 1",
    })
    void tooManyMissedStartTimesAreReportedAboveOneHundred(String resumedAt, String job, int warnings) {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(1), 0);
        scenario.create(FIXTURE, cronJob -> {
            cronJob.getSpec().setSchedule("* * * * *");
            cronJob.getSpec().setSuspend(true);
        });
        scenario.advanceTo(resumedAt);
        scenario.update("report", cronJob -> cronJob.getSpec().setSuspend(false));
        assertEquals(List.of(job), scenario.jobs());
        assertEquals(Collections.nCopies(warnings, "TooManyMissedTimes: too many missed start times. Set or"
                + " decrease .spec.startingDeadlineSeconds or check clock skew"), scenario.events("TooManyMissed"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "*/10 * * * * | Mars/Base | 'UnknownTimeZone: invalid timeZone: \"Mars/Base\": unknown time zone Mars/Base'",
            "@every 1x    | -         | 'UnparseableSchedule: unparseable schedule: \"@every 1x\" : failed to parse"
                    + " duration @every 1x: time: unknown unit \"x\" in duration \"1x\"'",
            "TZ=Mars/Base */10 * * * * | - | 'UnparseableSchedule: unparseable schedule: \"TZ=Mars/Base */10 * * * *\""
                    + " : provided bad location Mars/Base: unknown time zone Mars/Base'",
            "0 0 31 2 *   | -         | -",
    })
    void refusedSchedulesStartNothing(String schedule, String timeZone, String event) {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(1), 0);
        CronJob created = scenario.create(FIXTURE, cronJob -> {
            cronJob.getSpec().setSchedule(schedule);
            cronJob.getSpec().setTimeZone(timeZone);
        });
        scenario.advanceTo("2026-01-02T00:00:00Z");
        assertEquals(List.of(), scenario.created);
        assertEquals(event == null ? List.of() : List.of(event), scenario.events(event == null
                ? "x"
                : event
                        .substring(0, event.indexOf(':'))));
        assertEquals(created.getMetadata().getUid(), scenario.cronJob("report").getMetadata().getUid());
    }

    @Test
    void everyDurationRunsAtAConstantDelayFromTheLastScheduleTime() {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(1), 0);
        scenario.create(FIXTURE, cronJob -> cronJob.getSpec().setSchedule("@every 1h30m"));
        scenario.advanceTo("2026-01-01T03:00:01Z");
        assertEquals(List.of(
                "report-29453850 at 2026-01-01T01:30:00.100Z for 2026-01-01T01:30:00Z",
                "report-29453940 at 2026-01-01T03:00:00.100Z for 2026-01-01T03:00:00Z"), scenario.created);
    }

    @Test
    void aTimeZonePrefixIsWarnedAboutAndSchedulesInItsZone() {
        CronJobScenario scenario = new CronJobScenario(Duration.ofMinutes(1), 0);
        scenario.create(FIXTURE, cronJob -> cronJob.getSpec().setSchedule("CRON_TZ=Asia/Tokyo 0 9 * * *"));
        scenario.advanceTo("2026-01-02T00:00:01Z");
        assertEquals(List.of("report-29455200 at 2026-01-02T00:00:00.100Z for 2026-01-02T00:00:00Z"),
                scenario.created);
        assertEquals(List.of("UnsupportedSchedule: CRON_TZ or TZ used in schedule"
                + " \"CRON_TZ=Asia/Tokyo 0 9 * * *\" is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/"
                + " for more details"), scenario.events("UnsupportedSchedule").stream().distinct().toList());
    }
}
