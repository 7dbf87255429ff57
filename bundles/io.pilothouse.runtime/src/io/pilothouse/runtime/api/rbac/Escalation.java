package io.pilothouse.runtime.api.rbac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Upstream's {@code ConfirmNoEscalation}: a user may only grant the rules it holds. The missing rules are broken
 * down to single permissions, compacted (the verbs of one group, resource and name merged) and listed sorted.
 */
final class Escalation {

    private Escalation() {}

    /**
     * The reason a user may not grant rules it does not hold, or {@code null} when it holds them all.
     *
     * @param held the rules the user holds, with the errors met resolving them
     */
    static String missing(UserInfo user, RuleResolver.Resolved held, List<Rule> granted) {
        List<Rule> uncovered = new ArrayList<>();
        for (Rule rule : granted) {
            for (Rule single : rule.breakdown()) {
                if (held.rules().stream().noneMatch(owner -> owner.covers(single))) {
                    uncovered.add(single);
                }
            }
        }
        if (uncovered.isEmpty()) {
            return null;
        }
        TreeSet<String> descriptions = new TreeSet<>();
        compact(uncovered).forEach(rule -> descriptions.add(rule.compactString()));
        String message = "user " + Rule.quote(user.name()) + " (groups=" + Rule.quoted(user.groups())
                + ") is attempting to grant RBAC permissions not currently held:\n" + String.join("\n", descriptions);
        if (!held.errors().isEmpty()) {
            message += "; resolution errors: [" + String.join(" ", held.errors()) + "]";
        }
        return message;
    }

    /** Merges the verbs of single-permission rules on the same group, resource and name, in order. */
    private static List<Rule> compact(List<Rule> singles) {
        Map<List<List<String>>, List<String>> verbs = new LinkedHashMap<>();
        List<Rule> compacted = new ArrayList<>();
        for (Rule rule : singles) {
            if (rule.nonResourceURLs().isEmpty()) {
                verbs.computeIfAbsent(List.of(rule.apiGroups(), rule.resources(), rule.resourceNames()),
                        key -> new ArrayList<>()).addAll(rule.verbs());
            } else {
                compacted.add(rule);
            }
        }
        verbs.forEach((key, merged) -> compacted.add(new Rule(key.get(0), key.get(1), key.get(2), List.of(), merged)));
        return compacted;
    }
}
