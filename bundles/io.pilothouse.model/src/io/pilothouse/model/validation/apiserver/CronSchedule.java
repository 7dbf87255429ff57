package io.pilothouse.model.validation.apiserver;

import java.util.List;
import java.util.Locale;

import io.pilothouse.model.types.Duration;

/**
 * Parses a CronJob schedule as the standard parser of the cron library kube-apiserver uses: five fields (minute,
 * hour, day of month, month, day of week) of lists, ranges, steps and names, or a descriptor such as {@code @daily}
 * or {@code @every 1h}, after an optional {@code TZ=} or {@code CRON_TZ=} prefix.
 */
final class CronSchedule {

    private record Bounds(int min, int max, List<String> names) {}

    private static final List<Bounds> FIELDS = List.of(new Bounds(0, 59, List.of()), new Bounds(0, 23, List.of()),
            new Bounds(1, 31, List.of()),
            new Bounds(1, 12, List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                    "dec")),
            new Bounds(0, 6, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat")));
    private static final List<String> DESCRIPTORS = List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final String EVERY = "@every ";

    private CronSchedule() {}

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
        for (int i = 0; i < fields.length; i++) {
            for (String expression : fields[i].split(",", -1)) {
                String error = range(expression, FIELDS.get(i));
                if (error != null) {
                    return error;
                }
            }
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

    private static String range(String expression, Bounds bounds) {
        String[] rangeAndStep = expression.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        int start;
        int end;
        int step = 1;
        try {
            if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
                start = bounds.min;
                end = bounds.max;
            } else {
                start = number(lowAndHigh[0], bounds);
                if (lowAndHigh.length == 1) {
                    end = start;
                } else if (lowAndHigh.length == 2) {
                    end = number(lowAndHigh[1], bounds);
                } else {
                    return "too many hyphens: " + expression;
                }
            }
            if (rangeAndStep.length == 2) {
                step = number(rangeAndStep[1], null);
                if (lowAndHigh.length == 1) {
                    end = bounds.max;
                }
            } else if (rangeAndStep.length > 2) {
                return "too many slashes: " + expression;
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (start < bounds.min) {
            return "beginning of range (" + start + ") below minimum (" + bounds.min + "): " + expression;
        }
        if (end > bounds.max) {
            return "end of range (" + end + ") above maximum (" + bounds.max + "): " + expression;
        }
        if (start > end) {
            return "beginning of range (" + start + ") beyond end of range (" + end + "): " + expression;
        }
        if (step == 0) {
            return "step of range should be a positive number: " + expression;
        }
        return null;
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
