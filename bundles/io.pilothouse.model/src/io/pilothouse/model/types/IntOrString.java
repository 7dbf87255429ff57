package io.pilothouse.model.types;

import java.util.Objects;

/**
 * A value that holds either a 32-bit integer or a string ({@code intstr.IntOrString}), for example a port number or
 * a port name, or a replica count or a percentage.
 */
public final class IntOrString {

    private static final String INVALID = "invalid value for IntOrString: ";

    private final boolean isInt;
    private final int intVal;
    private final String strVal;

    private IntOrString(boolean isInt, int intVal, String strVal) {
        this.isInt = isInt;
        this.intVal = intVal;
        this.strVal = strVal;
    }

    /** The integer form, as upstream {@code FromInt32}. */
    public static IntOrString ofInt(int value) {
        return new IntOrString(true, value, "");
    }

    /** The string form, as upstream {@code FromString}; {@code "5"} stays a string. */
    public static IntOrString ofString(String value) {
        return new IntOrString(false, 0, Objects.requireNonNull(value, "value"));
    }

    /**
     * As upstream {@code intstr.Parse}: a decimal 32-bit integer with an optional sign gives the integer form,
     * anything else the string form.
     */
    public static IntOrString valueOf(String text) {
        try {
            return ofInt((int) GoStrconv.parseInt(text, 32));
        } catch (NumberFormatException e) {
            return ofString(text);
        }
    }

    /** Whether this holds an integer. */
    public boolean isInt() {
        return isInt;
    }

    /**
     * The integer, or for the string form the string read as a decimal integer, 0 when it is not one (upstream
     * {@code IntValue()}, limited to the {@code int} range).
     */
    public int intValue() {
        if (isInt) {
            return intVal;
        }
        try {
            return (int) GoStrconv.parseInt(strVal, 32);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The string, or for the integer form its decimal text. */
    public String stringValue() {
        return toString();
    }

    /**
     * Upstream {@code GetScaledValueFromIntOrPercent}: an integer is returned as is, a percentage such as
     * {@code "25%"} is that share of {@code total}, rounded up or down.
     *
     * @throws IllegalArgumentException with the upstream error text for a string that is not a percentage
     */
    public long scaledValue(int total, boolean roundUp) {
        if (isInt) {
            return intVal;
        }
        if (!strVal.endsWith("%")) {
            throw new IllegalArgumentException(INVALID + "invalid type: string is not a percentage");
        }
        String number = strVal.substring(0, strVal.length() - 1);
        long percent;
        try {
            percent = GoStrconv.parseInt(number, 64);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(INVALID + "invalid value " + GoStrconv.quote(strVal) + ": "
                    + GoStrconv.atoiError(number, e), e);
        }
        double share = (double) percent * (double) total / 100;
        return (long) (roundUp ? Math.ceil(share) : Math.floor(share));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntOrString that && isInt == that.isInt && intVal == that.intVal
                && strVal.equals(that.strVal);
    }

    @Override
    public int hashCode() {
        return isInt ? Integer.hashCode(intVal) : strVal.hashCode();
    }

    /** As upstream {@code String()}: the string, or the decimal text of the integer. */
    @Override
    public String toString() {
        return isInt ? Integer.toString(intVal) : strVal;
    }
}
