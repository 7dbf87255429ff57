package io.pilothouse.model.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The naming rules, without any input data. */
class NamingRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "labels, labels",
            "$ref, ref",
            "$schema, schema",
            "x-kubernetes-preserve-unknown-fields, xKubernetesPreserveUnknownFields",
            "default, default",
            "class, class",
    })
    void featureName(String jsonName, String featureName) {
        assertEquals(featureName, Names.featureName(jsonName));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Rules, Rule", "Policies, Policy", "Matches, Match", "Addresses, Address", "ParentRefs, ParentRef",
            "Status, Status", "Kinds, Kind", "Spec, Spec"})
    void singular(String plural, String singular) {
        assertEquals(singular, Names.singular(plural));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Pod, pod", "HorizontalPodAutoscaler, horizontal-pod-autoscaler", "CSIDriver, csi-driver",
            "APIService, api-service", "ServiceCIDR, service-cidr", "IPAddress, ip-address"})
    void kebab(String kind, String kebab) {
        assertEquals(kebab, Names.kebab(kind));
    }

    @ParameterizedTest(name = "{0}/{1} {2}")
    @CsvSource({
            "core, v1, Pod, workload-resources/pod-v1/",
            "core, v1, ConfigMap, config-and-storage-resources/config-map-v1/",
            "core, v1, Node, cluster-resources/node-v1/",
            "networking, v1, NetworkPolicy, policy-resources/network-policy-v1/",
            "networking, v1, Ingress, service-resources/ingress-v1/",
            "rbac, v1, Role, authorization-resources/role-v1/",
            "meta, v1, DeleteOptions, common-definitions/delete-options/",
    })
    void kubernetesDocUrl(String group, String version, String kind, String page) {
        assertEquals("https://kubernetes.io/docs/reference/kubernetes-api/" + page,
                DocUrls.kubernetes(group, version, kind));
    }

    static Stream<Arguments> inlineSchemas() {
        return Stream.of(
                Arguments.of(List.of("Spec"), List.of("HTTPRouteSpec")),
                Arguments.of(List.of("Spec", "Spec.Rule", "Spec.Rule.Match"),
                        List.of("HTTPRouteSpec", "HTTPRouteRule", "HTTPRouteMatch")),
                Arguments.of(List.of("Spec.Rule.Filter", "Spec.Rule.BackendRef.Filter"),
                        List.of("HTTPRouteRuleFilter", "HTTPRouteBackendRefFilter")),
                Arguments.of(List.of("Spec.Rule.BackendRef.Filter", "Spec.Rule.Filter"),
                        List.of("HTTPRouteBackendRefFilter", "HTTPRouteRuleFilter")),
                Arguments.of(List.of("Spec.ParentRef", "Status.Parent.ParentRef", "Status.Condition"),
                        List.of("HTTPRouteSpecParentRef", "HTTPRouteParentParentRef", "HTTPRouteCondition")),
                Arguments.of(List.of("Spec.Route"), List.of("HTTPRouteSpecRoute")));
    }

    @ParameterizedTest
    @MethodSource("inlineSchemas")
    void inlineSchemaNames(List<String> paths, List<String> expected) {
        List<InlineSchemaNamer.InlineSchema> schemas = paths.stream()
                .map(path -> new InlineSchemaNamer.InlineSchema("HTTPRoute", Arrays.asList(path.split("\\."))))
                .toList();
        assertEquals(expected, InlineSchemaNamer.names(schemas, Set.of("HTTPRoute", "HTTPRouteRoute")));
    }

    @Test
    void inlineSchemaNamesThatCannotBeUniqueAreRejected() {
        List<InlineSchemaNamer.InlineSchema> schemas = List.of(
                new InlineSchemaNamer.InlineSchema("Gateway", List.of("Bar")),
                new InlineSchemaNamer.InlineSchema("Gateway", List.of("Foo", "Bar")));
        assertThrows(IllegalStateException.class, () -> InlineSchemaNamer.names(schemas, Set.of()));
    }
}
