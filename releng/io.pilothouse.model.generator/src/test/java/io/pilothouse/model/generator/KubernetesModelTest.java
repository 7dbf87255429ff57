package io.pilothouse.model.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the shape of the Ecore model built from the Kubernetes spec and the Gateway API CRDs. */
class KubernetesModelTest {

    @ParameterizedTest(name = "{0} {1}.{2} is {3}, many={4}")
    @CsvSource({
            "core/v1, Pod, spec, PodSpec, false",
            "core/v1, Pod, metadata, ObjectMeta, false",
            "core/v1, PodSpec, containers, Container, true",
            "core/v1, Container, resources, ResourceRequirements, false",
            "core/v1, ServiceSpec, ports, ServicePort, true",
            "core/v1, ServicePort, targetPort, IntOrString, false",
            "core/v1, ServicePort, port, EIntegerObject, false",
            "core/v1, PodSpec, activeDeadlineSeconds, ELongObject, false",
            "core/v1, PodSpec, hostNetwork, EBooleanObject, false",
            "core/v1, ConfigMap, data, StringMapEntry, true",
            "core/v1, ConfigMap, binaryData, StringMapEntry, true",
            "meta/v1, ObjectMeta, labels, StringMapEntry, true",
            "meta/v1, ObjectMeta, creationTimestamp, Time, false",
            "meta/v1, ManagedFieldsEntry, fieldsV1, JSON, false",
            "apps/v1, Deployment, spec, DeploymentSpec, false",
            "apps/v1, DeploymentSpec, replicas, EIntegerObject, false",
            "apps/v1, ControllerRevision, data, JSON, false",
            "apiextensions/v1, JSONSchemaProps, default, JSON, false",
            "apiextensions/v1, JSONSchemaProps, ref, EString, false",
            "apiextensions/v1, JSONSchemaProps, properties, JSONSchemaPropsMapEntry, true",
            "apiextensions/v1, JSONSchemaProps, xKubernetesPreserveUnknownFields, EBooleanObject, false",
            "authentication/v1, UserInfo, extra, StringListMapEntry, true",
            "events/v1, Event, eventTime, MicroTime, false",
            "gateway/v1, HTTPRoute, metadata, ObjectMeta, false",
            "gateway/v1, HTTPRoute, spec, HTTPRouteSpec, false",
            "gateway/v1, HTTPRouteSpec, parentRefs, HTTPRouteParentRef, true",
            "gateway/v1, HTTPRouteSpec, rules, HTTPRouteRule, true",
            "gateway/v1, HTTPRouteRule, matches, HTTPRouteMatch, true",
            "gateway/v1, HTTPRouteRule, filters, HTTPRouteFilter, true",
            "gateway/v1, HTTPRouteSpec, hostnames, EString, true",
            "gateway/v1, GatewayClassStatus, conditions, GatewayClassCondition, true",
            "gateway/v1, GatewayClassCondition, lastTransitionTime, Time, false",
            "gateway/v1beta1, HTTPRoute, spec, HTTPRouteSpec, false",
            "gateway/v1alpha2, TCPRoute, spec, TCPRouteSpec, false",
    })
    void featureHasType(String groupVersion, String className, String feature, String type, boolean many) {
        EStructuralFeature structuralFeature = feature(groupVersion, className, feature);
        assertEquals(type, structuralFeature.getEType().getName());
        assertEquals(many, structuralFeature.isMany());
        if (structuralFeature instanceof EReference reference) {
            assertTrue(reference.isContainment(), "references are containments");
        }
    }

