package io.pilothouse.model.types;

import java.util.Map;

/**
 * A length of time in nanoseconds ({@code metav1.Duration}), written in the text form of Go's {@code time.Duration},
 * for example {@code 1h2m3.5s}, {@code 300ms} or {@code -1.5h}.
 */
public final class Duration implements Comparable<Duration> {

    private static final long NANOSECOND = 1;
    private static final long MICROSECOND = 1000 * NANOSECOND;
    private static final long MILLISECOND = 1000 * MICROSECOND;
    private static final long SECOND = 1000 * MILLISECOND;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final Map<String, Long> UNITS = Map.of("ns", NANOSECOND, "us", MICROSECOND,
            "\u00b5s", MICROSECOND, "\u03bcs", MICROSECOND, "ms", MILLISECOND, "s", SECOND, "m", MINUTE, "h", HOUR);
    /** 2^63 as an unsigned 64-bit value. */
    private static final long TWO_POW_63 = Long.MIN_VALUE;
    private static final long TWO_POW_63_DIV_10 = Long.divideUnsigned(TWO_POW_63, 10);

    private final long nanos;

    private Duration(long nanos) {
        this.nanos = nanos;
    }

    /** The duration of the given number of nanoseconds. */
    public static Duration ofNanos(long nanos) {
        return new Duration(nanos);
    }

    /**
     * The duration of a {@link java.time.Duration}.
     *
     * @throws ArithmeticException when it is longer than about 292 years, which Go cannot hold
     */
    public static Duration of(java.time.Duration duration) {
        return new Duration(duration.toNanos());
    }

    /**
     * Parses like Go {@code time.ParseDuration}: a sequence of decimal numbers, each with an optional fraction and a
     * unit ({@code ns us µs ms s m h}), with an optional sign in front, or {@code 0}.
     *
     * @throws IllegalArgumentException with Go's error text, for example {@code time: invalid duration "x"}
     */
    public static Duration valueOf(String text) {
        return new Duration(new Parser(text).parse());
    }

    /** The number of nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** This duration as a {@link java.time.Duration}. */
    public java.time.Duration toJavaDuration() {
        return java.time.Duration.ofNanos(nanos);
    }

