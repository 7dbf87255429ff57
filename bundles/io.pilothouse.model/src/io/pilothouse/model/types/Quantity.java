package io.pilothouse.model.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A Kubernetes resource quantity ({@code resource.Quantity}): an exact decimal number with a format that decides
 * how it is written.
 * <p>
 * Parsing, the value kept and the emitted text follow upstream: {@link #toString()} is what upstream
 * {@code Quantity.String()} returns, which is the text as written when upstream judges it canonical (so
 * {@code "100Mi"} stays {@code "100Mi"}) and otherwise the canonical form ({@code "1.5Gi"} becomes
 * {@code "1536Mi"}). {@link #originalText()} keeps the text exactly as written. Equality and ordering are numeric,
 * so {@code 1Gi} equals {@code 1073741824}.
 */
public final class Quantity implements Comparable<Quantity> {

    /** How a quantity is written: the three upstream formats. */
    public enum Format {
        /** A power of ten as an exponent, for example {@code 12e6}. */
        DECIMAL_EXPONENT,
        /** A power of two suffix, for example {@code 12Mi}. */
        BINARY_SI,
        /** A power of ten suffix, for example {@code 12M}. */
        DECIMAL_SI
    }

    private static final BigInteger BIG_1024 = BigInteger.valueOf(1024);
    private static final BigDecimal BINARY_DECIMAL_LIMIT = BigDecimal.valueOf(1024);
    private static final int MAX_LONG_DIGITS = 19;

    private final BigDecimal amount;
    private final Format format;
    private final String originalText;
    private final String string;

    Quantity(BigDecimal amount, Format format, String originalText, boolean originalIsCanonical) {
        this.amount = amount;
        this.format = format;
        this.originalText = originalText;
        this.string = originalIsCanonical ? originalText : canonicalize(amount, format);
    }

    /**
     * Parses a quantity as upstream {@code resource.ParseQuantity} does.
     *
     * @throws QuantityFormatException with the upstream error text when {@code text} is not a quantity
     */
    public static Quantity valueOf(String text) {
        return QuantityParser.parse(text);
    }

    /** The format this quantity is written in. */
    public Format format() {
        return format;
    }

    /** The exact value. */
    public BigDecimal asBigDecimal() {
        return amount;
    }

    /** The text this quantity was parsed from; for a computed quantity, its {@link #toString()}. */
    public String originalText() {
        return originalText == null ? string : originalText;
    }

    /**
     * The value rounded to an integer away from zero, as upstream {@code Value()}.
     *
     * @throws ArithmeticException when it does not fit a {@code long} (upstream overflows silently)
     */
    public long value() {
        return roundedAwayFromZero(amount);
    }

    /**
     * The value in thousandths rounded to an integer away from zero, as upstream {@code MilliValue()}.
     *
     * @throws ArithmeticException when it does not fit a {@code long} (upstream overflows silently)
     */
    public long milliValue() {
        return roundedAwayFromZero(amount.scaleByPowerOfTen(3));
    }

    /** Whether the value is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** -1, 0 or 1 as the value is negative, zero or positive. */
    public int signum() {
        return amount.signum();
    }

    /** The sum; it takes the format of {@code other} when this quantity is zero, as upstream {@code Add}. */
    public Quantity add(Quantity other) {
        return new Quantity(amount.add(other.amount), isZero() ? other.format : format, null, false);
    }

    /** The difference; it takes the format of {@code other} when this quantity is zero, as upstream {@code Sub}. */
    public Quantity subtract(Quantity other) {
        return new Quantity(amount.subtract(other.amount), isZero() ? other.format : format, null, false);
    }

    /** The negated value in the same format. */
    public Quantity negate() {
        return new Quantity(amount.negate(), format, null, false);
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity quantity && amount.compareTo(quantity.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(amount.stripTrailingZeros());
    }

    /** The text upstream {@code Quantity.String()} emits for this quantity. */
    @Override
    public String toString() {
        return string;
    }

    private static long roundedAwayFromZero(BigDecimal value) {
        if (value.precision() - value.scale() > MAX_LONG_DIGITS) {
            throw new ArithmeticException("quantity " + value + " overflows a long");
        }
        return value.setScale(0, RoundingMode.UP).longValueExact();
    }

    /**
     * The canonical form of upstream {@code CanonicalizeBytes}: no fractional digits, the largest exponent or
     * suffix that loses no precision; binarySI only for integers of magnitude 1024 or more, otherwise decimalSI.
     * A decimalSI value beyond the suffixes (above 10^18) is written with an exponent, as upstream after
     * kubernetes/kubernetes#140459 (v1.36 dropped the magnitude there).
     */
    private static String canonicalize(BigDecimal amount, Format format) {
        if (amount.signum() == 0) {
            return "0";
        }
        if (format == Format.BINARY_SI && amount.abs().compareTo(BINARY_DECIMAL_LIMIT) >= 0
                && amount.stripTrailingZeros().scale() <= 0) {
            BigInteger mantissa = amount.toBigIntegerExact();
            int exponent = 0;
            while (mantissa.mod(BIG_1024).signum() == 0) {
                mantissa = mantissa.divide(BIG_1024);
                exponent++;
            }
            String mantissaText = mantissa.toString();
            return QuantitySuffix.binarySI(exponent).map(suffix -> mantissaText + suffix)
                    .orElseGet(() -> canonicalizeDecimal(amount, Format.DECIMAL_SI));
        }
        return canonicalizeDecimal(amount, format == Format.BINARY_SI ? Format.DECIMAL_SI : format);
    }

    private static String canonicalizeDecimal(BigDecimal amount, Format format) {
        BigDecimal stripped = amount.stripTrailingZeros();
        BigInteger mantissa = stripped.unscaledValue();
        int exponent = -stripped.scale();
        while (exponent % 3 != 0) {
            mantissa = mantissa.multiply(BigInteger.TEN);
            exponent--;
        }
        int finalExponent = exponent;
        String suffix = format == Format.DECIMAL_SI
                ? QuantitySuffix.decimalSI(exponent).orElseGet(() -> QuantitySuffix.decimalExponent(finalExponent))
                : QuantitySuffix.decimalExponent(exponent);
        return mantissa + suffix;
    }
}
