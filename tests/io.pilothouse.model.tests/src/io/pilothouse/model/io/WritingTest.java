package io.pilothouse.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing in kubectl's output style, and round trips. */
class WritingTest {

    private static final ManifestLoader LOADER = new ManifestLoader(TestModel.REGISTRY);
    private static final ManifestWriter WRITER = new ManifestWriter(TestModel.REGISTRY);

    private static String yamlOf(YamlNode node) {
        return ManifestWriter.yaml(List.of(node));
    }

    private static YamlMapping mapping(String key, YamlNode value) {
        return new YamlMapping(null, List.of(new YamlMapping.Entry(key, null, value)));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            yes        | "yes"
            on         | "on"
            Y          | "Y"
            0777       | "0777"
            1.0        | "1.0"
            1e3        | "1e3"
            0x1F       | "0x1F"
            +1         | "+1"
            1_000      | "1_000"
            .5         | ".5"
            .inf       | ".inf"
            ``         | ""
            null       | "null"
            ~          | "~"
            2024-01-01 | "2024-01-01"
            2024-01-01T10:00:00Z | "2024-01-01T10:00:00Z"
            12:30      | "12:30"
            abc        | abc
            1.2.3      | 1.2.3
            v1         | v1
            a:b        | a:b
            x}         | x}
            ?x         | ?x
            <<         | <<
            it's       | it's
            `- a`      | '- a'
            -          | '-'
            ---        | '---'
            *star      | '*star'
            &anchor    | '&anchor'
            !tag       | '!tag'
            `a: b`     | 'a: b'
            key:       | 'key:'
            `a #b`     | 'a #b'
            #x         | '#x'
            @x         | '@x'
            %x         | '%x'
            {x         | '{x'
            `? x`      | '? x'
            'q         | '''q'
            ` lead`    | ' lead'
            `trail `   | 'trail '
            """)
    void quotesStringsOnlyWhenYamlWouldMisreadThem(String value, String written) {
        assertEquals("v: " + written + "\n", yamlOf(mapping("v", YamlScalar.ofString(value))));
    }

    static Stream<Arguments> specialStrings() {
        return Stream.of(
                Arguments.of("tab\there", "v: \"tab\\there\"\n"),
                Arguments.of("\uD83D\uDE00", "v: \"\\U0001F600\"\n"),
                Arguments.of("\u00FCber", "v: \u00FCber\n"),
                Arguments.of("\u0007", "v: \"\\a\"\n"),
                Arguments.of("a\nb", "v: |-\n  a\n  b\n"),
                Arguments.of("a\nb\n", "v: |\n  a\n  b\n"),
                Arguments.of("a\n\n", "v: |+\n  a\n\n"),
                Arguments.of(" a\nb", "v: |2-\n   a\n  b\n"),
                Arguments.of("a \nb", "v: \"a \\nb\"\n"),
                Arguments.of("a\n\nb", "v: |-\n  a\n\n  b\n"));
    }

    @ParameterizedTest
    @MethodSource("specialStrings")
    void escapesAndWritesBlockScalarsLikeGoYaml(String value, String written) {
        assertEquals(written, yamlOf(mapping("v", YamlScalar.ofString(value))));
        YamlMapping read = (YamlMapping) LOADER.loadText(written, "s.yaml").documents().get(0).root();
        assertEquals(value, ((YamlScalar) read.get("v")).text());
    }

    @Test
    void writesMultiLineKeysDoubleQuoted() {
        assertEquals("\"a\\nb\": 1\n", yamlOf(mapping("a\nb", YamlScalar.ofInt(1))));
    }

    @Test
    void sortsKeysLikeGoYaml() {
        List<YamlMapping.Entry> entries = new ArrayList<>();
        for (String key : List.of("b", "a10", "A", "10", "a02", "_x", "a", "2", "a2", "1")) {
            entries.add(new YamlMapping.Entry(key, null, YamlScalar.ofInt(0)));
        }
        String yaml = yamlOf(new YamlMapping(null, entries));
        assertEquals("_x: 0\n\"1\": 0\n\"2\": 0\n\"10\": 0\nA: 0\na: 0\na2: 0\na02: 0\na10: 0\nb: 0\n", yaml);
        String json = ManifestWriter.json(List.of(new YamlMapping(null, entries)));
        assertEquals(List.of("1", "10", "2", "A", "_x", "a", "a02", "a10", "a2", "b"), json.lines()
                .filter(line -> line.startsWith("    \"")).map(line -> line.substring(5, line.indexOf("\":")))
                .toList());
    }

    @Test
    void writesNumbersAsGoYamlDoes() {
        String text = "a: 1.0\nb: 1e21\nc: 1234567.0\nd: 0x10\ne: 18446744073709551616\nf: -0.0\ng: 0.000001\n";
        YamlNode root = LOADER.loadText(text, "n.yaml").documents().get(0).root();
        assertEquals("a: 1\nb: 1e+21\nc: 1234567\nd: 16\ne: 1.8446744073709552e+19\nf: 0\ng: 1e-06\n",
                yamlOf(root));
        assertEquals("{\n    \"a\": 1,\n    \"b\": 1e+21,\n    \"c\": 1234567,\n    \"d\": 16,\n"
                + "    \"e\": 18446744073709552000,\n    \"f\": -0,\n    \"g\": 0.000001\n}\n",
                ManifestWriter.json(List.of(root)));
    }

    @Test
    void foldsLongStringsAfterColumnEighty() {
        String words = "lorem ipsum dolor sit amet ".repeat(5).trim();
        String yaml = yamlOf(mapping("description", YamlScalar.ofString(words)));
        assertEquals("description: lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor\n"
                + "  sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\n", yaml);
        String quoted = yamlOf(mapping("description", YamlScalar.ofString(words + "\t")));
        assertEquals("description: \"lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor\n"
                + "  sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\\t\"\n", quoted);
        for (String written : List.of(yaml, quoted)) {
            YamlMapping read = (YamlMapping) LOADER.loadText(written, "f.yaml").documents().get(0).root();
            assertEquals(written.contains("\\t") ? words + "\t" : words, ((YamlScalar) read.get("description")).text());
        }
    }

    @Test
    void escapesJsonLikeGo() {
        String json = ManifestWriter.json(List.of(mapping("v", YamlScalar.ofString("<a&b>\t\"\\\u0001\u2028"))));
        assertEquals("{\n    \"v\": \"\\u003ca\\u0026b\\u003e\\t\\\"\\\\\\u0001\\u2028\"\n}\n", json);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web, "tier": backend}
              annotations:
                note: |
                  line one
                  line two
              owner: team-a
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - name: nginx
                    image: nginx:1.27
                    args: ["--port", "8080", "yes", ""]
                    ports: [{containerPort: 80, name: http, protocol: TCP}]
                    resources: {limits: {cpu: 500m, memory: 128Mi}}
                  nodeSelector: {disk: ssd}
                  hostNetwork: false
            """;

    private static final String DEPLOYMENT_KUBECTL_YAML = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              annotations:
                note: |
                  line one
                  line two
              labels:
                app: web
                tier: backend
              name: web
              owner: team-a
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - args:
                    - --port
                    - "8080"
                    - "yes"
                    - ""
                    image: nginx:1.27
                    name: nginx
                    ports:
                    - containerPort: 80
                      name: http
                      protocol: TCP
                    resources:
                      limits:
                        cpu: 500m
                        memory: 128Mi
                  hostNetwork: false
                  nodeSelector:
                    disk: ssd
            """;

    @Test
    void writesResourcesInKubectlStyleWithTheirUnknownFields() {
        LoadResult loaded = LOADER.loadText(DEPLOYMENT, "d.yaml");
        assertEquals(List.of("unknown field \"metadata.owner\"",
                "unknown field \"spec.template.spec.containers[0].ports[0].protocol\""),
                loaded.diagnostics().stream().map(Diagnostic::message).toList());
        assertEquals(DEPLOYMENT_KUBECTL_YAML, WRITER.toYaml(loaded.objects(), loaded.unknownFields()));
    }

    private static final String FIXTURE = """
            # every reading rule at once
            apiVersion: v1
            kind: ConfigMap
            metadata: &meta
              name: all
              labels: {yes: "on", 1: "0x10", 1.5: "y"}
            data:
              quoted: "0777"
              date: 2024-01-01
              multi: |
                first
                second
              folded: >
                folded
                text
              empty: ""
              <<: {merged: from-merge}
            immutable: yes
            extra: {nested: [1, 2.5, true, null, "s"], octal: 0777, flags: [yes, Off, ~, 0x1F, 1e3]}
            ---
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Pod
              metadata:
                name: p
                annotations:
                  long: "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp"
              spec:
                containers:
                - {name: c, image: "i", env: [{name: A, value: "true"}], tty: false}
                terminationGracePeriodSeconds: 0
            - apiVersion: v1
              kind: Service
              spec: {ports: [{port: 80, targetPort: 8080}, {port: 81, targetPort: "8081"}, {port: 82, targetPort: web}]}
            ---
            {"apiVersion": "example.com/v1", "kind": "Widget", "spec": {"a": [1.5, {"b": null}], "c": "<>"},
             "ratio": 2.5, "payload": "AAEC", "status": {"x": 1}}
            """;

    @Test
    void roundTripsResourcesWithoutLoss() {
        for (String source : List.of(FIXTURE.substring(0, FIXTURE.indexOf("---\n{")), DEPLOYMENT)) {
            LoadResult first = LOADER.loadText(source, "fixture.yaml");
            String yaml = WRITER.toYaml(first.objects(), first.unknownFields());
            LoadResult second = LOADER.loadText(yaml, "saved.yaml");
            assertEquals(first.diagnostics().stream().map(Diagnostic::message).toList(),
                    second.diagnostics().stream().map(Diagnostic::message).toList(), yaml);
            assertEquals(WRITER.toJson(first.objects(), first.unknownFields()),
                    WRITER.toJson(second.objects(), second.unknownFields()));
            assertEquals(yaml, WRITER.toYaml(second.objects(), second.unknownFields()));
            assertEquals(yaml, WRITER.toYaml(first.objects(), first.unknownFields()));
        }
    }

    @Test
    void roundTripsValueTreesThroughYamlAndJson() {
        String json = FIXTURE.substring(FIXTURE.indexOf("---\n{") + 4);
        for (String source : List.of(FIXTURE.substring(0, FIXTURE.indexOf("---\n{")), json)) {
            List<YamlNode> trees = LOADER.loadText(source, "fixture").documents().stream()
                    .map(YamlDocument::root).toList();
            String yaml = ManifestWriter.yaml(trees);
            List<YamlNode> again = LOADER.loadText(yaml, "saved.yaml").documents().stream()
                    .map(YamlDocument::root).toList();
            assertEquals(ManifestWriter.json(trees), ManifestWriter.json(again), yaml);
            assertEquals(yaml, ManifestWriter.yaml(again));
            String written = ManifestWriter.json(trees);
            List<YamlNode> fromJson = LOADER.loadText(written, "saved.json").documents().stream()
                    .map(YamlDocument::root).toList();
            assertEquals(written, ManifestWriter.json(fromJson));
        }
    }

    @Test
    void writesTypeMetaOfObjectsBuiltInCode() {
        EObject configMap = EcoreUtil.create(TestModel.CONFIG_MAP);
        configMap.eSet(TestModel.feature(TestModel.CONFIG_MAP, "immutable"), true);
        assertEquals("apiVersion: v1\nimmutable: true\nkind: ConfigMap\n",
                WRITER.toYaml(List.of(configMap), new UnknownFields()));
        assertEquals("{\n    \"apiVersion\": \"v1\",\n    \"immutable\": true,\n    \"kind\": \"ConfigMap\"\n}\n",
                WRITER.toJson(List.of(configMap), new UnknownFields()));
    }
}
