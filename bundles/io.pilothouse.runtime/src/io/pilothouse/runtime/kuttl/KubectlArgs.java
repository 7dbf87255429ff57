package io.pilothouse.runtime.kuttl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words of a kubectl command line: its arguments in order and its flags by long name. A flag is written
 * {@code --name=value}, {@code --name value}, or with its one-letter alias ({@code -n value}, {@code -p=value}); a
 * boolean flag stands alone or takes {@code =true} or {@code =false}.
 *
 * @param arguments the words that are not flags, in order
 * @param flags     the flags given, by long name; a boolean flag's value is {@code true} or {@code false}
 */
record KubectlArgs(List<String> arguments, Map<String, String> flags) {

    private static final Map<String, String> ALIASES = Map.of("n", "namespace", "p", "patch");

    /** A flag the command does not take, or a flag without its value. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Reads the words after the subcommand.
     *
     * @param booleans the boolean flags the command takes
     * @param valued   the flags with a value it takes
     * @throws UsageException for any other flag or a missing value
     */
    static KubectlArgs parse(List<String> words, Set<String> booleans, Set<String> valued) throws UsageException {
        List<String> arguments = new ArrayList<>();
        Map<String, String> flags = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("-") || word.equals("-")) {
                arguments.add(word);
                continue;
            }
            String body = word.startsWith("--") ? word.substring(2) : word.substring(1);
            int equals = body.indexOf('=');
            String name = equals < 0 ? body : body.substring(0, equals);
            name = word.startsWith("--") ? name : ALIASES.getOrDefault(name, "-" + name);
            if (booleans.contains(name)) {
                String value = equals < 0 ? "true" : body.substring(equals + 1);
                if (!value.equals("true") && !value.equals("false")) {
                    throw new UsageException("invalid argument \"" + value + "\" for \"" + word + "\" flag");
                }
                flags.put(name, value);
            } else if (valued.contains(name)) {
                if (equals < 0 && i + 1 == words.size()) {
                    throw new UsageException("flag needs an argument: " + word);
                }
                flags.put(name, equals < 0 ? words.get(++i) : body.substring(equals + 1));
            } else {
                throw new UsageException("unsupported flag " + word);
            }
        }
        return new KubectlArgs(arguments, flags);
    }

    /** Whether a boolean flag is set. */
    boolean isSet(String flag) {
        return "true".equals(flags.get(flag));
    }

    /**
     * Splits a command line into words as a POSIX shell does: blanks separate words, single quotes keep everything,
     * double quotes keep everything but a backslash before {@code "}, {@code \}, or {@code $}; a backslash outside
     * quotes keeps the next character. {@code $NAMESPACE} and {@code ${NAMESPACE}} outside single quotes become the
     * namespace.
     *
     * @throws UsageException for an unterminated quote
     */
    static List<String> split(String line, String namespace) throws UsageException {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '$' && namespaceAt(line, i) > 0) {
                int length = namespaceAt(line, i);
                word = word == null ? new StringBuilder() : word;
                word.append(namespace);
                i += length - 1;
                continue;
            }
            if (c == '\\' && i + 1 < line.length()
                    && (quote == 0 || "\"\\$".indexOf(line.charAt(i + 1)) >= 0)) {
                word = word == null ? new StringBuilder() : word;
                word.append(line.charAt(++i));
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new UsageException("unterminated " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** The length of {@code $NAMESPACE} or {@code ${NAMESPACE}} at a position, 0 when neither is there. */
    private static int namespaceAt(String line, int position) {
        for (String variable : List.of("${NAMESPACE}", "$NAMESPACE")) {
            int end = position + variable.length();
            if (line.startsWith(variable, position)
                    && (variable.endsWith("}") || end == line.length() || !isNameChar(line.charAt(end)))) {
                return variable.length();
            }
        }
        return 0;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
