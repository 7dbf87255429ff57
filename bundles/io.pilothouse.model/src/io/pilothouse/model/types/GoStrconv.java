package io.pilothouse.model.types;

/**
 * The pieces of Go's {@code strconv} package whose exact behaviour and error text the Kubernetes types expose:
 * decimal integer parsing and string quoting.
 */
final class GoStrconv {

    static final String INVALID_SYNTAX = "invalid syntax";
    static final String OUT_OF_RANGE = "value out of range";

    private static final long MAX_UINT64_DIV_10 = Long.divideUnsigned(-1L, 10) + 1;

    private GoStrconv() {}

    /**
     * Parses like Go {@code strconv.ParseInt(s, 10, bitSize)}: an optional sign and at least one ASCII digit.
     *
     * @throws NumberFormatException whose message is {@link #INVALID_SYNTAX} or {@link #OUT_OF_RANGE}
     */
    static long parseInt(String s, int bitSize) {
        int start = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            start = 1;
        }
        if (start == s.length()) {
            throw new NumberFormatException(INVALID_SYNTAX);
        }
        long unsigned = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(INVALID_SYNTAX);
            }
            if (Long.compareUnsigned(unsigned, MAX_UINT64_DIV_10) >= 0) {
                throw new NumberFormatException(OUT_OF_RANGE);
            }
            long next = unsigned * 10 + (c - '0');
            if (Long.compareUnsigned(next, unsigned * 10) < 0) {
                throw new NumberFormatException(OUT_OF_RANGE);
            }
            unsigned = next;
        }
        long cutoff = 1L << (bitSize - 1);
        if (!negative && Long.compareUnsigned(unsigned, cutoff) >= 0
                || negative && Long.compareUnsigned(unsigned, cutoff) > 0) {
            throw new NumberFormatException(OUT_OF_RANGE);
        }
        return negative ? -unsigned : unsigned;
    }

    /** The text of the Go {@code *strconv.NumError} that {@code strconv.Atoi(s)} returns for {@code failure}. */
    static String atoiError(String s, NumberFormatException failure) {
        return "strconv.Atoi: parsing " + quote(s) + ": " + failure.getMessage();
    }

    /** Go {@code strconv.Quote}: a double-quoted Go string literal, escaping what is not printable. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> appendQuoted(out, c));
        return out.append('"').toString();
    }

    private static void appendQuoted(StringBuilder out, int c) {
        switch (c) {
            case '"', '\\' -> out.append('\\').appendCodePoint(c);
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0b -> out.append("\\v");
            default -> {
                if (isPrint(c)) {
                    out.appendCodePoint(c);
                } else if (c < ' ' || c == 0x7f) {
                    out.append(String.format("\\x%02x", c));
                } else if (c < 0x10000) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.append(String.format("\\U%08x", c));
                }
            }
        }
    }

    /** Go {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        int type = Character.getType(c);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER
                || type >= Character.DASH_PUNCTUATION && type <= Character.FINAL_QUOTE_PUNCTUATION;
    }
}
