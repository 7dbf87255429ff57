package io.pilothouse.model.io;

import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.types.Quantity;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Binding documents to EObjects reflectively through the OpenAPI annotations. */
class BindingTest {

    private static final ManifestLoader LOADER = new ManifestLoader(TestModel.REGISTRY);

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                app: web
                tier: "1"
            spec:
              containers:
              - name: nginx
                image: nginx:1.27
                args: [--port, "8080"]
                tty: yes
                ports:
                - containerPort: 8080
                env:
                - name: MODE
                  value: fast
                resources:
                  limits:
                    cpu: 500m
                    memory: 1
              terminationGracePeriodSeconds: 30
            """;

    private static EObject child(EObject object, String feature) {
        return (EObject) object.eGet(TestModel.feature(object.eClass(), feature));
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> children(EObject object, String feature) {
        return (List<EObject>) object.eGet(TestModel.feature(object.eClass(), feature));
    }

    private static Object value(EObject object, String feature) {
        return object.eGet(TestModel.feature(object.eClass(), feature));
    }

    @Test
    void bindsAPod() {
        LoadResult result = LOADER.loadText(POD, "pod.yaml");
        assertEquals(List.of(), result.diagnostics());
        EObject pod = result.objects().get(0);
        assertEquals(TestModel.POD, pod.eClass());
        assertEquals("v1", value(pod, "apiVersion"));
        assertEquals("web", value(child(pod, "metadata"), "name"));
        EMap<?, ?> labels = (EMap<?, ?>) value(child(pod, "metadata"), "labels");
        assertEquals(Map.of("app", "web", "tier", "1"), Map.copyOf(labels.map()));
        EObject container = children(child(pod, "spec"), "containers").get(0);
        assertEquals(List.of("--port", "8080"), value(container, "args"));
        assertEquals(Boolean.TRUE, value(container, "tty"));
        assertEquals(8080, value(children(container, "ports").get(0), "containerPort"));
        assertEquals(30L, value(child(pod, "spec"), "terminationGracePeriodSeconds"));
        EMap<?, ?> limits = (EMap<?, ?>) value(child(container, "resources"), "limits");
        assertInstanceOf(Quantity.class, limits.get("cpu"));
        assertEquals("500m", limits.get("cpu").toString());
        assertEquals("1", limits.get("memory").toString());
    }

    @Test
    void recordsSourceRangesOfObjectsFeaturesAndItems() {
        LoadResult result = LOADER.loadText(POD, "pod.yaml");
        SourceMap map = result.sourceMap();
        EObject pod = result.objects().get(0);
        EObject container = children(child(pod, "spec"), "containers").get(0);
        assertEquals("pod.yaml:1:1", map.rangeOf(pod).orElseThrow().toString());
        assertEquals("pod.yaml:10:5", map.rangeOf(container).orElseThrow().toString());
        assertEquals("pod.yaml:11:12", map.rangeOf(container, TestModel.feature(TestModel.CONTAINER, "image"))
                .orElseThrow().toString());
        assertEquals("pod.yaml:11:5", map.keyRangeOf(container, TestModel.feature(TestModel.CONTAINER, "image"))
                .orElseThrow().toString());
        assertEquals("pod.yaml:12:20", map.rangeOf(container, TestModel.feature(TestModel.CONTAINER, "args"), 1)
                .orElseThrow().toString());
        EObject metadata = child(pod, "metadata");
        assertEquals("pod.yaml:7:5", map.rangeOf(metadata, TestModel.feature(TestModel.OBJECT_META, "labels"), 1)
                .orElseThrow().toString());
        EObject tier = children(metadata, "labels").get(1);
        assertEquals("pod.yaml:7:11", map.rangeOf(tier, TestModel.feature(TestModel.STRING_MAP, "value"))
                .orElseThrow().toString());
        assertTrue(map.rangeOf(container, TestModel.feature(TestModel.CONTAINER, "env"), 5).isEmpty());
    }

    static Stream<Arguments> mismatches() {
        String container = "spec.containers[0].";
        return Stream.of(
                Arguments.of("env: [{name: A, value: true}]", 6, container + "env[0].value: cannot unmarshal bool"
                        + " into Go struct field EnvVar.value of type string"),
                Arguments.of("image: 1.5", 5, container + "image: cannot unmarshal number into Go struct field"
                        + " Container.image of type string"),
                Arguments.of("ports: [{containerPort: 80.5}]", 6, container + "ports[0].containerPort: cannot"
                        + " unmarshal number 80.5 into Go struct field ContainerPort.containerPort of type int32"),
                Arguments.of("ports: [{containerPort: 3000000000}]", 6, container + "ports[0].containerPort: cannot"
                        + " unmarshal number 3000000000 into Go struct field ContainerPort.containerPort"
                        + " of type int32"),
                Arguments.of("ports: [{containerPort: \"80\"}]", 6, container + "ports[0].containerPort: cannot"
                        + " unmarshal string into Go struct field ContainerPort.containerPort of type int32"),
                Arguments.of("args: {a: b}", 5, container + "args: cannot unmarshal object into Go struct field"
                        + " Container.args of type []string"),
                Arguments.of("resources: lots", 5, container + "resources: cannot unmarshal string into Go struct"
                        + " field Container.resources of type ResourceRequirements"),
                Arguments.of("resources: {limits: {cpu: true}}", 5, container + "resources.limits[cpu]: cannot"
                        + " unmarshal bool into Go struct field ResourceRequirements.limits of type Quantity"),
                Arguments.of("resources: {limits: {cpu: lots}}", 5, container + "resources.limits[cpu]: invalid"
                        + " Quantity \"lots\": quantities must match the regular expression"
                        + " '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"));
    }

    @ParameterizedTest
    @MethodSource("mismatches")
    void reportsTypeMismatchesLikeTheApiServer(String field, int line, String message) {
        String prefix = field.startsWith("env") || field.startsWith("ports") ? "  - name: c\n    " : "  - ";
        String text = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n" + prefix + field + "\n";
        LoadResult result = LOADER.loadText(text, "pod.yaml");
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertEquals(DiagnosticCodes.BIND_TYPE_MISMATCH, diagnostic.code());
        assertEquals(message, diagnostic.message());
        assertEquals(line, diagnostic.location().line(), diagnostic.toString());
        assertEquals(1, result.objects().size());
    }

    @Test
    void acceptsAnIntegralYamlFloatForAnIntegerFieldButNotAJsonOne() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3.0\n";
        EObject deployment = LOADER.loadText(yaml, "d.yaml").objects().get(0);
        assertEquals(3, value(child(deployment, "spec"), "replicas"));
        LoadResult json = LOADER.loadText("{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\","
                + " \"spec\": {\"replicas\": 3.0}}", "d.json");
        assertEquals("spec.replicas: cannot unmarshal number 3.0 into Go struct field DeploymentSpec.replicas of"
                + " type int32", json.diagnostics().get(0).message());
    }

    @Test
    void keepsAndReportsUnknownFields() {
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  colour: blue\nextra: [1, 2]\n";
        LoadResult result = LOADER.loadText(text, "cm.yaml");
        assertEquals(List.of("unknown field \"metadata.colour\"", "unknown field \"extra\""),
                result.diagnostics().stream().map(Diagnostic::message).toList());
        assertEquals("cm.yaml:5:3", result.diagnostics().get(0).location().toString());
        EObject configMap = result.objects().get(0);
        assertEquals(List.of("extra"), result.unknownFields().of(configMap).stream()
                .map(YamlMapping.Entry::key).toList());
        assertEquals("blue", ((YamlScalar) result.unknownFields().of(child(configMap, "metadata")).get(0).value())
                .text());
    }

    @Test
    void keepsUnknownFieldsSilentlyWhereTheSchemaPreservesThem() {
        String text = "apiVersion: example.com/v1beta1\nkind: Widget\nspec: {size: 3, tags: [a]}\nratio: 0.5\n"
                + "payload: aGVsbG8=\nstatus: {ready: true}\n";
        LoadResult result = LOADER.loadText(text, "w.yaml");
        assertEquals(List.of(), result.diagnostics());
        EObject widget = result.objects().get(0);
        JsonNode spec = (JsonNode) value(widget, "spec");
        assertEquals(3, spec.get("size").intValue());
        assertEquals(0.5, value(widget, "ratio"));
        assertArrayEquals("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                (byte[]) value(widget, "payload"));
        assertEquals(List.of("status"), result.unknownFields().of(widget).stream().map(YamlMapping.Entry::key)
                .toList());
    }

    @Test
    void readsIntOrStringInBothForms() {
        String text = "apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - {port: 80, targetPort: 8080}\n"
                + "  - {port: 81, targetPort: \"8081\"}\n  - {port: 82, targetPort: http}\n"
                + "  - {port: 83, targetPort: 1.5}\n";
        LoadResult result = LOADER.loadText(text, "svc.yaml");
        List<EObject> ports = children(child(result.objects().get(0), "spec"), "ports");
        List<Boolean> isInt = ports.stream().map(port -> (IntOrString) value(port, "targetPort"))
                .map(target -> target != null && target.isInt()).toList();
        assertEquals(List.of(true, false, false, false), isInt);
        assertEquals("spec.ports[3].targetPort: cannot unmarshal number into Go struct field"
                + " ServicePort.targetPort of type IntOrString", result.diagnostics().get(0).message());
    }

    @Test
    void unwrapsListsIntoTheirItems() {
        String text = "apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n"
                + "- {apiVersion: v1, kind: PodList, items: [{apiVersion: v1, kind: Pod}]}\n---\n"
                + "apiVersion: v1\nkind: ConfigMapList\nitems: []\n";
        LoadResult result = LOADER.loadText(text, "list.yaml");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of(TestModel.CONFIG_MAP, TestModel.POD),
                result.objects().stream().map(EObject::eClass).toList());
    }

    static Stream<Arguments> notResources() {
        return Stream.of(
                Arguments.of("apiVersion: v1\nkind: Gadget\n", DiagnosticCodes.BIND_UNKNOWN_KIND,
                        "no matches for kind \"Gadget\" in version \"v1\""),
                Arguments.of("apiVersion: v2\nkind: Pod\n", DiagnosticCodes.BIND_UNKNOWN_KIND,
                        "no matches for kind \"Pod\" in version \"v2\""),
                Arguments.of("apiVersion: v1\nmetadata: {}\n", DiagnosticCodes.BIND_MISSING_KIND, "kind not set"),
                Arguments.of("metadata: {}\n", DiagnosticCodes.BIND_MISSING_KIND, "apiVersion not set, kind not set"),
                Arguments.of("- a\n- b\n", DiagnosticCodes.BIND_TYPE_MISMATCH,
                        "cannot unmarshal array into a Kubernetes object: a manifest must be an object"));
    }

    @ParameterizedTest
    @MethodSource("notResources")
    void reportsDocumentsThatAreNoResource(String text, String code, String message) {
        LoadResult result = LOADER.loadText(text, "x.yaml");
        assertEquals(code, result.diagnostics().get(0).code());
        assertEquals(message, result.diagnostics().get(0).message());
        assertEquals(List.of(), result.objects());
    }

    @Test
    void bindsTheSameWayFromEveryKindOfInput() throws Exception {
        byte[] bytes = POD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        LoadResult fromStream = LOADER.load(new java.io.ByteArrayInputStream(bytes), "pod.yaml");
        LoadResult fromReader = LOADER.load(new java.io.StringReader(POD), "pod.yaml");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("pod", ".yaml");
        try {
            java.nio.file.Files.write(file, bytes);
            LoadResult fromFile = LOADER.load(file);
            assertEquals(file.toString(), fromFile.sourceMap().rangeOf(fromFile.objects().get(0)).orElseThrow()
                    .file());
            for (LoadResult result : List.of(fromStream, fromReader, fromFile)) {
                assertEquals(List.of(), result.diagnostics());
                assertEquals(1, result.objects().size());
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
