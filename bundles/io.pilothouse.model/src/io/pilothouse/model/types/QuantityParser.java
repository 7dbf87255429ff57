package io.pilothouse.model.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Parses the text form of a quantity with the rules of upstream {@code resource.ParseQuantity}: the same texts are
 * accepted and rejected, with the same error, the same value (rounded up to nano precision, binarySI capped at
 * 2^63-1) and the same format. It also decides, as upstream does, when the text itself is already the canonical
 * form and is emitted as is.
 */
final class QuantityParser {

    private static final String SUFFIX_CHARACTERS = "eEinumkKMGTP";
    /** The most decimal digits an int64 always holds. */
    private static final int MAX_INT64_DIGITS = 18;
    private static final int NANO_SCALE = 9;
    private static final BigDecimal MAX_BINARY = BigDecimal.valueOf(Long.MAX_VALUE);

    private final String text;
    private int position;
    private boolean positive = true;
    private String numerator = "0";
    private String denominator = "";
    private int valueEnd;

    private QuantityParser(String text) {
        this.text = text;
    }

    static Quantity parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new QuantityFormatException(QuantityFormatException.FORMAT_WRONG, text);
        }
        return new QuantityParser(text).parse();
    }

    private Quantity parse() {
        String suffixText = scan();
        QuantitySuffix suffix = QuantitySuffix.interpret(suffixText)
                .orElseThrow(() -> new QuantityFormatException(QuantityFormatException.SUFFIX, text));
        boolean binary = suffix.format() == Quantity.Format.BINARY_SI;
        boolean fastPath = binary ? fitsBinaryFastPath(suffix.exponent()) : fitsDecimalFastPath(suffix.exponent());
        if (!fastPath && text.substring(0, valueEnd).chars().noneMatch(c -> c >= '0' && c <= '9')) {
            throw new QuantityFormatException(QuantityFormatException.NUMERIC, text);
        }
        BigDecimal amount = new BigDecimal(new BigInteger(numerator + denominator), denominator.length());
        try {
            amount = binary
                    ? new BigDecimal(amount.unscaledValue().shiftLeft(suffix.exponent()), amount.scale())
                    : amount.scaleByPowerOfTen(suffix.exponent());
        } catch (ArithmeticException e) {
            throw new QuantityFormatException(QuantityFormatException.NUMERIC, text);
        }
        amount = roundUpToNano(amount);
        Quantity.Format format = suffix.format();
        if (binary && amount.compareTo(MAX_BINARY) > 0) {
            amount = MAX_BINARY;
        }
        if (binary && amount.signum() > 0 && amount.compareTo(BigDecimal.ONE) < 0) {
            format = Quantity.Format.DECIMAL_SI;
        }
        boolean canonical = fastPath && isCanonicalText(binary, suffix.exponent());
        return new Quantity(positive ? amount : amount.negate(), format, text, canonical);
    }

    /** Splits the text into sign, numerator, denominator and suffix; returns the suffix. */
    private String scan() {
        char first = text.charAt(0);
        if (first == '-' || first == '+') {
            positive = first == '+';
            position++;
        }
        while (position < text.length() && text.charAt(position) == '0') {
            position++;
        }
        int numeratorStart = position;
        skipDigits();
        if (position > numeratorStart) {
            numerator = text.substring(numeratorStart, position);
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            int denominatorStart = position;
            skipDigits();
            denominator = text.substring(denominatorStart, position);
        }
        valueEnd = position;
        while (position < text.length() && SUFFIX_CHARACTERS.indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (position < text.length() && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
            position++;
        }
        skipDigits();
        if (position < text.length()) {
            throw new QuantityFormatException(QuantityFormatException.FORMAT_WRONG, text);
        }
        return text.substring(valueEnd);
    }

    private void skipDigits() {
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
    }

    private boolean fitsDecimalFastPath(int exponent) {
        int precision = MAX_INT64_DIGITS - (numerator.length() + denominator.length());
        return precision >= 0 && exponent - denominator.length() >= -NANO_SCALE;
    }

    private boolean fitsBinaryFastPath(int exponent) {
        int precision = 15 - numerator.length() - exponent * 3 / 10 - 1;
        if (!denominator.isEmpty() || precision < 0) {
            return false;
        }
        long value = Long.parseLong(numerator);
        return value == 0 || Long.numberOfLeadingZeros(value) > exponent;
    }

    /** Upstream keeps the parsed text as the emitted form only when it is canonical, judged by these rules. */
    private boolean isCanonicalText(boolean binary, int exponent) {
        String shifted = numerator + denominator;
        if (binary) {
            return exponent % 10 == 0 && (Long.parseLong(numerator) & 0x07) != 0;
        }
        return (exponent - denominator.length()) % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
    }

    /** A non-zero value finer than nano is rounded away from zero to the next nano. */
    private static BigDecimal roundUpToNano(BigDecimal amount) {
        if (amount.scale() <= NANO_SCALE || amount.signum() == 0) {
            return amount;
        }
        if (amount.precision() - amount.scale() < -NANO_SCALE) {
            return BigDecimal.valueOf(amount.signum(), NANO_SCALE);
        }
        return amount.setScale(NANO_SCALE, RoundingMode.UP);
    }
}
