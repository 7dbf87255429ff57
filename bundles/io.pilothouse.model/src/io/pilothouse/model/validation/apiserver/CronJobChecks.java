package io.pilothouse.model.validation.apiserver;

import java.time.ZoneId;
import java.util.Set;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.CronJobSpec;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.Reporter;

/** kube-apiserver's CronJob rules: the schedule parses, has no time zone prefix, and the time zone is known. */
final class CronJobChecks {

    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private CronJobChecks() {}

    static void check(CronJobSpec spec, Reporter reporter) {
        String schedule = spec.getSchedule();
        if (schedule != null) {
            String error = CronSchedule.error(schedule);
            if (error != null) {
                reporter.report(ApiServerRules.CRON_SCHEDULE, FieldErrors.invalid("spec.schedule", schedule, error),
                        spec, BatchV1Package.Literals.CRON_JOB_SPEC__SCHEDULE);
            }
            if (schedule.contains("TZ")) {
                reporter.report(ApiServerRules.CRON_SCHEDULE, FieldErrors.invalid("spec.schedule", schedule,
                        "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"), spec,
                        BatchV1Package.Literals.CRON_JOB_SPEC__SCHEDULE);
            }
        }
        String zone = spec.getTimeZone();
        if (zone == null) {
            return;
        }
        if ("Local".equalsIgnoreCase(zone)) {
            reporter.report(ApiServerRules.CRON_TIME_ZONE, FieldErrors.invalid("spec.timeZone", zone,
                    "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"), spec,
                    BatchV1Package.Literals.CRON_JOB_SPEC__TIME_ZONE);
        } else if (!zone.isEmpty() && !ZONES.contains(zone)) {
            reporter.report(ApiServerRules.CRON_TIME_ZONE, FieldErrors.invalid("spec.timeZone", zone,
                    "unknown time zone " + zone), spec, BatchV1Package.Literals.CRON_JOB_SPEC__TIME_ZONE);
        }
    }
}
