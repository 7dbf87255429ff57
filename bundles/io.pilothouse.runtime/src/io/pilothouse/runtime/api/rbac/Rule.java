package io.pilothouse.runtime.api.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.pilothouse.model.k8s.rbac.v1.PolicyRule;

/**
 * A policy rule as plain values, with upstream's matching ({@code RuleAllows}), covering ({@code ruleCovers}),
 * breakdown into single-permission rules and compact description.
 *
 * @param apiGroups       the API groups, {@code *} for all
 * @param resources       the resources, {@code *} for all, {@code pods/log} or {@code *&#47;scale} for subresources
 * @param resourceNames   the object names; empty for all
 * @param nonResourceURLs the URL paths, a trailing {@code *} matching any suffix
 * @param verbs           the verbs, {@code *} for all
 */
public record Rule(List<String> apiGroups, List<String> resources, List<String> resourceNames,
        List<String> nonResourceURLs, List<String> verbs) {

    static final String ALL = "*";

    /** The rule that covers everything: what {@code cluster-admin} holds. */
    static final List<Rule> FULL_AUTHORITY = List.of(
            new Rule(List.of(ALL), List.of(ALL), List.of(), List.of(), List.of(ALL)),
            new Rule(List.of(), List.of(), List.of(), List.of(ALL), List.of(ALL)));

    public Rule {
        apiGroups = List.copyOf(apiGroups);
        resources = List.copyOf(resources);
        resourceNames = List.copyOf(resourceNames);
        nonResourceURLs = List.copyOf(nonResourceURLs);
        verbs = List.copyOf(verbs);
    }

    /** The values of a model rule. */
    public static Rule of(PolicyRule rule) {
        return new Rule(rule.getApiGroups(), rule.getResources(), rule.getResourceNames(), rule.getNonResourceURLs(),
                rule.getVerbs());
    }

    /** Whether this rule allows a request. */
    public boolean allows(Attributes request) {
        if (!matches(verbs, request.verb())) {
            return false;
        }
        if (!request.resourceRequest()) {
            return nonResourceURLs.stream().anyMatch(url -> urlCovers(url, request.path()));
        }
        return matches(apiGroups, request.apiGroup()) && resourceMatches(request)
                && (resourceNames.isEmpty() || resourceNames.contains(request.name()));
    }

    /** Whether this rule grants everything a single-permission rule of {@link #breakdown()} grants. */
    boolean covers(Rule sub) {
        boolean names = sub.resourceNames.isEmpty()
                ? resourceNames.isEmpty()
                : resourceNames.isEmpty() || resourceNames.containsAll(sub.resourceNames);
        return (verbs.contains(ALL) || verbs.containsAll(sub.verbs))
                && (apiGroups.contains(ALL) || apiGroups.containsAll(sub.apiGroups))
                && resourcesCover(sub.resources) && names
                && sub.nonResourceURLs.stream().allMatch(path -> nonResourceURLs.stream()
                        .anyMatch(url -> urlCovers(url, path)));
    }

    /** This rule as rules of one verb on one group, resource and name, or one verb on one URL. */
    public List<Rule> breakdown() {
        List<Rule> rules = new ArrayList<>();
        for (String group : apiGroups) {
            for (String resource : resources) {
                for (String verb : verbs) {
                    if (resourceNames.isEmpty()) {
                        rules.add(new Rule(List.of(group), List.of(resource), List.of(), List.of(), List.of(verb)));
                    }
                    for (String name : resourceNames) {
                        rules.add(new Rule(List.of(group), List.of(resource), List.of(name), List.of(),
                                List.of(verb)));
                    }
                }
            }
        }
        for (String url : nonResourceURLs) {
            for (String verb : verbs) {
                rules.add(new Rule(List.of(), List.of(), List.of(), List.of(url), List.of(verb)));
            }
        }
        return rules;
    }

    /** Upstream's {@code CompactString}: {@code {APIGroups:[""], Resources:["pods"], Verbs:["get" "list"]}}. */
    String compactString() {
        List<String> parts = new ArrayList<>();
        part(parts, "APIGroups", apiGroups);
        part(parts, "Resources", resources);
        part(parts, "NonResourceURLs", nonResourceURLs);
        part(parts, "ResourceNames", resourceNames);
        part(parts, "Verbs", verbs);
        return "{" + String.join(", ", parts) + "}";
    }

    /** The Go {@code %q} form of a string slice: {@code ["a" "b"]}. */
    static String quoted(List<String> values) {
        return values.stream().map(Rule::quote).collect(Collectors.joining(" ", "[", "]"));
    }

    /** The Go {@code %q} form of a string without control characters. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void part(List<String> parts, String name, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + ":" + quoted(values));
        }
    }

    private boolean resourceMatches(Attributes request) {
        String subresource = request.subresource();
        String combined = subresource.isEmpty() ? request.resource() : request.resource() + "/" + subresource;
        return resources.stream().anyMatch(resource -> resource.equals(ALL) || resource.equals(combined)
                || !subresource.isEmpty() && resource.equals("*/" + subresource));
    }

    private boolean resourcesCover(List<String> wanted) {
        if (resources.contains(ALL)) {
            return true;
        }
        for (String path : wanted) {
            int slash = path.indexOf('/');
            if (!resources.contains(path) && (slash < 0 || !resources.contains("*/" + path.substring(slash + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(List<String> values, String value) {
        return values.contains(ALL) || values.contains(value);
    }

    private static boolean urlCovers(String url, String path) {
        return url.equals(ALL) || url.equals(path)
                || url.endsWith(ALL) && path.startsWith(url.replaceAll("\\*+$", ""));
    }
}
