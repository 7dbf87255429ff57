package io.pilothouse.lang.binding;

/**
 * Expands tag handles to full tags: {@code !!x} to {@code tag:yaml.org,2002:x}, {@code !<x>} to {@code x}, and
 * {@code !x} stays local. kubectl cuts a stream at every {@code ---} line before parsing, so a {@code %TAG}
 * directive never reaches the document after it, and a named handle ({@code !e!x}) is always undefined: the
 * resolver reports it as kubectl's parser does.
 */
final class TagResolver {

    private static final String STANDARD_PREFIX = "tag:yaml.org,2002:";

    /** @return the full tag of a tag token, or {@code null} when its named handle is undefined */
    static String resolve(String token) {
        if (token.startsWith("!<") && token.endsWith(">")) {
            return token.substring(2, token.length() - 1);
        }
        if (token.startsWith("!!")) {
            return STANDARD_PREFIX + token.substring(2);
        }
        int second = token.indexOf('!', 1);
        return second < 0 ? token : null;
    }

    /** @return the named handle of a tag token ({@code !e!} of {@code !e!thing}) */
    static String handle(String token) {
        return token.substring(0, token.indexOf('!', 1) + 1);
    }
}
