package io.pilothouse.cli.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.cli.preview.TextTable;
import io.pilothouse.runtime.api.rbac.Rule;

/**
 * The table of {@code kubectl auth can-i --list}: the rules of a rules review broken down to one verb each, the verbs
 * of one group, resource and name merged again in order, sorted by their Go {@code PolicyRule.String()} form and
 * printed as Resources, Non-Resource URLs, Resource Names and Verbs, the columns as wide as their widest cell.
 */
final class AccessList {

    private static final List<String> HEADINGS = List.of("Resources", "Non-Resource URLs", "Resource Names",
            "Verbs");

    private AccessList() {}

    /** The table of a review. */
    static String of(List<Rule> review) {
        List<Rule> single = new ArrayList<>();
        review.forEach(rule -> single.addAll(rule.breakdown()));
        List<Rule> rules = compact(single);
        rules.sort(Comparator.comparing(AccessList::goString));
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Rule rule : rules) {
            rows.add(List.of(resource(rule), go(rule.nonResourceURLs()), go(rule.resourceNames()), go(rule.verbs())));
        }
        return TextTable.of(rows);
    }

    /** kubectl's {@code CompactRules}: rules of one group, resource and at most one name merge their verbs. */
    private static List<Rule> compact(List<Rule> rules) {
        List<Rule> compacted = new ArrayList<>();
        Map<List<String>, List<String>> simple = new LinkedHashMap<>();
        Map<List<String>, Rule> first = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.nonResourceURLs().isEmpty() && rule.apiGroups().size() == 1 && rule.resources().size() == 1
                    && rule.resourceNames().size() <= 1) {
                List<String> key = new ArrayList<>(List.of(rule.apiGroups().get(0), rule.resources().get(0)));
                key.addAll(rule.resourceNames());
                first.putIfAbsent(key, rule);
                simple.computeIfAbsent(key, k -> new ArrayList<>()).addAll(rule.verbs());
            } else {
                compacted.add(rule);
            }
        }
        first.forEach((key, rule) -> compacted.add(new Rule(rule.apiGroups(), rule.resources(),
                rule.resourceNames(), List.of(), simple.get(key))));
        return compacted;
    }

    /** kubectl's {@code CombineResourceGroup}: {@code deployments.apps/scale}. */
    private static String resource(Rule rule) {
        if (rule.resources().isEmpty()) {
            return "";
        }
        String[] parts = rule.resources().get(0).split("/", 2);
        String group = rule.apiGroups().isEmpty() ? "" : rule.apiGroups().get(0);
        return parts[0] + (group.isEmpty() ? "" : "." + group) + (parts.length == 2 ? "/" + parts[1] : "");
    }

    /** The generated Go {@code String()} of a {@code PolicyRule}, by which kubectl sorts. */
    private static String goString(Rule rule) {
        return "&PolicyRule{Verbs:" + go(rule.verbs()) + ",APIGroups:" + go(rule.apiGroups()) + ",Resources:"
                + go(rule.resources()) + ",ResourceNames:" + go(rule.resourceNames()) + ",NonResourceURLs:"
                + go(rule.nonResourceURLs()) + ",}";
    }

    /** Go's {@code %v} of a string slice: {@code [get list]}. */
    private static String go(List<String> values) {
        return "[" + String.join(" ", values) + "]";
    }
}
