package io.pilothouse.model.types;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Go's {@code time.Parse} and {@code Time.Format} for the two layouts the Kubernetes time types use, RFC 3339 with
 * seconds and RFC 3339 with microseconds, with Go's leniency (a one-digit hour, a comma before the fraction, zone
 * offsets up to 24:60) and Go's error texts.
 */
final class GoTime {

    /** A layout: the text Go names it by and its elements, each with the literal text in front of it. */
    enum Layout {
        RFC3339("2006-01-02T15:04:05Z07:00", 0),
        RFC3339_MICRO("2006-01-02T15:04:05.000000Z07:00", 6);

        private final String text;
        private final int fractionDigits;
        private final List<Chunk> chunks;

        Layout(String text, int fractionDigits) {
            this.text = text;
            this.fractionDigits = fractionDigits;
            this.chunks = fractionDigits == 0
                    ? List.of(new Chunk("", Element.YEAR), new Chunk("-", Element.MONTH), new Chunk("-", Element.DAY),
                            new Chunk("T", Element.HOUR), new Chunk(":", Element.MINUTE),
                            new Chunk(":", Element.SECOND), new Chunk("", Element.ZONE))
                    : List.of(new Chunk("", Element.YEAR), new Chunk("-", Element.MONTH), new Chunk("-", Element.DAY),
                            new Chunk("T", Element.HOUR), new Chunk(":", Element.MINUTE),
                            new Chunk(":", Element.SECOND), new Chunk("", Element.FRACTION),
                            new Chunk("", Element.ZONE));
        }

        /** The number of nanoseconds one unit of the last written fraction digit stands for. */
        long precisionNanos() {
            return (long) Math.pow(10, 9 - fractionDigits);
        }
    }

    private enum Element {
        YEAR("2006"), MONTH("01"), DAY("02"), HOUR("15"), MINUTE("04"), SECOND("05"), FRACTION(".000000"),
        ZONE("Z07:00");

        private final String text;

        Element(String text) {
            this.text = text;
        }
    }

    private record Chunk(String prefix, Element element) {}

    private static final String LOWER_HEX = "0123456789abcdef";

    private GoTime() {}

    /** The instant {@code value} stands for in {@code layout}, as Go's {@code time.Parse} reads it. */
    static Instant parse(Layout layout, String value) {
        return new Parse(layout, value).run();
    }

