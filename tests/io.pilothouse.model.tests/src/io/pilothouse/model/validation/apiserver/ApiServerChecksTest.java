package io.pilothouse.model.validation.apiserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.validation.BuiltInModel;
import io.pilothouse.model.validation.Validator;

/** Each API-server rule with an input kube-apiserver accepts and one it rejects, with the exact diagnostic. */
class ApiServerChecksTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: %s
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: %s
                spec:
                  restartPolicy: %s
                  containers:
                  - name: web
                    image: nginx:1.27
            """;

    private static final String SELECTOR_INFO = "8:5 INFO K8S-API-024 spec.selector: field is immutable after "
            + "creation; changing it means deleting and recreating the Deployment";

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              volumes:
              - name: data
                emptyDir: {}
              containers:
              - name: web
                image: nginx:1.27
            %s""";

    private static final String NODE_PORTS = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: NodePort
              ports:
              - {name: http, port: 80, nodePort: %s}
              - {name: https, port: 443, nodePort: %s}
            """;

    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: once
            spec:
              activeDeadlineSeconds: %s
              ttlSecondsAfterFinished: %s
              backoffLimit: %s
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: x, image: "y:1"}]
            """;

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: %s
            spec:
              group: example.com
              names: {plural: widgets, kind: Widget}
              scope: Namespaced
            """;

    private static final String METRIC = """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              maxReplicas: 3
              metrics:
              - type: %s
                %s: {name: cpu, target: {type: Utilization, %s}}
            """;

    private static final String INGRESS_PATH = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            spec:
              rules:
              - http:
                  paths:
                  - path: %s
                    pathType: %s
                    backend: {service: {name: web, port: {number: 80}}}
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("valid deployment", DEPLOYMENT.formatted("2", "web", "Always"), List.of(SELECTOR_INFO)),
                Arguments.of("selector mismatch", DEPLOYMENT.formatted("2", "api", "Always"), List.of(SELECTOR_INFO,
                        "13:9 ERROR K8S-API-001 spec.template.metadata.labels: Invalid value: "
                                + "map[string]string{\"app\":\"api\"}: `selector` does not match template `labels`")),
                Arguments.of("restart policy", DEPLOYMENT.formatted("2", "web", "Never"), List.of(SELECTOR_INFO,
                        "15:22 ERROR K8S-API-014 spec.template.spec.restartPolicy: Unsupported value: \"Never\": "
                                + "supported values: \"Always\"")),
                Arguments.of("negative replicas", DEPLOYMENT.formatted("-1", "web", "Always"), List.of(
                        "6:13 ERROR K8S-API-023 spec.replicas: Invalid value: -1: must be greater than or equal to 0",
                        SELECTOR_INFO)),
                Arguments.of("valid pod", POD.formatted(""), List.of()),
                Arguments.of("duplicate container", POD.formatted("  - name: web\n    image: nginx:1.27\n"), List.of(
                        "12:11 ERROR K8S-API-003 spec.containers[1].name: Duplicate value: \"web\"")),
                Arguments.of("mount of undeclared volume", POD.formatted(
                        "    volumeMounts: [{name: cache, mountPath: /c}]\n"),
                        List.of(
                                "12:27 ERROR K8S-API-007 spec.containers[0].volumeMounts[0].name: Not found: \"cache\"")),
                Arguments.of("duplicate mount path", POD.formatted("    volumeMounts: [{name: data, mountPath: /d},"
                        + " {name: data, mountPath: /d}]\n"), List.of(
                                "12:73 ERROR K8S-API-008 "
                                        + "spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/d\": must be unique")),
                Arguments.of("duplicate port name", POD.formatted("    ports: [{containerPort: 80, name: http},"
                        + " {containerPort: 81, name: http}]\n"), List.of(
                                "12:72 ERROR K8S-API-004 "
                                        + "spec.containers[0].ports[1].name: Duplicate value: \"http\"")),
                Arguments.of("duplicate container port", POD.formatted("    ports: [{containerPort: 80},"
                        + " {containerPort: 80}]\n"), List.of(
                                "12:34 WARNING K8S-API-006 spec.containers[0].ports[1]:"
                                        + " duplicate port definition with spec.containers[0].ports[0]")),
                Arguments.of("probe names unknown port", POD.formatted("    readinessProbe: {httpGet: {port: http}}\n"),
                        List.of("12:38 WARNING K8S-API-011 spec.containers[0].readinessProbe.httpGet.port: Not found:"
                                + " \"http\": the container declares no port of that name")),
                Arguments.of("request above limit", POD.formatted("    resources: {requests: {memory: 2Gi},"
                        + " limits: {memory: 1Gi}}\n"), List.of(
                                "12:36 ERROR K8S-API-012 "
                                        + "spec.containers[0].resources.requests[memory]: Invalid value: \"2Gi\": must be less than or"
                                        + " equal to memory limit of 1Gi")),
                Arguments.of("extended resource request differs",
                        POD.formatted("    resources: {requests: {nvidia.com/gpu: 1},"
                                + " limits: {nvidia.com/gpu: 2}}\n"),
                        List.of("12:44 ERROR K8S-API-013 "
                                + "spec.containers[0].resources.requests[nvidia.com/gpu]: Invalid value: \"1\": must be equal"
                                + " to nvidia.com/gpu limit of 2")),
                Arguments.of("volume without source", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          volumes:
                          - name: data
                          containers:
                          - name: web
                            image: nginx:1.27
                        """, List.of("7:5 ERROR K8S-API-010 spec.volumes[0]: Required value: must specify a volume "
                        + "type")),
                Arguments.of("service", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: web
                        spec:
                          ports:
                          - {name: http, port: 80, targetPort: http}
                          - {name: http, port: 443, nodePort: 30443}
                        """, List.of("8:12 ERROR K8S-API-015 spec.ports[1].name: Duplicate value: \"http\"",
                        "8:39 ERROR K8S-API-016 spec.ports[1].nodePort: Forbidden: may not be used when `type` is "
                                + "'ClusterIP'")),
                Arguments.of("external name", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: web
                        spec:
                          type: ExternalName
                        """, List.of("6:3 ERROR K8S-API-016 spec.externalName: Required value")),
                Arguments.of("disruption budget", """
                        apiVersion: policy/v1
                        kind: PodDisruptionBudget
                        metadata:
                          name: web
                        spec:
                          minAvailable: 1
                          maxUnavailable: 120%
                        """, List.of("7:19 ERROR K8S-API-017 spec.maxUnavailable: Invalid value: \"120%\": must not be "
                        + "greater than 100%",
                        "7:19 ERROR K8S-API-017 spec: Invalid value: minAvailable and "
                                + "maxUnavailable cannot be both set")),
                Arguments.of("autoscaler", """
                        apiVersion: autoscaling/v2
                        kind: HorizontalPodAutoscaler
                        metadata:
                          name: web
                        spec:
                          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                          minReplicas: 5
                          maxReplicas: 3
                        """, List.of("7:16 ERROR K8S-API-018 spec.minReplicas: Invalid value: 5: must be less than or"
                        + " equal to maxReplicas")),
                Arguments.of("ingress", """
                        apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        metadata:
                          name: web
                        spec:
                          rules:
                          - http:
                              paths:
                              - path: api
                                pathType: Prefix
                                backend: {service: {name: web, port: {number: 80, name: http}}}
                        """, List.of("9:15 ERROR K8S-API-020 spec.rules[0].http.paths[0].path: Invalid value: \"api\":"
                        + " must be an absolute path",
                        "11:46 ERROR K8S-API-019 spec.rules[0].http.paths[0].backend:"
                                + " Invalid value: \"\": cannot set both port name & port number")),
                Arguments.of("cron job", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: report
                        spec:
                          schedule: "0 25 * * *"
                          timeZone: Mars/Base
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  restartPolicy: OnFailure
                                  containers: [{name: x, image: "y:1"}]
                        """, List.of("6:13 ERROR K8S-API-021 spec.schedule: Invalid value: \"0 25 * * *\": end of range"
                        + " (25) above maximum (23): 25",
                        "7:13 ERROR K8S-API-022 spec.timeZone: Invalid value: "
                                + "\"Mars/Base\": unknown time zone Mars/Base")),
                Arguments.of("valid node ports", NODE_PORTS.formatted("30080", "30443"), List.of()),
                Arguments.of("node port out of range", NODE_PORTS.formatted("80", "30443"), List.of(
                        "8:38 ERROR K8S-API-025 spec.ports[0].nodePort: Invalid value: 80: provided port is not in the"
                                + " valid range. The range of valid ports is 30000-32767")),
                Arguments.of("duplicate node port", NODE_PORTS.formatted("30080", "30080"), List.of(
                        "9:40 ERROR K8S-API-025 spec.ports[1].nodePort: Duplicate value: 30080")),
                Arguments.of("valid job deadlines", JOB.formatted("60", "0", "0"), List.of()),
                Arguments.of("negative job deadlines", JOB.formatted("-1", "-5", "-2"), List.of(
                        "6:26 ERROR K8S-API-023 spec.activeDeadlineSeconds: Invalid value: -1: must be greater than or"
                                + " equal to 0",
                        "7:28 ERROR K8S-API-023 spec.ttlSecondsAfterFinished: Invalid value: -5: must be greater than"
                                + " or equal to 0",
                        "8:17 ERROR K8S-API-023 spec.backoffLimit: Invalid value: -2: must be greater than or equal"
                                + " to 0")),
                Arguments.of("negative job deadlines in cron job", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: report
                        spec:
                          schedule: "0 1 * * *"
                          jobTemplate:
                            spec:
                              activeDeadlineSeconds: -1
                              template:
                                spec:
                                  restartPolicy: OnFailure
                                  containers: [{name: x, image: "y:1"}]
                        """, List.of("9:30 ERROR K8S-API-023 spec.jobTemplate.spec.activeDeadlineSeconds: Invalid"
                        + " value: -1: must be greater than or equal to 0")),
                Arguments.of("valid crd name", CRD.formatted("widgets.example.com"), List.of()),
                Arguments.of("crd name", CRD.formatted("widget.example.com"), List.of(
                        "4:9 ERROR K8S-API-026 metadata.name: Invalid value: \"widget.example.com\": must be"
                                + " spec.names.plural+\".\"+spec.group")),
                Arguments.of("valid metric", METRIC.formatted("Resource", "resource", "averageUtilization: 80"),
                        List.of()),
                Arguments.of("metric source mismatch", METRIC.formatted("Pods", "resource",
                        "averageUtilization: 80"),
                        List.of(
                                "9:11 ERROR K8S-API-027 spec.metrics[0].pods: Required value: must populate information for"
                                        + " the given metric source",
                                "10:15 ERROR K8S-API-027 spec.metrics[0].resource: Forbidden: must populate the given metric"
                                        + " source only")),
                Arguments.of("metric target", METRIC.formatted("Resource", "resource",
                        "averageUtilization: 0, averageValue: \"-1\""),
                        List.of(
                                "10:35 ERROR K8S-API-027 spec.metrics[0].resource.target.averageValue: Forbidden: may not set"
                                        + " both a target raw value and a target utilization",
                                "10:75 ERROR K8S-API-027 spec.metrics[0].resource.target.averageUtilization: Invalid value: 0:"
                                        + " must be greater than 0",
                                "10:92 ERROR K8S-API-027 spec.metrics[0].resource.target.averageValue: Invalid value: \"-1\":"
                                        + " must be positive")),
                Arguments.of("external metric target", """
                        apiVersion: autoscaling/v2
                        kind: HorizontalPodAutoscaler
                        metadata:
                          name: web
                        spec:
                          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                          maxReplicas: 3
                          metrics:
                          - type: External
                            external: {metric: {name: queue}, target: {type: Value}}
                        """, List.of("10:47 ERROR K8S-API-027 spec.metrics[0].external.target.averageValue: Required"
                        + " value: must set either a target value for metric or a per-pod target")),
                Arguments.of("exact path", INGRESS_PATH.formatted("/api", "Exact"), List.of()),
                Arguments.of("exact path not absolute", INGRESS_PATH.formatted("api", "Exact"), List.of(
                        "9:15 ERROR K8S-API-020 spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be an"
                                + " absolute path")),
                Arguments.of("valid huge pages", POD.formatted("    resources: {requests: {hugepages-2Mi: 100Mi,"
                        + " memory: 1Gi}, limits: {hugepages-2Mi: 100Mi, memory: 1Gi}}\n"), List.of()),
                Arguments.of("huge pages without memory", POD.formatted("    resources: {requests: {hugepages-2Mi:"
                        + " 50Mi}, limits: {hugepages-2Mi: 100Mi}}\n"), List.of(
                                "12:16 ERROR K8S-API-028 spec.containers[0].resources: Forbidden: HugePages require cpu or"
                                        + " memory",
                                "12:43 ERROR K8S-API-013 spec.containers[0].resources.requests[hugepages-2Mi]: Invalid value:"
                                        + " \"50Mi\": must be equal to hugepages-2Mi limit of 100Mi")),
                Arguments.of("job restart policy", """
                        apiVersion: batch/v1
                        kind: Job
                        metadata:
                          name: once
                        spec:
                          template:
                            spec:
                              containers: [{name: x, image: "y:1"}]
                        """, List.of("8:7 ERROR K8S-API-014 spec.template.spec.restartPolicy: Unsupported value: "
                        + "\"Always\": supported values: \"OnFailure\", \"Never\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports(String name, String yaml, List<String> expected) {
        assertEquals(expected, BuiltInModel.findings(yaml, new ApiServerChecks()));
    }

    static Stream<Arguments> selectorFixes() {
        return Stream.of(
                Arguments.of("matchLabels only", "matchLabels:\n      app: web", """
                        [Select the template's labels]
                          selector:
                            matchLabels:
                              app: api
                              tier: backend
                        """),
                Arguments.of("matchExpressions that the labels meet", """
                        matchLabels:
                              app: web
                            matchExpressions:
                            - {key: tier, operator: Exists}""", """
                        [Select the template's labels]
                          selector:
                            matchLabels:
                              app: api
                              tier: backend
                            matchExpressions:
                            - {key: tier, operator: Exists}
                        """));
    }

    /** The selector of a workload whose template labels it does not match is set to select those labels. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("selectorFixes")
    void alignsTheSelectorWithTheTemplateLabels(String name, String selector, String expected) {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector:
                    %s
                  template:
                    metadata:
                      labels:
                        app: api
                        tier: backend
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27
                """.formatted(selector);
        String fixed = BuiltInModel.fixed(yaml, ApiServerRules.SELECTOR_MISMATCH.code(), new ApiServerChecks());
        assertEquals(expected, fixed.substring(0, fixed.indexOf("  template:")).replace(yaml.substring(0,
                yaml.indexOf("  selector:")), ""));
    }

    @Test
    void offersNoFixWhenTheExpressionsExcludeTheLabels() {
        String yaml = DEPLOYMENT.formatted("2", "api", "Always").replace("      app: web\n",
                "      app: web\n    matchExpressions:\n    - {key: app, operator: NotIn, values: [api]}\n");
        assertEquals(List.of(false), Validator.builder().addResourceChecks(new ApiServerChecks()).build()
                .validate(List.of(BuiltInModel.load(yaml))).diagnostics().stream()
                .filter(diagnostic -> diagnostic.code().equals(ApiServerRules.SELECTOR_MISMATCH.code()))
                .map(diagnostic -> diagnostic.fix() != null).toList());
    }
}
