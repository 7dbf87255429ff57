package io.pilothouse.model.validation.apiserver;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pilothouse.model.types.Duration;

/**
 * Parses a CronJob schedule as the standard parser of the cron library kube-apiserver uses: five fields (minute,
 * hour, day of month, month, day of week) of lists, ranges, steps and names, or a descriptor such as {@code @daily}
 * or {@code @every 1h}, after an optional {@code TZ=} or {@code CRON_TZ=} prefix. A parsed five-field schedule (or
 * calendar descriptor) gives the activation times that follow an instant, as the library's {@code SpecSchedule}.
 */
public final class CronSchedule {

    private record Bounds(int min, int max, List<String> names) {}

    private static final List<Bounds> FIELDS = List.of(new Bounds(0, 59, List.of()), new Bounds(0, 23, List.of()),
            new Bounds(1, 31, List.of()),
            new Bounds(1, 12, List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                    "dec")),
            new Bounds(0, 6, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat")));
    private static final List<String> DESCRIPTORS = List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final String EVERY = "@every ";
    private static final Map<String, String> EXPANSIONS = Map.of("@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");
    private static final long STAR = 1L << 63;
    private static final int DAY_OF_MONTH = 2;
    private static final int DAY_OF_WEEK = 4;
    private static final int SEARCH_YEARS = 5;

    private final long[] bits = new long[FIELDS.size()];

    private CronSchedule(String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            for (String expression : fields[i].split(",", -1)) {
                bits[i] |= bits(expression, FIELDS.get(i));
            }
        }
    }

    /**
     * Parses a five-field schedule or a calendar descriptor ({@code @every} has no calendar and is refused).
     *
     * @throws IllegalArgumentException with the parser's error text
     */
    public static CronSchedule parse(String schedule) {
        String error = error(schedule);
        String spec = EXPANSIONS.getOrDefault(schedule.strip(), schedule.strip());
        if (error == null && spec.startsWith("@")) {
            error = "unsupported descriptor: " + spec;
        }
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return new CronSchedule(spec.split("\\s+"));
    }

    /** The first activation strictly after {@code after}, at a whole minute, or {@code null} within five years. */
    public ZonedDateTime next(ZonedDateTime after) {
        ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        int limit = t.getYear() + SEARCH_YEARS;
        while (t.getYear() <= limit) {
            if (!has(3, t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!has(1, t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!has(0, t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t;
            }
        }
        return null;
    }

    private boolean has(int field, int value) {
        return (bits[field] & 1L << value) != 0;
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean dom = has(DAY_OF_MONTH, t.getDayOfMonth());
        boolean dow = has(DAY_OF_WEEK, t.getDayOfWeek().getValue() % 7);
        if ((bits[DAY_OF_MONTH] & STAR) != 0 || (bits[DAY_OF_WEEK] & STAR) != 0) {
            return dom && dow;
        }
        return dom || dow;
    }

    /** @return the parser's error text, or {@code null} when the schedule parses */
    static String error(String schedule) {
        if (schedule.isEmpty()) {
            return "empty spec string";
        }
        String spec = schedule;
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            int space = spec.indexOf(' ');
            spec = space < 0 ? "" : spec.substring(space).strip();
        }
        if (spec.startsWith("@")) {
            return descriptor(spec);
        }
        String[] fields = spec.strip().split("\\s+");
        if (fields.length != FIELDS.size() || spec.isBlank()) {
            int count = spec.isBlank() ? 0 : fields.length;
            return "expected exactly 5 fields, found " + count + ": [" + String.join(" ", spec.isBlank()
                    ? new String[0]
                    : fields) + "]";
        }
        try {
            new CronSchedule(fields);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    private static String descriptor(String spec) {
        if (DESCRIPTORS.contains(spec)) {
            return null;
        }
        if (spec.startsWith(EVERY)) {
            try {
                Duration.valueOf(spec.substring(EVERY.length()));
                return null;
            } catch (IllegalArgumentException e) {
                return "failed to parse duration " + spec + ": " + e.getMessage();
            }
        }
        return "unrecognized descriptor: " + spec;
    }

    /**
     * The bits of one comma-separated expression of a field, with the star bit for an unstepped {@code *}.
     *
     * @throws IllegalArgumentException with the parser's error text
     */
    private static long bits(String expression, Bounds bounds) {
        String[] rangeAndStep = expression.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        boolean star = lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?");
        int start = star ? bounds.min : number(lowAndHigh[0], bounds);
        int end = start;
        if (star) {
            end = bounds.max;
        } else if (lowAndHigh.length == 2) {
            end = number(lowAndHigh[1], bounds);
        } else if (lowAndHigh.length > 2) {
            throw new IllegalArgumentException("too many hyphens: " + expression);
        }
        int step = 1;
        if (rangeAndStep.length == 2) {
            step = number(rangeAndStep[1], null);
            end = lowAndHigh.length == 1 ? bounds.max : end;
        } else if (rangeAndStep.length > 2) {
            throw new IllegalArgumentException("too many slashes: " + expression);
        }
        check(start >= bounds.min, "beginning of range (" + start + ") below minimum (" + bounds.min + "): "
                + expression);
        check(end <= bounds.max, "end of range (" + end + ") above maximum (" + bounds.max + "): " + expression);
        check(start <= end, "beginning of range (" + start + ") beyond end of range (" + end + "): " + expression);
        check(step != 0, "step of range should be a positive number: " + expression);
        long result = star && step == 1 ? STAR : 0;
        for (int value = start; value <= end; value += step) {
            result |= 1L << value;
        }
        return result;
    }

    private static void check(boolean valid, String error) {
        if (!valid) {
            throw new IllegalArgumentException(error);
        }
    }

    private static int number(String text, Bounds bounds) {
        if (bounds != null) {
            int index = bounds.names.indexOf(text.toLowerCase(Locale.ROOT));
            if (index >= 0) {
                return index + bounds.min;
            }
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("failed to parse int from " + text + ": strconv.Atoi: parsing "
                    + '"' + text + '"' + ": invalid syntax");
        }
        if (value < 0) {
            throw new IllegalArgumentException("negative number (" + value + ") not allowed: " + text);
        }
        return value;
    }
}
