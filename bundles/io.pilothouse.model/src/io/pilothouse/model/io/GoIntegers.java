package io.pilothouse.model.io;

/** Integer parsing with the rules of Go's {@code strconv}, without exceptions. */
final class GoIntegers {

    private static final long UINT64_MAX = -1L;

    private GoIntegers() {}

    /**
     * {@code strconv.ParseInt(s, 0, 64)}, falling back to {@code strconv.ParseUint(s, 0, 64)} as go-yaml v2 does:
     * optional sign, then {@code 0x}/{@code 0o}/{@code 0b} prefixes (either case), a leading {@code 0} for octal,
     * decimal otherwise.
     *
     * @return the value in decimal, or {@code null} if neither parse succeeds
     */
    static String parseBaseZero(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        boolean signed = first == '+' || first == '-';
        int start = signed ? 1 : 0;
        if (start == s.length()) {
            return null;
        }
        int base = 10;
        if (s.charAt(start) == '0') {
            char prefix = s.length() - start >= 3 ? Character.toLowerCase(s.charAt(start + 1)) : 0;
            switch (prefix) {
                case 'b' -> {
                    base = 2;
                    start += 2;
                }
                case 'o' -> {
                    base = 8;
                    start += 2;
                }
                case 'x' -> {
                    base = 16;
                    start += 2;
                }
                default -> {
                    base = 8;
                    start += 1;
                }
            }
        }
        long magnitude = 0;
        long cutoff = Long.divideUnsigned(UINT64_MAX, base) + 1;
        for (int i = start; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), base);
            if (digit < 0 || s.charAt(i) > 'z' || Long.compareUnsigned(magnitude, cutoff) >= 0) {
                return null;
            }
            long next = magnitude * base + digit;
            if (Long.compareUnsigned(next, magnitude * base) < 0) {
                return null;
            }
            magnitude = next;
        }
        if (!signed) {
            return Long.toUnsignedString(magnitude);
        }
        if (first == '-') {
            if (Long.compareUnsigned(magnitude, Long.MIN_VALUE) > 0) {
                return null;
            }
            return Long.toString(-magnitude);
        }
        return magnitude < 0 ? null : Long.toString(magnitude);
    }

    /**
     * Parses a JSON number literal as an integer the way Go's encoding/json fills an integer field.
     *
     * @return the value, or {@code null} if the literal is not an integer or not within [min, max]
     */
    static Long parseJsonInteger(String text, long min, long max) {
        int n = text.length();
        boolean negative = text.startsWith("-");
        int i = negative ? 1 : 0;
        if (i == n) {
            return null;
        }
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long limitBeforeDigit = limit / 10;
        long accumulated = 0;
        for (; i < n; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9 || accumulated < limitBeforeDigit) {
                return null;
            }
            accumulated *= 10;
            if (accumulated < limit + digit) {
                return null;
            }
            accumulated -= digit;
        }
        long value = negative ? accumulated : -accumulated;
        return value < min || value > max ? null : value;
    }
}
