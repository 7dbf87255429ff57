package io.pilothouse.model.generator;

import java.util.Locale;
import java.util.Set;

/**
 * The naming rules that turn OpenAPI names into Ecore names and documentation URL parts.
 */
final class Names {

    private static final Set<String> UNCHANGED_PLURALS = Set.of("ss", "us", "is");

    private static final Set<String> ES_PLURALS = Set.of("sses", "shes", "ches", "xes", "zes");

    private Names() {}

    /** {@code parentRefs} becomes {@code ParentRefs}; separators such as {@code -} and {@code $} are dropped. */
    static String upperCamel(String name) {
        String lower = featureName(name);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * The Ecore feature name of a JSON property: {@code $ref} becomes {@code ref},
     * {@code x-kubernetes-list-type} becomes {@code xKubernetesListType}.
     */
    static String featureName(String jsonName) {
        StringBuilder result = new StringBuilder();
        boolean upperNext = false;
        for (char c : jsonName.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_') {
                result.append(upperNext && result.length() > 0 ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        if (result.isEmpty() || Character.isDigit(result.charAt(0))) {
            result.insert(0, '_');
        }
        return result.toString();
    }

    /** {@code Rules} becomes {@code Rule}, {@code Policies} {@code Policy}, {@code Matches} {@code Match}. */
    static String singular(String plural) {
        String lower = plural.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && plural.length() > 3) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (ES_PLURALS.stream().anyMatch(lower::endsWith)) {
            return plural.substring(0, plural.length() - 2);
        }
        if (UNCHANGED_PLURALS.stream().anyMatch(lower::endsWith) || !lower.endsWith("s") || plural.length() < 2) {
            return plural;
        }
        return plural.substring(0, plural.length() - 1);
    }

    /** {@code APIService} becomes {@code api-service}, {@code CSIDriver} {@code csi-driver}. */
    static String kebab(String kind) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < kind.length(); i++) {
            char c = kind.charAt(i);
            boolean wordStart = i > 0 && Character.isUpperCase(c)
                    && (!Character.isUpperCase(kind.charAt(i - 1))
                            || i + 1 < kind.length() && Character.isLowerCase(kind.charAt(i + 1)));
            if (wordStart) {
                result.append('-');
            }
            result.append(Character.toLowerCase(c));
        }
        return result.toString();
    }
}
