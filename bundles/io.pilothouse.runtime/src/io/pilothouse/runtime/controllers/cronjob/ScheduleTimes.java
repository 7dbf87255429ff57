package io.pilothouse.runtime.controllers.cronjob;

import java.time.Duration;
import java.time.Instant;

import io.pilothouse.model.k8s.batch.v1.CronJob;

/**
 * Upstream's {@code mostRecentScheduleTime}: from the earliest time (the last schedule time, else the creation
 * time, raised to now minus {@code startingDeadlineSeconds} when asked), the most recent schedule time not after
 * now, and whether more than 100 were missed, estimated from the interval between the first two schedule times.
 *
 * @param earliest the time the schedule is counted from
 * @param mostRecent the latest unmet schedule time, or {@code null}
 * @param missed how many schedule times were missed: 0 with at most one due, else the upstream estimate
 */
record ScheduleTimes(Instant earliest, Instant mostRecent, long missed) {

    /** Upstream's threshold of the {@code TooManyMissedTimes} warning. */
    static final long TOO_MANY_MISSED = 100;
    /** Upstream's {@code nextScheduleDelta}: the padding after a schedule time before the controller looks. */
    static final Duration NEXT_SCHEDULE_DELTA = Duration.ofMillis(100);

    /**
     * @throws IllegalArgumentException when two consecutive schedule times are less than a second apart (a
     *         schedule that never fires, such as February 31st)
     */
    static ScheduleTimes of(CronJob cronJob, Schedule schedule, Instant now, boolean deadline) {
        Instant earliest = cronJob.getStatus() != null && cronJob.getStatus().getLastScheduleTime() != null
                ? cronJob.getStatus().getLastScheduleTime().toInstant()
                : cronJob.getMetadata().getCreationTimestamp().toInstant();
        Long seconds = cronJob.getSpec().getStartingDeadlineSeconds();
        if (deadline && seconds != null && now.minusSeconds(seconds).isAfter(earliest)) {
            earliest = now.minusSeconds(seconds);
        }
        Instant t1 = schedule.next(earliest);
        Instant t2 = t1 == null ? null : schedule.next(t1);
        if (t1 == null || now.isBefore(t1)) {
            return new ScheduleTimes(earliest, null, 0);
        }
        if (t2 == null || now.isBefore(t2)) {
            return new ScheduleTimes(earliest, t1, 0);
        }
        long interval = Duration.between(t1, t2).plusMillis(500).toSeconds();
        if (interval < 1) {
            throw new IllegalArgumentException("time difference between two schedules is less than 1 second");
        }
        long missed = Duration.between(t1, now).toSeconds() / interval + 1;
        Instant mostRecent = null;
        Instant from = t1.plusSeconds((missed - 2) * interval);
        for (Instant t = schedule.next(from); t != null && !t.isAfter(now); t = schedule.next(t)) {
            mostRecent = t;
        }
        return new ScheduleTimes(earliest, mostRecent, missed);
    }

    /** Upstream's {@code nextScheduleTimeDuration}: how long until the controller looks again. */
    static Duration untilNext(CronJob cronJob, Schedule schedule, Instant now) {
        Instant from;
        try {
            ScheduleTimes times = of(cronJob, schedule, now, false);
            from = times.mostRecent() != null ? times.mostRecent() : times.missed() == 0 ? times.earliest() : now;
        } catch (IllegalArgumentException e) {
            from = now;
        }
        Instant next = schedule.next(from);
        return next == null ? null : Duration.between(now, next).plus(NEXT_SCHEDULE_DELTA);
    }
}