    /** Go's {@code t.UTC().Format(layout)}: digits beyond the layout's fraction are cut off, not rounded. */
    static String format(Layout layout, Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        StringBuilder out = new StringBuilder();
        if (year < 0) {
            out.append('-');
        }
        out.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", Math.abs(year), utc.getMonthValue(),
                utc.getDayOfMonth(), utc.getHour(), utc.getMinute(), utc.getSecond()));
        if (layout.fractionDigits > 0) {
            long fraction = instant.getNano() / layout.precisionNanos();
            out.append('.').append(String.format("%0" + layout.fractionDigits + "d", fraction));
        }
        return out.append('Z').toString();
    }

    /** The quoting of Go's {@code time} package errors: non-ASCII and control bytes as {@code \xNN}. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            if (c >= 0x80 || c < ' ') {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append("\\x").append(LOWER_HEX.charAt((b >> 4) & 0xf)).append(LOWER_HEX.charAt(b & 0xf));
                }
            } else {
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** One run of Go's layout-driven parser. */
    private static final class Parse {

        private final Layout layout;
        private final String original;
        private String value;
        private int year;
        private int month;
        private int day;
        private int hour;
        private int minute;
        private int second;
        private int nanos;
        private int offsetSeconds;
        private String rangeError;

        Parse(Layout layout, String original) {
            this.layout = layout;
            this.original = original;
            this.value = original;
        }

        Instant run() {
            for (int i = 0; i < layout.chunks.size(); i++) {
                Chunk chunk = layout.chunks.get(i);
                skip(chunk.prefix());
                String hold = value;
                boolean ok = read(chunk.element(), i + 1 < layout.chunks.size()
                        && layout.chunks.get(i + 1).element() == Element.FRACTION);
                if (rangeError != null) {
                    throw new IllegalArgumentException(
                            "parsing time " + quote(original) + ": " + rangeError + " out of range");
                }
                if (!ok) {
                    throw cannotParse(hold, chunk.element().text);
                }
            }
            if (!value.isEmpty()) {
                throw new IllegalArgumentException(
                        "parsing time " + quote(original) + ": extra text: " + quote(value));
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("parsing time " + quote(original) + ": day out of range");
            }
            long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second)
                    .toEpochSecond(ZoneOffset.UTC) - offsetSeconds;
            return Instant.ofEpochSecond(epochSecond, nanos);
        }

        private void skip(String prefix) {
            for (char expected : prefix.toCharArray()) {
                if (value.isEmpty() || value.charAt(0) != expected) {
                    throw cannotParse(value, prefix);
                }
                value = value.substring(1);
            }
        }

        private IllegalArgumentException cannotParse(String valueElement, String layoutElement) {
            return new IllegalArgumentException("parsing time " + quote(original) + " as " + quote(layout.text)
                    + ": cannot parse " + quote(valueElement) + " as " + quote(layoutElement));
        }

        /** Reads one element; false when the text does not fit it, with {@link #rangeError} set for a bad range. */
        private boolean read(Element element, boolean fractionFollows) {
            return switch (element) {
                case YEAR -> readYear();
                case MONTH -> readNumber(true, 1, 12, "month", n -> month = n);
                case DAY -> readNumber(true, 0, 99, null, n -> day = n);
                case HOUR -> readNumber(false, 0, 23, "hour", n -> hour = n);
                case MINUTE -> readNumber(true, 0, 59, "minute", n -> minute = n);
                case SECOND -> readNumber(true, 0, 59, "second", n -> second = n)
                        && (fractionFollows || readOptionalFraction());
                case FRACTION -> readFraction();
                case ZONE -> readZone();
            };
        }

        private boolean readYear() {
            if (value.length() < 4 || !isDigit(value, 0)) {
                return false;
            }
            Integer parsed = atoi(value.substring(0, 4));
            value = value.substring(4);
            if (parsed == null) {
                return false;
            }
            year = parsed;
            return true;
        }

        private boolean readNumber(boolean fixed, int min, int max, String name, IntConsumer to) {
            int number;
            if (!isDigit(value, 0) || fixed && !isDigit(value, 1)) {
                return false;
            }
            if (isDigit(value, 1)) {
                number = (value.charAt(0) - '0') * 10 + value.charAt(1) - '0';
                value = value.substring(2);
            } else {
                number = value.charAt(0) - '0';
                value = value.substring(1);
            }
            if (number < min || number > max) {
                rangeError = name;
            }
            to.accept(number);
            return true;
        }

        private boolean readOptionalFraction() {
            if (value.length() < 2 || !isCommaOrPeriod(value.charAt(0)) || !isDigit(value, 1)) {
                return true;
            }
            int end = 2;
            while (isDigit(value, end)) {
                end++;
            }
            return readNanoseconds(end);
        }

        private boolean readFraction() {
            int length = 1 + layout.fractionDigits;
            return value.length() >= length && readNanoseconds(length);
        }

        private boolean readNanoseconds(int length) {
            boolean separator = isCommaOrPeriod(value.charAt(0));
            Integer digits = atoi(value.substring(1, Math.min(length, 10)));
            value = value.substring(length);
            if (!separator || digits == null) {
                return false;
            }
            if (digits < 0) {
                rangeError = "fractional second";
                return true;
            }
            nanos = digits * (int) Math.pow(10, 10 - Math.min(length, 10));
            return true;
        }

        private boolean readZone() {
            if (!value.isEmpty() && value.charAt(0) == 'Z') {
                value = value.substring(1);
                return true;
            }
            if (value.length() < 6 || value.charAt(3) != ':') {
                return false;
            }
            String zone = value;
            value = value.substring(6);
            boolean digits = isDigit(zone, 1) && isDigit(zone, 2) && isDigit(zone, 4) && isDigit(zone, 5);
            int hours = isDigit(zone, 1) && isDigit(zone, 2) ? Integer.parseInt(zone.substring(1, 3)) : 0;
            int minutes = digits ? Integer.parseInt(zone.substring(4, 6)) : 0;
            if (hours > 24) {
                rangeError = "time zone offset hour";
            }
            if (minutes > 60) {
                rangeError = "time zone offset minute";
            }
            char sign = zone.charAt(0);
            offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 60 + minutes) * 60;
            return digits && (sign == '+' || sign == '-');
        }

        /** Go's {@code time.atoi}: an optional sign and ASCII digits only; null when it is not that. */
        private static Integer atoi(String s) {
            boolean negative = !s.isEmpty() && s.charAt(0) == '-';
            String digits = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? s.substring(1) : s;
            for (int i = 0; i < digits.length(); i++) {
                if (!isDigit(digits, i)) {
                    return null;
                }
            }
            int magnitude = digits.isEmpty() ? 0 : Integer.parseInt(digits);
            return negative ? -magnitude : magnitude;
        }

        private static boolean isDigit(String s, int index) {
            return index < s.length() && s.charAt(index) >= '0' && s.charAt(index) <= '9';
        }

        private static boolean isCommaOrPeriod(char c) {
            return c == '.' || c == ',';
        }
    }
}
