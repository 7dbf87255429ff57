package io.pilothouse.model.types;

import java.util.List;
import java.util.Optional;

/** The suffixes of a quantity: a base (2 or 10), an exponent in that base and the format they imply. */
record QuantitySuffix(int base, int exponent, Quantity.Format format) {

    private static final List<String> DECIMAL_SI = List.of("n", "u", "m", "", "k", "M", "G", "T", "P", "E");
    private static final int DECIMAL_SI_FIRST_EXPONENT = -9;
    private static final List<String> BINARY_SI = List.of("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei");

    /** Interprets the suffix text of a quantity, as upstream {@code quantitySuffixer.interpret} does. */
    static Optional<QuantitySuffix> interpret(String suffix) {
        int decimal = DECIMAL_SI.indexOf(suffix);
        if (decimal >= 0) {
            return Optional.of(new QuantitySuffix(10, DECIMAL_SI_FIRST_EXPONENT + 3 * decimal,
                    Quantity.Format.DECIMAL_SI));
        }
        int binary = BINARY_SI.indexOf(suffix);
        if (binary > 0) {
            return Optional.of(new QuantitySuffix(2, 10 * binary, Quantity.Format.BINARY_SI));
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            try {
                long exponent = GoStrconv.parseInt(suffix.substring(1), 64);
                return Optional.of(new QuantitySuffix(10, (int) exponent, Quantity.Format.DECIMAL_EXPONENT));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The decimalSI suffix for 10^exponent, if there is one. */
    static Optional<String> decimalSI(int exponent) {
        int index = (exponent - DECIMAL_SI_FIRST_EXPONENT) / 3;
        boolean known = exponent % 3 == 0 && exponent >= DECIMAL_SI_FIRST_EXPONENT && index < DECIMAL_SI.size();
        return known ? Optional.of(DECIMAL_SI.get(index)) : Optional.empty();
    }

    /** The binarySI suffix for 1024^exponent, if there is one. */
    static Optional<String> binarySI(int exponent) {
        return exponent < BINARY_SI.size() ? Optional.of(BINARY_SI.get(exponent)) : Optional.empty();
    }

    /** The decimalExponent suffix for 10^exponent. */
    static String decimalExponent(int exponent) {
        return exponent == 0 ? "" : "e" + exponent;
    }
}
