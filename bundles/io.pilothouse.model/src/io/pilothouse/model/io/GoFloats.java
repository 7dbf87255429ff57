package io.pilothouse.model.io;

import java.math.BigDecimal;

/**
 * Formats floating point numbers the way Go does, so written numbers match kubectl byte for byte: shortest
 * round-trip digits (Java 19+ {@link Double#toString} and {@link Float#toString} produce them too) laid out as
 * Go's {@code strconv.FormatFloat} with {@code 'g'}, {@code 'e'} and {@code 'f'} and as {@code encoding/json}.
 */
final class GoFloats {

    static final String POSITIVE_INFINITY = "+Inf";
    static final String NEGATIVE_INFINITY = "-Inf";
    static final String NAN = "NaN";

    private static final double JSON_EXPONENT_BELOW = 1e-6;
    private static final double JSON_EXPONENT_FROM = 1e21;
    private static final int G_EXPONENT_PRECISION = 6;

    private GoFloats() {}

    /** @return {@code strconv.FormatFloat(value, 'g', -1, 64)}, or with bit size 32 if {@code float32} */
    static String formatG(double value, boolean float32) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        Digits digits = Digits.of(value, float32);
        int exponent = digits.pointPosition - 1;
        if (!digits.isZero() && (exponent < -4 || exponent >= G_EXPONENT_PRECISION)) {
            return digits.formatE();
        }
        return digits.formatF();
    }

    /** @return the float64 as Go's encoding/json writes it; non-finite values give their Go names */
    static String formatJson(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        double abs = Math.abs(value);
        Digits digits = Digits.of(value, false);
        if (abs != 0 && (abs < JSON_EXPONENT_BELOW || abs >= JSON_EXPONENT_FROM)) {
            String text = digits.formatE();
            int n = text.length();
            if (text.charAt(n - 4) == 'e' && text.charAt(n - 3) == '-' && text.charAt(n - 2) == '0') {
                return text.substring(0, n - 2) + text.charAt(n - 1);
            }
            return text;
        }
        return digits.formatF();
    }

    /** @return the value of a float text as produced here, the Go names of non-finite values included */
    static double parse(String text) {
        return switch (text) {
            case POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY -> Double.NEGATIVE_INFINITY;
            case NAN -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    static boolean isNonFiniteText(String text) {
        return POSITIVE_INFINITY.equals(text) || NEGATIVE_INFINITY.equals(text) || NAN.equals(text);
    }

    /** @return the YAML spelling of a non-finite float text, e.g. {@code .inf} for {@code +Inf} */
    static String yamlNonFinite(String text) {
        return switch (text) {
            case POSITIVE_INFINITY -> ".inf";
            case NEGATIVE_INFINITY -> "-.inf";
            default -> ".nan";
        };
    }

    private static String nonFinite(double value) {
        if (Double.isNaN(value)) {
            return NAN;
        }
        return value > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
    }

    /** Decimal digits {@code d1 d2 ... dn} of a value {@code 0.d1d2...dn × 10^pointPosition} with its sign. */
    private record Digits(boolean negative, String digits, int pointPosition) {

        static Digits of(double value, boolean float32) {
            boolean negative = Double.doubleToRawLongBits(value) < 0;
            double abs = Math.abs(value);
            if (abs == 0) {
                return new Digits(negative, "", 0);
            }
            String shortest = float32 ? Float.toString((float) abs) : Double.toString(abs);
            BigDecimal decimal = new BigDecimal(shortest).stripTrailingZeros();
            String digits = decimal.unscaledValue().toString();
            return new Digits(negative, digits, digits.length() - decimal.scale());
        }

        boolean isZero() {
            return digits.isEmpty();
        }

        String formatE() {
            StringBuilder out = new StringBuilder(digits.length() + 8);
            if (negative) {
                out.append('-');
            }
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = pointPosition - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            return out.append(abs).toString();
        }

        String formatF() {
            StringBuilder out = new StringBuilder(digits.length() + Math.abs(pointPosition) + 3);
            if (negative) {
                out.append('-');
            }
            if (isZero()) {
                return out.append('0').toString();
            }
            if (pointPosition <= 0) {
                out.append("0.").repeat('0', -pointPosition).append(digits);
            } else if (pointPosition >= digits.length()) {
                out.append(digits).repeat('0', pointPosition - digits.length());
            } else {
                out.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
            }
            return out.toString();
        }
    }
}
