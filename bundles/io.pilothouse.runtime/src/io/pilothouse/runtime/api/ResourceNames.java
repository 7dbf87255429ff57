package io.pilothouse.runtime.api;

import java.util.Locale;
import java.util.Map;

/**
 * The resource name (lowercase plural) of a kind.
 * <p>
 * The model carries no plural, so this applies a rule close to the one upstream uses to guess one
 * ({@code meta.UnsafeGuessKindToResource}): lower-case the kind, then a final {@code s} takes {@code es}, a final
 * {@code y} after a consonant becomes {@code ies} (upstream's guess also turns {@code Gateway} into
 * {@code gatewaies}; the CRD says {@code gateways}), anything else takes {@code s}. Checked against the list paths of
 * the v1.36 OpenAPI document and the plurals of the Gateway API CRDs, the rule fails for {@code Endpoints} only,
 * which the exceptions table holds.
 */
public final class ResourceNames {

    private static final Map<GroupKind, String> EXCEPTIONS = Map.of(new GroupKind("", "Endpoints"), "endpoints");

    private ResourceNames() {}

    /** The resource of a kind: {@code Pod} → {@code pods}, {@code NetworkPolicy} → {@code networkpolicies}. */
    public static GroupResource of(GroupKind groupKind) {
        String exception = EXCEPTIONS.get(groupKind);
        return new GroupResource(groupKind.group(), exception != null ? exception : plural(groupKind.kind()));
    }

    private static String plural(String kind) {
        String singular = kind.toLowerCase(Locale.ROOT);
        if (singular.endsWith("s")) {
            return singular + "es";
        }
        if (singular.length() > 1 && singular.endsWith("y") && !isVowel(singular.charAt(singular.length() - 2))) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        return singular + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
