package io.pilothouse.model.validation.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.validation.BuiltInModel;

/** Each schema rule with an input it accepts and one it rejects, with the exact diagnostic. */
class SchemaChecksTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: %s
              labels:
                %s: "%s"
            spec:
              containers:
              - name: web
                image: nginx
                ports:
                - containerPort: %s
                  name: %s
                resources:
                  limits:
                    cpu: %s
            """;

    private static String pod(String name, String labelKey, String labelValue, String port, String portName,
            String cpu) {
        return POD.formatted(name, labelKey, labelValue, port, portName, cpu);
    }

    static Stream<Arguments> cases() {
        String valid = pod("web", "app", "web", "8080", "http", "500m");
        return Stream.of(
                Arguments.of("valid pod", valid, List.of()),
                Arguments.of("name not a subdomain", pod("Web", "app", "web", "8080", "http", "1"), List.of(
                        "4:9 ERROR K8S-SCHEMA-008 metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 "
                                + "subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
                                + "must start and end with an alphanumeric character (e.g. 'example.com', regex "
                                + "used for validation is "
                                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")),
                Arguments.of("label key prefix empty", pod("web", "/app", "web", "8080", "http", "1"), List.of(
                        "6:5 ERROR K8S-SCHEMA-010 metadata.labels: Invalid value: \"/app\": prefix part must be "
                                + "non-empty")),
                Arguments.of("label value too long", pod("web", "app", "a".repeat(64), "8080", "http", "1"),
                        List.of("6:10 ERROR K8S-SCHEMA-010 metadata.labels: Invalid value: \"" + "a".repeat(64)
                                + "\": must be no more than 63 characters")),
                Arguments.of("container port out of range", pod("web", "app", "web", "0", "http", "1"), List.of(
                        "12:22 ERROR K8S-SCHEMA-012 spec.containers[0].ports[0].containerPort: Required value")),
                Arguments.of("port name too long", pod("web", "app", "web", "80", "a-very-long-port-name", "1"),
                        List.of("13:13 ERROR K8S-SCHEMA-012 spec.containers[0].ports[0].name: Invalid value: "
                                + "\"a-very-long-port-name\": must be no more than 15 characters")),
                Arguments.of("port name without letter", pod("web", "app", "web", "80", "\"8080\"", "1"),
                        List.of("13:13 ERROR K8S-SCHEMA-012 spec.containers[0].ports[0].name: Invalid value: "
                                + "\"8080\": must contain at least one letter (a-z)")),
                Arguments.of("negative quantity", pod("web", "app", "web", "80", "http", "\"-1\""), List.of(
                        "16:14 ERROR K8S-SCHEMA-013 spec.containers[0].resources.limits[cpu]: Invalid value: "
                                + "\"-1\": must be greater than or equal to 0")),
                Arguments.of("required container list", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          restartPolicy: Always
                        """, List.of("6:3 ERROR K8S-SCHEMA-002 spec.containers: Required value")),
                Arguments.of("name or generateName", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          labels: {a: b}
                        """, List.of("4:3 ERROR K8S-SCHEMA-008 metadata.name: Required value: name or generateName"
                        + " is required")),
                Arguments.of("service name is a DNS-1035 label", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: 1web
                        spec:
                          clusterIP: None
                        """, List.of("4:9 ERROR K8S-SCHEMA-008 metadata.name: Invalid value: \"1web\": a DNS-1035 "
                        + "label must consist of lower case alphanumeric characters or '-', start with an "
                        + "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or "
                        + "'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")),
                Arguments.of("role names are path segments", """
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: Role
                        metadata:
                          name: system:Reader/x
                        """, List.of("4:9 ERROR K8S-SCHEMA-008 metadata.name: Invalid value: \"system:Reader/x\": "
                        + "may not contain '/'")),
                Arguments.of("namespace is a DNS label", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: web
                          namespace: Team.A
                        """, List.of("5:14 ERROR K8S-SCHEMA-009 metadata.namespace: Invalid value: \"Team.A\": a "
                        + "lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and "
                        + "must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex "
                        + "used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")),
                Arguments.of("annotation key", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: web
                          annotations:
                            a/b/c: x
                        """, List.of("6:5 ERROR K8S-SCHEMA-011 metadata.annotations: Invalid value: \"a/b/c\": a "
                        + "qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start "
                        + "and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
                        + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an "
                        + "optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")),
                Arguments.of("cron job name length", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: %s
                        spec:
                          schedule: "@daily"
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  restartPolicy: Never
                                  containers: [{name: x, image: "y:1"}]
                        """.formatted("c".repeat(53)), List.of("4:9 ERROR K8S-SCHEMA-008 metadata.name: Invalid "
                        + "value: \"" + "c".repeat(53) + "\": must be no more than 52 characters")),
                Arguments.of("gateway enum, pattern and length", """
                        apiVersion: gateway.networking.k8s.io/v1
                        kind: HTTPRoute
                        metadata:
                          name: web
                        spec:
                          hostnames: ["Web.Example.com"]
                        """, List.of("6:14 ERROR K8S-SCHEMA-005 spec.hostnames[0]: Invalid value: "
                        + "\"Web.Example.com\": spec.hostnames[0] in body should match "
                        + "'^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports(String name, String yaml, List<String> expected) {
        assertEquals(expected, BuiltInModel.findings(yaml, new SchemaChecks()));
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of(
                Arguments.of("string", """
                        apiVersion: v1
                        kind: ConfigMap
                        data: {}
                        metadata:
                          name: web
                          ownerReferences:
                            - apiVersion: apps/v1
                              kind: Deployment
                              uid: d4c1
                        """, """
                        [Add required field name]
                        apiVersion: v1
                        kind: ConfigMap
                        data: {}
                        metadata:
                          name: web
                          ownerReferences:
                            - apiVersion: apps/v1
                              kind: Deployment
                              uid: d4c1
                              name: ""
                        """),
                Arguments.of("list", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          hostname: web
                        """, """
                        [Add required field containers]
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          hostname: web
                          containers: []
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void addsAMissingRequiredFieldWithAnEmptyValue(String name, String yaml, String expected) {
        assertEquals(expected, BuiltInModel.fixed(yaml, SchemaRules.REQUIRED.code(), new SchemaChecks()));
    }
}
