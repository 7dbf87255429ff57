package io.pilothouse.lang.binding;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated corpus of YAML that parsers get wrong: every scalar form in every place a value can be, and whole
 * documents with the rarer features. Each case is a complete YAML stream.
 */
final class TrickyYaml {

    /** Values written the ways YAML allows, each on one or more lines; "%I" is the indentation of a continuation. */
    static final List<String> VALUES = List.of("nginx:1.27", "http://a#b", "a #comment", "'it''s'", "\"tab\\there\"",
            "\"\\u00e9\\x41\\\\ \\\" \\/\"", "yes", "No", "on", "~", "null", "0x1F", "0o17", "017", "1_000", "1:20:30",
            "-.5", ".inf", "-.Inf", ".NaN", "1e3", "+12", "2026-11-24", "2026-11-24T10:00:00Z", "true", "'true'",
            "\"123\"", "-dash", ":colon", "?question", "a: b c", "plain%Icontinued%I  again", "'single%I  folded'",
            "\"double%I  folded\\%I  escaped\"", "'keep%I%I  empty lines'", "|%I  literal%I  text%I",
            "|-%I  stripped%I", "|+%I  kept%I%I", ">%I  folded%I  text%I%I  para%I", ">-%I  a%I    more%I  b%I",
            "|2%I    indented%I   by two%I", "[a, b, [c, d]]", "{a: 1, b: [x, y]}", "[]", "{}", "[a, {b: c}, 'q']",
            "{\"json\": \"style\", \"n\": 1}", "&anchor value", "!!str 123", "!!int \"42\"", "! plain", "\"\"", "''",
            "a\\b", "x # comment", "'#not comment'", "*not-an-alias-start", "\"line\\nbreak\"");

    private TrickyYaml() {}

    /** @return every value in every context */
    static List<String> cases() {
        List<String> cases = new ArrayList<>();
        for (String value : VALUES) {
            if (value.startsWith("*")) {
                continue;
            }
            cases.add("key: " + indent(value, "  ") + "\n");
            cases.add("outer:\n  inner: " + indent(value, "    ") + "\n  next: 1\n");
            cases.add("- " + indent(value, "  ") + "\n- second\n");
            cases.add("list:\n- name: " + indent(value, "    ") + "\n  other: x\n- " + indent(value, "  ") + "\n");
            cases.add("m:\n  - " + indent(value, "    ") + "\n  -   " + indent(value, "      ") + "\n");
            if (!value.startsWith("|") && !value.startsWith(">")) {
                cases.add("flow: [" + value.replace("%I", "\n  ") + ", 2]\n");
                cases.add("flow: {k: " + value.replace("%I", "\n  ") + ", z: 2}\n");
                cases.add(value.replace("%I", "\n ") + "\n");
            }
        }
        cases.addAll(DOCUMENTS);
        return cases;
    }

    private static String indent(String value, String indentation) {
        return value.replace("%I", "\n" + indentation);
    }

    static final List<String> DOCUMENTS = List.of(
            "a: 1\n---\nb: 2\n...\n---\nc: 3\n",
            "---\n# only a comment\n---\nx: y\n",
            "%YAML 1.1\n---\nv: 1\n",
            "%TAG !e! tag:example.com,2000:\n--- !e!thing\nk: v\n",
            "k: !e!local value\n",
            "? [complex]\n: key\n",
            "m:\n  ? a\n  : 1\n  ? b\n  c: 2\n",
            "flow: {? a : 1, ? b}\n",
            "\uFEFFapiVersion: v1\nkind: ConfigMap\n",
            "apiVersion: v1\r\nkind: ConfigMap\r\ndata:\r\n  a: |\r\n    x\r\n    y\r\n",
            "base: &base\n  cpu: 1\n  memory: 2Gi\nderived:\n  <<: *base\n  cpu: 2\n",
            "a: &x [1, 2]\nb: *x\nc: &y {k: v}\nd: *y\n",
            "multi: [1, 2, *x]\n",
            "- &a 1\n- *a\n- [*a, *a]\n",
            "merge:\n  <<: [{a: 1}, {b: 2}]\n  c: 3\n",
            "key:    \n  # comment\n  nested: 1\n",
            "seq:\n- a\n-\n- - nested\n  - seq\n- k: v\n  k2: v2\n",
            "empty:\nnext: ~\n",
            "'quoted key': 1\n\"dq key\": 2\n? explicit\n? with value\n: v\n",
            "a:\n  b:\n    c:\n      d: deep\n  e: back\nf: top\n",
            "text: >\n  a\n  b\n\n  c\n   indented\n  d\n",
            "text: |\n\n\n  leading empty\n\n  trailing\n\n\n",
            "bad: 'unterminated\nnext: 1\n",
            "bad: [1, 2\nnext: 1\n",
            "\tkey: tab\n",
            "key: value\n  - not a sequence\n",
            "a: b: c\n",
            "dup: 1\ndup: 2\n",
            "--- |\n  top literal\n",
            "--- >-\n  folded\n  top\n",
            "---\n- a\n---\n- b\n",
            "x: 1 # trailing\n# full line\ny: 2\n",
            "url: http://example.com:8080/path?q=1#frag\n",
            "cmd: [\"sh\", \"-c\", \"echo hi; sleep 10\"]\n",
            "annotations:\n  a.b/c: \"true\"\n  d: 'yes'\n  e: yes\n",
            "ports:\n  - containerPort: 80\n    protocol: TCP\n  - {containerPort: 443, protocol: TCP}\n",
            "k: !!binary aGVsbG8=\n",
            "k: !!float 1\nj: !!bool yes\n",
            "k: @reserved\n",
            "k: `reserved\n",
            "items: [a,\n  b,\n  c]\n",
            "map: {a: 1,\n  b: 2}\n",
            "- - - deep\n    - x\n  - y\n- z\n",
            "k: v\n...\n",
            "1: one\n2.5: two\ntrue: three\n~: four\n");
}
