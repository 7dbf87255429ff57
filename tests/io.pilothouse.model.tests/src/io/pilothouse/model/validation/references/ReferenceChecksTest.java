package io.pilothouse.model.validation.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.model.validation.BuiltInModel;
import io.pilothouse.model.validation.SetCheck;
import io.pilothouse.model.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture under {@code resources/validation/references} lists at its head the exact findings (code, target
 * field, message) of every reference check over its documents; documents without an expected finding are the
 * valid examples.
 */
class ReferenceChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"pods.yaml", "selectors.yaml", "routing.yaml", "classes.yaml"})
    void reportsExactlyTheExpectedFindings(String name) {
        var fixture = CheckHarness.fixture("references/" + name);
        var findings = CheckHarness.run(CheckHarness.manifests(List.of(CheckHarness.loader().load(fixture))),
                ReferenceChecks.all(), List.of());
        assertEquals(CheckHarness.expected(fixture), findings.stream().map(CheckHarness::describe).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/shop"})
    void theShopExampleHasNoBrokenReference(String example) {
        var findings = CheckHarness.run(CheckHarness.manifests(CheckHarness.loadTree(CheckHarness.REPO
                .resolve(example))), ReferenceChecks.all(), List.of());
        assertEquals(List.of(), findings.stream().map(CheckHarness::describe).toList());
    }

    private static final String WORKLOAD = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                    - name: app
                      image: nginx:1.27
            %s---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: other
              namespace: shop
            """;

    static Stream<Arguments> missingResources() {
        return Stream.of(
                Arguments.of(ReferenceRules.CONFIG_MAP.code(), """
                              volumes:
                                - name: config
                                  configMap:
                                    name: settings
                                    items:
                                      - key: app.properties
                                        path: app.properties
                                      - key: log.level
                                        path: log.level
                        """, """
                        [Create ConfigMap settings]
                        ---
                        apiVersion: v1
                        data:
                          app.properties: ""
                          log.level: ""
                        kind: ConfigMap
                        metadata:
                          name: settings
                          namespace: shop
                        """),
                Arguments.of(ReferenceRules.NOT_IN_FILES.code(), """
                                  env:
                                    - name: PASSWORD
                                      valueFrom:
                                        secretKeyRef:
                                          name: database
                                          key: password
                        """, """
                        [Create Secret database]
                        ---
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: database
                          namespace: shop
                        stringData:
                          password: ""
                        type: Opaque
                        """),
                Arguments.of(ReferenceRules.NOT_IN_FILES.code(), """
                              volumes:
                                - name: data
                                  persistentVolumeClaim:
                                    claimName: data
                        """, """
                        [Create PersistentVolumeClaim data]
                        ---
                        apiVersion: v1
                        kind: PersistentVolumeClaim
                        metadata:
                          name: data
                          namespace: shop
                        spec:
                          accessModes:
                          - ReadWriteOnce
                          resources:
                            requests:
                              storage: 1Gi
                        """));
    }

    /** The fix of a missing ConfigMap, Secret or claim adds it after the workload that refers to it. */
    @ParameterizedTest
    @MethodSource("missingResources")
    void createsAMissingResourceAfterItsWorkload(String code, String podSpec, String expected) {
        String yaml = WORKLOAD.formatted(podSpec);
        String fixed = BuiltInModel.fixed(yaml, code,
                Validator.builder().addSetChecks(ReferenceChecks.all().toArray(SetCheck[]::new)).build());
        String title = fixed.substring(0, fixed.indexOf('\n') + 1);
        String added = fixed.substring(title.length() + yaml.indexOf("---"));
        assertEquals(expected, title + added.substring(0, added.lastIndexOf("---\n")));
    }
}
