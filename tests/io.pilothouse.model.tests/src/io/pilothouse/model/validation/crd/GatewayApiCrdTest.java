package io.pilothouse.model.validation.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validation against the real Gateway API v1.6.1 CRDs of the shared data ({@code -Dpilothouse.shared.data}). */
class GatewayApiCrdTest {

    private static CrdValidator validator;

    @BeforeAll
    static void loadDefinitions() throws IOException {
        String shared = System.getProperty("pilothouse.shared.data");
        Path directory = shared == null ? null : Path.of(shared, "gateway-api", "v1.6.1");
        assumeTrue(directory != null && Files.isDirectory(directory),
                "Gateway API v1.6.1 CRDs not found: set -Dpilothouse.shared.data to the shared data directory");
        try (Stream<Path> files = Files.list(directory)) {
            validator = new CrdValidator(CrdRegistry.of(CrdFixtures.files(
                    files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList())));
        }
    }

    private static String route(String match) {
        return "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n"
                + "  parentRefs:\n  - name: gw\n  rules:\n  - matches:\n    - path:\n" + match.indent(8)
                + "    backendRefs:\n    - name: web\n      port: 80\n";
    }

    static Stream<Arguments> resources() {
        return Stream.of(
                Arguments.of("valid route", route("type: PathPrefix\nvalue: /app"), ""),
                Arguments.of("defaulted path", route("value: /app"), ""),
                Arguments.of("exact path without leading slash", route("type: Exact\nvalue: app"),
                        "11:9 K8S-CRD-009 spec.rules[0].matches[0].path: Invalid value: \"object\": value must be "
                                + "an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']"),
                Arguments.of("path with a double slash", route("type: PathPrefix\nvalue: /a//b"),
                        "11:9 K8S-CRD-009 spec.rules[0].matches[0].path: Invalid value: \"object\": must not "
                                + "contain '//' when type one of ['Exact', 'PathPrefix']"),
                Arguments.of("unsupported path type", route("type: Prefix\nvalue: /"),
                        "11:15 K8S-CRD-005 spec.rules[0].matches[0].path.type: Unsupported value: \"Prefix\": "
                                + "supported values: \"Exact\", \"PathPrefix\", \"RegularExpression\"\n1:1 K8S-CRD-011 <nil>: "
                                + "Invalid value: null: some validation rules were not checked because the object was "
                                + "invalid; correct the existing errors to complete validation"),
                Arguments.of("duplicate listener names", "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n"
                        + "metadata: {name: gw}\nspec:\n  gatewayClassName: c\n  listeners:\n"
                        + "  - {name: http, port: 80, protocol: HTTP}\n  - {name: http, port: 81, protocol: HTTP}\n",
                        "8:5 K8S-CRD-007 spec.listeners[1]: Duplicate value: {\"name\":\"http\"}\n7:3 K8S-CRD-009 "
                                + "spec.listeners: Invalid value: \"array\": Listener name must be unique within the Gateway"),
                Arguments.of("hostname must not be an IP", "apiVersion: gateway.networking.k8s.io/v1\nkind: TLSRoute\n"
                        + "metadata: {name: r}\nspec:\n  hostnames: [10.0.0.1]\n  rules:\n  - backendRefs: "
                        + "[{name: b, port: 443}]\n",
                        "5:14 K8S-CRD-009 spec.hostnames: Invalid value: \"array\": Hostnames cannot contain an IP"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void validates(String description, String text, String expected) {
        assertEquals(expected, CrdFixtures.render(validator.validate(CrdFixtures.document(text))));
    }
}