    @ParameterizedTest(name = "{0} {1} value is {2}")
    @CsvSource({
            "core/v1, QuantityMapEntry, io.pilothouse.model.types.Quantity",
            "core/v1, StringMapEntry, java.lang.String",
            "meta/v1, StringMapEntry, java.lang.String",
    })
    void mapEntryHasStringKey(String groupVersion, String entryName, String valueClass) {
        EClass entry = SharedData.eClass(groupVersion, entryName);
        assertEquals("java.util.Map$Entry", entry.getInstanceClassName());
        assertEquals("EString", entry.getEStructuralFeature("key").getEType().getName());
        assertEquals(valueClass, entry.getEStructuralFeature("value").getEType().getInstanceClassName());
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "meta/v1, Quantity, io.pilothouse.model.types.Quantity",
            "meta/v1, IntOrString, io.pilothouse.model.types.IntOrString",
            "meta/v1, Time, io.pilothouse.model.types.Time",
            "meta/v1, MicroTime, io.pilothouse.model.types.MicroTime",
            "meta/v1, Duration, io.pilothouse.model.types.Duration",
            "meta/v1, JSON, com.fasterxml.jackson.databind.JsonNode",
    })
    void specialTypesAreDataTypesWithConversions(String groupVersion, String name, String instanceClass) {
        EDataType dataType = assertInstanceOf(EDataType.class, SharedData.ePackage(groupVersion).getEClassifier(name));
        assertEquals(instanceClass, dataType.getInstanceClassName());
        assertNotNull(dataType.getEAnnotation(SpecialTypes.GENMODEL_SOURCE).getDetails().get("create"));
        assertNotNull(dataType.getEAnnotation(SpecialTypes.GENMODEL_SOURCE).getDetails().get("convert"));
    }

    @ParameterizedTest(name = "{0} {1} {2}={3}")
    @CsvSource(delimiter = '|', value = {
            "apps/v1|Deployment|gvk|apps/v1/Deployment",
            "apps/v1|Deployment|namespaced|true",
            "apps/v1|Deployment|definition|io.k8s.api.apps.v1.Deployment",
            "core/v1|Pod|gvk|v1/Pod",
            "core/v1|Node|namespaced|false",
            "core/v1|Namespace|namespaced|false",
            "policy/v1|Eviction|namespaced|true",
            "rbac/v1|ClusterRole|namespaced|false",
            "meta/v1|LabelSelector|mapType|atomic",
            "meta/v1|Info|definition|io.k8s.apimachinery.pkg.version.Info",
            "apiextensions/v1|CustomResourceDefinition|gvk|apiextensions.k8s.io/v1/CustomResourceDefinition",
            "gateway/v1|HTTPRoute|gvk|gateway.networking.k8s.io/v1/HTTPRoute",
            "gateway/v1|HTTPRoute|namespaced|true",
            "gateway/v1|HTTPRoute|definition|httproutes.gateway.networking.k8s.io/v1",
            "gateway/v1|HTTPRoute|docUrl|https://gateway-api.sigs.k8s.io/reference/spec/#httproute",
            "gateway/v1|GatewayClass|namespaced|false",
            "gateway/v1|HTTPRouteRule|definition|httproutes.gateway.networking.k8s.io/v1.spec.rules[*]",
            "gateway/v1beta1|ReferenceGrant|gvk|gateway.networking.k8s.io/v1beta1/ReferenceGrant",
    })
    void classIsAnnotated(String groupVersion, String className, String key, String value) {
        assertEquals(value, ModelAnnotations.get(SharedData.eClass(groupVersion, className), key));
    }

    @ParameterizedTest(name = "{0} {1} is documented at {2}")
    @CsvSource({
            "apps/v1, Deployment, workload-resources/deployment-v1/",
            "core/v1, Pod, workload-resources/pod-v1/",
            "core/v1, PodList, workload-resources/pod-v1/",
            "core/v1, Service, service-resources/service-v1/",
            "storage/v1, CSIDriver, config-and-storage-resources/csi-driver-v1/",
            "autoscaling/v2, HorizontalPodAutoscaler, workload-resources/horizontal-pod-autoscaler-v2/",
            "meta/v1, Status, common-definitions/status/",
    })
    void kindLinksItsReferencePage(String groupVersion, String className, String page) {
        assertEquals("https://kubernetes.io/docs/reference/kubernetes-api/" + page,
                ModelAnnotations.get(SharedData.eClass(groupVersion, className), ModelAnnotations.DOC_URL));
    }

    @ParameterizedTest(name = "{0} {1}.{2} {3}={4}")
    @CsvSource(delimiter = '|', value = {
            "core/v1|ServiceSpec|ports|listType|map",
            "core/v1|ServiceSpec|ports|listMapKeys|port,protocol",
            "core/v1|ServiceSpec|ports|patchStrategy|merge",
            "core/v1|ServiceSpec|ports|patchMergeKey|port",
            "core/v1|Container|name|required|true",
            "core/v1|Container|image|required|",
            "core/v1|ServicePort|targetPort|intOrString|true",
            "core/v1|ServicePort|targetPort|definition|io.k8s.apimachinery.pkg.util.intstr.IntOrString",
            "meta/v1|ObjectMeta|labels|jsonName|labels",
            "apiextensions/v1|JSONSchemaProps|ref|jsonName|$ref",
            "apiextensions/v1|JSONSchemaProps|xKubernetesListType|jsonName|x-kubernetes-list-type",
            "gateway/v1|HTTPRouteMatchPath|type|enum|[\"Exact\",\"PathPrefix\",\"RegularExpression\"]",
            "gateway/v1|HTTPRouteMatchPath|type|default|\"PathPrefix\"",
            "gateway/v1|HTTPRouteSpec|hostnames|maxItems|16",
            "gateway/v1|HTTPRouteSpec|hostnames|items.maxLength|253",
            "gateway/v1|HTTPRouteSpec|parentRefs|maxItems|32",
            "gateway/v1|HTTPRouteParentRef|name|required|true",
            "gateway/v1|HTTPRouteParentRef|name|minLength|1",
            "gateway/v1|HTTPRouteParentRef|port|minimum|1",
            "gateway/v1|HTTPRouteParentRef|port|maximum|65535",
            "gateway/v1|HTTPRouteParentRef|port|format|int32",
            "gateway/v1|GatewaySpec|listeners|listMapKeys|name",
    })
    void featureIsAnnotated(String groupVersion, String className, String feature, String key, String value) {
        assertEquals(value, ModelAnnotations.get(feature(groupVersion, className, feature), key));
    }

    private static EStructuralFeature feature(String groupVersion, String className, String name) {
        EStructuralFeature feature = SharedData.eClass(groupVersion, className).getEStructuralFeature(name);
        assertNotNull(feature, className + "." + name);
        return feature;
    }
}
