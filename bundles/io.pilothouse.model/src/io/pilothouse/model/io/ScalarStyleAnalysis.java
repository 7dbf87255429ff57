package io.pilothouse.model.io;

/**
 * Which YAML styles can hold a string, following go-yaml v2's emitter analysis (with Unicode output on): leading or
 * trailing blanks, line breaks, indicator characters and non-printable characters rule styles out.
 */
record ScalarStyleAnalysis(boolean multiline, boolean blockPlainAllowed, boolean singleQuotedAllowed,
        boolean blockAllowed) {

    static ScalarStyleAnalysis of(String value) {
        if (value.isEmpty()) {
            return new ScalarStyleAnalysis(false, true, true, false);
        }
        boolean blockIndicators = value.startsWith("---") || value.startsWith("...");
        boolean lineBreaks = false;
        boolean special = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean precededByWhitespace = true;
        boolean previousSpace = false;
        boolean previousBreak = false;
        int n = value.length();
        for (int i = 0; i < n;) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean followedByWhitespace = next >= n || isBlank(value.codePointAt(next))
                    || isBreak(value.codePointAt(next));
            if (i == 0) {
                blockIndicators |= "#,[]{}&*!|>'\"%@`".indexOf(c) >= 0
                        || (c == '?' || c == ':' || c == '-') && followedByWhitespace;
            } else {
                blockIndicators |= c == ':' && followedByWhitespace || c == '#' && precededByWhitespace;
            }
            if (!isPrintable(c)) {
                special = true;
            }
            if (c == ' ') {
                leadingSpace |= i == 0;
                trailingSpace |= next == n;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= next == n;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlank(c) || isBreak(c);
            i = next;
        }
        boolean blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace
                || spaceBreak || special || lineBreaks || blockIndicators);
        boolean single = !(breakSpace || spaceBreak || special);
        boolean block = !(trailingSpace || spaceBreak || special);
        return new ScalarStyleAnalysis(lineBreaks, blockPlain, single, block);
    }

    /** go-yaml's printable set: 3-byte UTF-8 at most, so characters beyond the BMP are escaped. */
    static boolean isPrintable(int c) {
        return c == 0x0A || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    static boolean isBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }
}
