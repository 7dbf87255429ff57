package io.pilothouse.model.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that the model covers the whole spec, in the spec's order. */
class SpecCoverageTest {

    @Test
    void everyGroupVersionKindMapsToExactlyOneClass() throws IOException {
        Map<String, List<String>> classesByKind = new TreeMap<>();
        for (EPackage ePackage : SharedData.model()) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                String gvks = ModelAnnotations.get(classifier, ModelAnnotations.GVK);
                if (gvks != null) {
                    for (String gvk : gvks.split(",")) {
                        classesByKind.computeIfAbsent(gvk, key -> new ArrayList<>())
                                .add(ePackage.getNsURI() + "#" + classifier.getName());
                    }
                }
            }
        }
        List<String> specKinds = new ArrayList<>();
        spec().get("definitions").forEach(definition -> definition.path("x-kubernetes-group-version-kind")
                .forEach(gvk -> specKinds.add(ApiPaths.apiVersionKind(gvk))));
        assertEquals(311, specKinds.size());
        for (String kind : specKinds) {
            assertEquals(1, classesByKind.getOrDefault(kind, List.of()).size(),
                    kind + " -> " + classesByKind.get(kind));
        }
    }

    @Test
    void everyDefinitionKeepsItsPropertiesInSpecOrder() throws IOException {
        Map<String, EClass> classes = new TreeMap<>();
        for (EPackage ePackage : SharedData.model()) {
            ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                    .filter(eClass -> ModelAnnotations.get(eClass, ModelAnnotations.DEFINITION) != null)
                    .forEach(eClass -> classes.put(ModelAnnotations.get(eClass, ModelAnnotations.DEFINITION), eClass));
        }
        int checked = 0;
        for (var definition : spec().get("definitions").properties()) {
            EClass eClass = classes.get(definition.getKey());
            if (eClass != null) {
                List<String> expected = new ArrayList<>();
                definition.getValue().path("properties").fieldNames().forEachRemaining(expected::add);
                List<String> actual = eClass.getEStructuralFeatures().stream()
                        .map(feature -> ModelAnnotations.get(feature, ModelAnnotations.JSON_NAME)).toList();
                assertEquals(expected, actual, definition.getKey());
                checked++;
            }
        }
        assertEquals(771 - 11, checked, "every definition but the 11 value types is an EClass");
    }

    @ParameterizedTest
    @ValueSource(strings = {"core/v1", "apps/v1", "batch/v1", "networking/v1", "discovery/v1", "storage/v1", "rbac/v1",
            "policy/v1", "scheduling/v1", "autoscaling/v2", "resource/v1", "meta/v1", "apiextensions/v1",
            "resource/v1beta1", "admissionregistration/v1alpha1", "gateway/v1", "gateway/v1beta1", "gateway/v1alpha2",
            "gateway/v1alpha3"})
    void packageExistsPerGroupVersion(String groupVersion) {
        EPackage ePackage = SharedData.ePackage(groupVersion);
        assertEquals(groupVersion.substring(groupVersion.indexOf('/') + 1), ePackage.getName());
        assertTrue(ePackage.getEClassifiers().size() > 1, groupVersion);
    }

    @Test
    void everyFeatureKeepsItsJsonNameAndNoDescription() {
        for (EPackage ePackage : SharedData.model()) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                assertTrue(ModelAnnotations.get(classifier, "description") == null, classifier.getName());
                if (classifier instanceof EClass eClass
                        && !"java.util.Map$Entry".equals(eClass.getInstanceClassName())) {
                    for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                        assertNotNull(ModelAnnotations.get(feature, ModelAnnotations.JSON_NAME), feature.toString());
                        assertTrue(ModelAnnotations.get(feature, "description") == null, feature.toString());
                    }
                }
            }
        }
    }

    private static JsonNode spec() throws IOException {
        return JsonMapper.builder().build().readTree(SharedData.SPEC.toFile());
    }
}
