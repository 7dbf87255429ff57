package io.pilothouse.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.IdeProject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The proposals at a known cursor ({@code |}), through the language server's content assist service. */
class ManifestProposalsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
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
                    - name: web
                      image: nginx:1.27
                      ports:
                        - name: http
                          containerPort: 8080
            """;

    static Stream<Arguments> firstProposals() {
        return Stream.of(
                Arguments.of(DEPLOYMENT.replace("- name: web\n", "- |\n          name: web\n").replace(
                        "          image: nginx:1.27\n", ""), List.of("args", "command", "env", "envFrom", "image")),
                Arguments.of(DEPLOYMENT + "        - |", List.of("name", "args", "command", "env", "envFrom",
                        "image", "imagePullPolicy", "lifecycle")),
                Arguments.of(DEPLOYMENT + "          imagePullPolicy: |", List.of("Always", "IfNotPresent",
                        "Never")),
                Arguments.of(DEPLOYMENT + "          imagePullPolicy: If|", List.of("IfNotPresent")),
                Arguments.of(DEPLOYMENT + "          tty: |", List.of("true", "false")),
                Arguments.of(DEPLOYMENT + "          securityContext: {runAsNonRoot: |}", List.of("true", "false")),
                Arguments.of(DEPLOYMENT + "          resources: {limits: {}, req|}", List.of("requests")),
                Arguments.of(DEPLOYMENT.replace("  selector:", "  rep|\n  selector:"), List.of("replicas")),
                Arguments.of(DEPLOYMENT + "      restartPolicy: |", List.of("Always", "Never", "OnFailure")),
                Arguments.of(DEPLOYMENT + "          livenessProbe:\n            httpGet:\n              port: |",
                        List.of("http")),
                Arguments.of(DEPLOYMENT + "          livenessProbe:\n            grpc:\n              port: |",
                        List.of("8080")),
                Arguments.of("apiVersion: v1\nkind: Pod\nmetadata:\n  |", List.of("annotations", "creationTimestamp",
                        "deletionGracePeriodSeconds")),
                Arguments.of("apiVersion: v1\nkind: Service\nspec:\n  type: |", List.of("ClusterIP", "ExternalName",
                        "LoadBalancer", "NodePort")),
                Arguments.of("apiVersion: apps/v1\nkind: StatefulS|", List.of("StatefulSet (apps/v1)")),
                Arguments.of("kind: Deployment\napiVersion: |", List.of("apps/v1")));
    }

    @ParameterizedTest
    @MethodSource("firstProposals")
    void proposesInSchemaOrder(String marked, List<String> expected) {
        List<String> labels = Completion.labels(new IdeProject(), marked);
        assertEquals(expected, labels.subList(0, Math.min(expected.size(), labels.size())));
    }
}
