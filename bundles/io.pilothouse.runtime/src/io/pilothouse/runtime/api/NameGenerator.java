package io.pilothouse.runtime.api;

/**
 * Makes names from {@code metadata.generateName} as upstream's {@code names.SimpleNameGenerator} does: the prefix,
 * cut to 58 characters, and five characters of the alphabet {@value #ALPHABET}. Upstream draws the characters at
 * random; here they come from a counter mixed by SplitMix64, so the n-th generated name of a store is always the
 * same.
 */
final class NameGenerator {

    /** The characters of generated suffixes (no vowels, no look-alike digits). */
    static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private static final int SUFFIX_LENGTH = 5;
    private static final int MAX_PREFIX_LENGTH = 63 - SUFFIX_LENGTH;

    private long counter;

    String generate(String prefix) {
        String base = prefix.length() > MAX_PREFIX_LENGTH ? prefix.substring(0, MAX_PREFIX_LENGTH) : prefix;
        long bits = mix(++counter);
        StringBuilder name = new StringBuilder(base.length() + SUFFIX_LENGTH).append(base);
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            name.append(ALPHABET.charAt((int) Long.remainderUnsigned(bits, ALPHABET.length())));
            bits = Long.divideUnsigned(bits, ALPHABET.length());
        }
        return name.toString();
    }

    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