    @Override
    public int compareTo(Duration other) {
        return Long.compare(nanos, other.nanos);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Duration duration && nanos == duration.nanos;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos);
    }

    /** The text Go's {@code Duration.String()} writes, for example {@code 1h0m0s}, {@code 1.5µs} or {@code 0s}. */
    @Override
    public String toString() {
        if (nanos == 0) {
            return "0s";
        }
        long magnitude = Math.abs(nanos);
        StringBuilder out = new StringBuilder();
        if (Long.compareUnsigned(magnitude, SECOND) < 0) {
            String unit = magnitude < MICROSECOND ? "ns" : magnitude < MILLISECOND ? "\u00b5s" : "ms";
            int precision = magnitude < MICROSECOND ? 0 : magnitude < MILLISECOND ? 3 : 6;
            appendFraction(out, magnitude, precision);
            out.append(unit);
        } else {
            long seconds = Long.divideUnsigned(magnitude, SECOND);
            long hours = seconds / 3600;
            long minutes = seconds / 60 % 60;
            if (hours > 0) {
                out.append(hours).append('h');
            }
            if (hours > 0 || minutes > 0) {
                out.append(minutes).append('m');
            }
            appendFraction(out, Long.remainderUnsigned(magnitude, 60 * SECOND), 9);
            out.append('s');
        }
        return nanos < 0 ? "-" + out : out.toString();
    }

    /** Appends {@code value / 10^precision} with the fraction's trailing zeros, and a bare point, left out. */
    private static void appendFraction(StringBuilder out, long value, int precision) {
        long divisor = (long) Math.pow(10, precision);
        out.append(Long.divideUnsigned(value, divisor));
        String fraction = String.format("%0" + Math.max(precision, 1) + "d", Long.remainderUnsigned(value, divisor));
        String trimmed = fraction.replaceFirst("0+$", "");
        if (precision > 0 && !trimmed.isEmpty()) {
            out.append('.').append(trimmed);
        }
    }

    /** Go's {@code time.ParseDuration}, on the UTF-8 bytes of the text like the original. */
    private static final class Parser {

        private final String text;
        private final String rest;
        private int position;

        Parser(String text) {
            this.text = text;
            boolean signed = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+');
            this.rest = signed ? text.substring(1) : text;
        }

        long parse() {
            boolean negative = !text.isEmpty() && text.charAt(0) == '-';
            if (rest.equals("0")) {
                return 0;
            }
            if (rest.isEmpty()) {
                throw invalid();
            }
            long total = 0;
            while (position < rest.length()) {
                long component = parseComponent();
                total += component;
                if (Long.compareUnsigned(total, TWO_POW_63) > 0) {
                    throw invalid();
                }
            }
            if (negative) {
                return -total;
            }
            if (total == TWO_POW_63) {
                throw invalid();
            }
            return total;
        }

        private long parseComponent() {
            if (!isDigitOrPoint(rest.charAt(position))) {
                throw invalid();
            }
            int start = position;
            long whole = leadingInt();
            boolean digitsBefore = position > start;
            long fraction = 0;
            double scale = 1;
            boolean digitsAfter = false;
            if (position < rest.length() && rest.charAt(position) == '.') {
                position++;
                int fractionStart = position;
                boolean overflow = false;
                for (; position < rest.length() && isDigit(rest.charAt(position)); position++) {
                    if (overflow || Long.compareUnsigned(fraction, Long.MAX_VALUE / 10) > 0) {
                        overflow = true;
                        continue;
                    }
                    long next = fraction * 10 + rest.charAt(position) - '0';
                    if (Long.compareUnsigned(next, TWO_POW_63) > 0) {
                        overflow = true;
                        continue;
                    }
                    fraction = next;
                    scale *= 10;
                }
                digitsAfter = position > fractionStart;
            }
            if (!digitsBefore && !digitsAfter) {
                throw invalid();
            }
            return withUnit(whole, fraction, scale);
        }

        private long withUnit(long whole, long fraction, double scale) {
            int unitStart = position;
            while (position < rest.length() && !isDigitOrPoint(rest.charAt(position))) {
                position++;
            }
            if (position == unitStart) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoTime.quote(text));
            }
            String unitText = rest.substring(unitStart, position);
            Long unit = UNITS.get(unitText);
            if (unit == null) {
                throw new IllegalArgumentException("time: unknown unit " + GoTime.quote(unitText) + " in duration "
                        + GoTime.quote(text));
            }
            if (Long.compareUnsigned(whole, Long.divideUnsigned(TWO_POW_63, unit)) > 0) {
                throw invalid();
            }
            long value = whole * unit;
            if (fraction != 0) {
                value += (long) (unsignedToDouble(fraction) * ((double) unit / scale));
                if (Long.compareUnsigned(value, TWO_POW_63) > 0) {
                    throw invalid();
                }
            }
            return value;
        }

        private long leadingInt() {
            long value = 0;
            for (; position < rest.length() && isDigit(rest.charAt(position)); position++) {
                if (Long.compareUnsigned(value, TWO_POW_63_DIV_10) > 0) {
                    throw invalid();
                }
                value = value * 10 + rest.charAt(position) - '0';
                if (Long.compareUnsigned(value, TWO_POW_63) > 0) {
                    throw invalid();
                }
            }
            return value;
        }

        private IllegalArgumentException invalid() {
            return new IllegalArgumentException("time: invalid duration " + GoTime.quote(text));
        }

        private static double unsignedToDouble(long value) {
            return value >= 0 ? value : (double) (value >>> 1) * 2;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isDigitOrPoint(char c) {
            return c == '.' || isDigit(c);
        }
    }
}
