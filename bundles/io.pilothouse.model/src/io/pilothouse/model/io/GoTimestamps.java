package io.pilothouse.model.io;

/**
 * Recognises the timestamps of go-yaml v2 ({@code YYYY-M-D} optionally followed by {@code T}, {@code t} or a space
 * and {@code h:m:s[.frac]}, with a {@code Z} or {@code ±hh:mm} zone unless space separated), as Go's
 * {@code time.Parse} accepts them: 4-digit year, 1 or 2 digits elsewhere, days checked against the month.
 * go-yaml keeps them as strings when decoding, but quotes them when writing so they read back as strings.
 */
final class GoTimestamps {

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private GoTimestamps() {}

    static boolean isTimestamp(String s) {
        int n = s.length();
        if (n < 8 || ScalarResolver.skipDigits(s, 0) != 4 || s.charAt(4) != '-') {
            return false;
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        int monthEnd = shortNumberEnd(s, 5);
        if (monthEnd < 0 || monthEnd >= n || s.charAt(monthEnd) != '-') {
            return false;
        }
        int month = Integer.parseInt(s, 5, monthEnd, 10);
        int dayEnd = shortNumberEnd(s, monthEnd + 1);
        if (dayEnd < 0 || month < 1 || month > 12) {
            return false;
        }
        int day = Integer.parseInt(s, monthEnd + 1, dayEnd, 10);
        if (day < 1 || day > daysIn(month, year)) {
            return false;
        }
        if (dayEnd == n) {
            return true;
        }
        char separator = s.charAt(dayEnd);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return false;
        }
        int end = parseClock(s, dayEnd + 1);
        if (end < 0) {
            return false;
        }
        if (separator == ' ') {
            return end == n;
        }
        return end < n && isZone(s, end);
    }

    private static int parseClock(String s, int from) {
        int position = from;
        int[] limits = {23, 59, 59};
        for (int part = 0; part < limits.length; part++) {
            if (part > 0) {
                if (position >= s.length() || s.charAt(position) != ':') {
                    return -1;
                }
                position++;
            }
            int end = shortNumberEnd(s, position);
            if (end < 0 || Integer.parseInt(s, position, end, 10) > limits[part]) {
                return -1;
            }
            position = end;
        }
        if (position + 1 < s.length() && (s.charAt(position) == '.' || s.charAt(position) == ',')
                && ScalarResolver.isDigit(s.charAt(position + 1))) {
            position = ScalarResolver.skipDigits(s, position + 1);
        }
        return position;
    }

    private static boolean isZone(String s, int from) {
        if (s.charAt(from) == 'Z') {
            return from + 1 == s.length();
        }
        if (s.length() - from != 6 || (s.charAt(from) != '+' && s.charAt(from) != '-') || s.charAt(from + 3) != ':') {
            return false;
        }
        return ScalarResolver.skipDigits(s, from + 1) == from + 3 && ScalarResolver.skipDigits(s, from + 4) == from + 6;
    }

    /** @return the end of a 1 or 2 digit number at {@code from}, or -1 */
    private static int shortNumberEnd(String s, int from) {
        int end = ScalarResolver.skipDigits(s, from);
        int count = end - from;
        return count >= 1 && count <= 2 ? end : -1;
    }

    private static int daysIn(int month, int year) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }
}
