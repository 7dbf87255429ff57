package io.pilothouse.model.validation.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrdValidatorTest {

    private static final CrdValidator VALIDATOR = new CrdValidator(
            CrdRegistry.of(CrdFixtures.fixture("widgets-crd.yaml")));

    private static final String RULES_SKIPPED = "\n1:1 K8S-CRD-011 <nil>: Invalid value: null: some validation rules "
            + "were not checked because the object was invalid; correct the existing errors to complete validation";

    private static String widget(String spec) {
        return "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n"
                + (spec.startsWith("size:") ? "" : "  size: 3\n") + spec.indent(2);
    }

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("size: 3 is valid", "", ""),
                Arguments.of("type", "name: 5", "7:9 K8S-CRD-003 spec.name: Invalid value: \"integer\": "
                        + "spec.name in body"
                        + " must be of type string: \"integer\"" + RULES_SKIPPED),
                Arguments.of("null is not a string", "name: null", "7:9 K8S-CRD-003 spec.name: Invalid value: "
                        + "\"null\": "
                        + "spec.name in body must be of type string: \"null\"" + RULES_SKIPPED),
                Arguments.of("nullable", "note: null", ""),
                Arguments.of("enum", "mode: x", "7:9 K8S-CRD-005 spec.mode: Unsupported value: \"x\": supported "
                        + "values: "
                        + "\"a\", \"b\"" + RULES_SKIPPED),
                Arguments.of("minLength", "name: a", "7:9 K8S-CRD-006 spec.name: Invalid value: \"a\": spec.name "
                        + "in body "
                        + "should be at least 2 chars long"),
                Arguments.of("maxLength counts code points", "name: ééééééééé", "7:9 K8S-CRD-006 spec.name: Too long: "
                        + "may not be more than 8 bytes\n7:9 K8S-CRD-006 spec.name: Invalid value: \"ééééééééé\": "
                        + "spec.name in body should match '^[a-z]+$'" + RULES_SKIPPED),
                Arguments.of("pattern", "name: Ab", "7:9 K8S-CRD-006 spec.name: Invalid value: \"Ab\": spec.name "
                        + "in body "
                        + "should match '^[a-z]+$'"),
                Arguments.of("maximum", "step: 15\nratio: 1.5", "8:10 K8S-CRD-006 spec.ratio: Invalid value: 1.5: "
                        + "spec.ratio in body should be less than 1.5"),
                Arguments.of("multipleOf", "step: 7", "7:9 K8S-CRD-006 spec.step: Invalid value: 7: spec.step in body "
                        + "should be a multiple of 5"),
                Arguments.of("maxItems", "tags: [a, b, c, d]", "7:9 K8S-CRD-006 spec.tags: Too many: 4: must have at "
                        + "most 3 items" + RULES_SKIPPED),
                Arguments.of("minItems", "tags: []", "7:9 K8S-CRD-006 spec.tags: Invalid value: 0: spec.tags in body "
                        + "should have at least 1 items"),
                Arguments.of("list-type set", "tags: [a, b, a]", "7:16 K8S-CRD-007 spec.tags[2]: Duplicate "
                        + "value: \"a\""),
                Arguments.of("list-type map", "ports:\n- name: a\n- {name: a, port: 2}",
                        "9:5 K8S-CRD-007 spec.ports[1]: Duplicate value: {\"name\":\"a\"}"),
                Arguments.of("required in list item", "ports:\n- port: 1", "8:5 K8S-CRD-004 spec.ports[0].name: "
                        + "Required value" + RULES_SKIPPED),
                Arguments.of("maxProperties", "labels: {a: x, b: w, c: z}", "7:11 K8S-CRD-006 spec.labels: Too "
                        + "many: 3: "
                        + "must have at most 2 items" + RULES_SKIPPED),
                Arguments.of("additionalProperties", "labels: {a: 1}", "7:15 K8S-CRD-003 spec.labels.a: Invalid value: "
                        + "\"integer\": spec.labels.a in body must be of type string: \"integer\"" + RULES_SKIPPED),
                Arguments.of("date-time", "when: yesterday", "7:9 K8S-CRD-003 spec.when: Invalid value: \"yesterday\": "
                        + "spec.when in body must be of type date-time: \"yesterday\"" + RULES_SKIPPED),
                Arguments.of("uuid", "id: 123e4567-e89b-12d3-a456-426614174000", ""),
                Arguments.of("int-or-string", "port: 80", ""),
                Arguments.of("int-or-string type", "port: true", "7:9 K8S-CRD-003 spec.port: Invalid value: "
                        + "\"boolean\": "
                        + "spec.port in body must be of type integer: \"boolean\"\n7:9 K8S-CRD-003 spec.port: Invalid "
                        + "value: \"boolean\": spec.port in body must be of type string: \"boolean\"" + RULES_SKIPPED),
                Arguments.of("unknown field", "colour: red", "7:3 K8S-CRD-002 unknown field \"spec.colour\""),
                Arguments.of("preserve unknown fields", "extra: {any: [1, 2]}", ""),
                Arguments.of("embedded resource", "template: {metadata: {name: x}}", "7:13 K8S-CRD-008 "
                        + "spec.template.kind: Required value: must not be empty\n7:13 K8S-CRD-008 "
                        + "spec.template.apiVersion: Required value: must not be empty" + RULES_SKIPPED),
                Arguments.of("rule with fieldPath", "min: 5\nmax: 2", "7:8 K8S-CRD-009 spec.min: Invalid value: "
                        + "\"object\": min must not exceed max"),
                Arguments.of("all rules pass", "max: 9\nstep: 5\nmin: 1\nname: ab\nmode: a\nlevel: 1\ncount: 1",
                        ""),
                Arguments.of("default applied before rules", "path: {type: Exact, value: x}", "7:9 K8S-CRD-009 "
                        + "spec.path: "
                        + "Invalid value: \"object\": value must start with '/' when type is Exact"),
                Arguments.of("defaulted path is valid", "path: {value: x}", ""),
                Arguments.of("unsupported function", "memory: 2Gi", "7:11 K8S-CRD-010 spec.memory: rule not evaluated: "
                        + "quantity(self).isGreaterThan(quantity('1Gi')): undeclared reference to 'quantity' "
                        + "(in container '')"),
                Arguments.of("isIP", "hosts: [example.com, 10.0.0.1]", "7:10 K8S-CRD-009 spec.hosts: Invalid value: "
                        + "\"array\": hosts cannot contain an IP"),
                Arguments.of("reason", "level: -1", "7:10 K8S-CRD-009 spec.level: Forbidden: must not be negative"),
                Arguments.of("messageExpression", "count: 120", "7:10 K8S-CRD-009 spec.count: Invalid value: "
                        + "\"integer\": count 120 exceeds 99"),
                Arguments.of("escaped property names", "selector: {namespace: ns}", "7:13 K8S-CRD-009 spec.selector: "
                        + "Invalid value: \"object\": namespace and match-labels go together"),
                Arguments.of("escaped property names pass", "selector: {namespace: ns, match-labels: l}", ""),
                Arguments.of("blocking errors skip rules", "mode: c\nmin: 5\nmax: 2", "7:9 K8S-CRD-005 spec.mode: "
                        + "Unsupported value: \"c\": supported values: \"a\", \"b\"" + RULES_SKIPPED),
                Arguments.of("maximum of an integer", "size: 30", "6:9 K8S-CRD-006 spec.size: Invalid value: 30: "
                        + "spec.size in body should be less than or equal to 10"),
                Arguments.of("rule without message", "size: 7", "6:3 K8S-CRD-009 spec: Invalid value: \"object\": "
                        + "failed rule: self.size != 7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void validatesSpec(String description, String spec, String expected) {
        assertEquals(expected, CrdFixtures.render(VALIDATOR.validate(CrdFixtures.document(widget(spec)))));
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("apiVersion: example.com/v1alpha1\nkind: Widget\nmetadata: {name: w}\n",
                        "1:13 K8S-CRD-001 no matches for kind \"Widget\" in version \"example.com/v1alpha1\""),
                Arguments.of("apiVersion: example.com/v9\nkind: Widget\nmetadata: {name: w}\n",
                        "1:13 K8S-CRD-001 no matches for kind \"Widget\" in version \"example.com/v9\""),
                Arguments.of("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: W_1}\nspec: {size: 1}\n",
                        "3:18 K8S-CRD-008 metadata.name: Invalid value: \"W_1\": a lowercase RFC 1123 subdomain must "
                                + "consist of lower case alphanumeric characters, '-' or '.', and must start and end with an "
                                + "alphanumeric character (e.g. 'example.com', regex used for validation is "
                                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"),
                Arguments.of("apiVersion: example.com/v1\nkind: Widget\nmetadata: {labels: {a: b}, team: x}\n"
                        + "spec: {size: 1}\n",
                        "3:28 K8S-CRD-002 unknown field \"metadata.team\"\n"
                                + "3:11 K8S-CRD-008 metadata.name: Required value: name or generateName is required"
                                + RULES_SKIPPED),
                Arguments.of("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n",
                        ""));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void validatesDocument(String text, String expected) {
        assertEquals(expected, CrdFixtures.render(VALIDATOR.validate(CrdFixtures.document(text))));
    }

    @Test
    void knowsTheKindsOfTheDefinitions() {
        assertTrue(VALIDATOR.knows("example.com/v1", "Widget"));
        assertTrue(VALIDATOR.knows("example.com/v1alpha1", "Widget"));
        assertFalse(VALIDATOR.knows("example.com/v1", "Gadget"));
        assertFalse(VALIDATOR.knows("v1", "Widget"));
    }

    @Test
    void ignoresOtherKinds() {
        assertEquals("", CrdFixtures.render(VALIDATOR.validate(
                CrdFixtures.document("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"))));
    }
}
