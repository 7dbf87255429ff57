package io.pilothouse.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;

/**
 * Imports the definitions of the Kubernetes OpenAPI (Swagger 2.0) spec: each definition becomes an EClass named
 * after the Kubernetes type, in the package of its group/version, except the value types of {@link SpecialTypes}.
 * Definitions outside an API group/version ({@code io.k8s.apimachinery.pkg.version.Info}) join meta/v1.
 */
final class KubernetesSpecImporter implements FeatureBuilder.TypeResolver {

    private static final Pattern VERSION = Pattern.compile("v\\d+((alpha|beta)\\d+)?");

    private final ModelPackages packages;
    private final FeatureBuilder features;
    private final Map<String, EClass> classes = new LinkedHashMap<>();

    KubernetesSpecImporter(ModelPackages packages) {
        this.packages = packages;
        this.features = new FeatureBuilder(packages);
    }

    void importSpec(JsonNode spec) {
        JsonNode definitions = spec.get("definitions");
        definitions.properties().forEach(definition -> {
            if (packages.specialTypes().forDefinition(definition.getKey()) == null) {
                createClass(definition.getKey());
            }
        });
        Map<String, Boolean> namespaced = ApiPaths.namespacedKinds(spec);
        classes.forEach((name, eClass) -> fillClass(eClass, definitions.get(name)));
        classes.values().stream().filter(KubernetesSpecImporter::isKind)
                .forEach(eClass -> annotateKind(eClass, namespaced));
    }

    @Override
    public EClassifier definition(String definitionName) {
        EClassifier special = packages.specialTypes().forDefinition(definitionName);
        EClassifier result = special != null ? special : classes.get(definitionName);
        if (result == null) {
            throw new IllegalArgumentException("Unknown definition " + definitionName);
        }
        return result;
    }

    @Override
    public EClass inlineClass(JsonNode schema) {
        return null;
    }

    private void createClass(String definitionName) {
        String[] segments = definitionName.split("\\.");
        String version = segments[segments.length - 2];
        EPackage ePackage = VERSION.matcher(version).matches()
                ? packages.get(segments[segments.length - 3], version)
                : packages.get(ModelPackages.META_GROUP, ModelPackages.META_VERSION);
        EClass eClass = EcoreFactory.eINSTANCE.createEClass();
        eClass.setName(segments[segments.length - 1]);
        ModelPackages.addClassifier(ePackage, eClass);
        ModelAnnotations.put(eClass, ModelAnnotations.DEFINITION, definitionName);
        classes.put(definitionName, eClass);
    }

    private void fillClass(EClass eClass, JsonNode definition) {
        JsonNode gvks = definition.get("x-kubernetes-group-version-kind");
        if (gvks != null) {
            List<String> apiVersionKinds = new ArrayList<>();
            gvks.forEach(gvk -> apiVersionKinds.add(ApiPaths.apiVersionKind(gvk)));
            ModelAnnotations.put(eClass, ModelAnnotations.GVK, String.join(",", apiVersionKinds));
        }
        SchemaFacts.copy(definition, eClass, "", SchemaFacts.Scope.OBJECT);
        Set<String> required = new HashSet<>();
        definition.path("required").forEach(name -> required.add(name.asText()));
        definition.path("properties").properties().forEach(property -> features.add(
                eClass, property.getKey(), property.getValue(), required.contains(property.getKey()), this));
    }

    private static void annotateKind(EClass eClass, Map<String, Boolean> namespacedKinds) {
        String[] apiVersionKinds = ModelAnnotations.get(eClass, ModelAnnotations.GVK).split(",");
        List<Boolean> served = Arrays.stream(apiVersionKinds).filter(namespacedKinds::containsKey)
                .map(namespacedKinds::get).toList();
        if (!served.isEmpty()) {
            ModelAnnotations.put(eClass, ModelAnnotations.NAMESPACED, String.valueOf(served.contains(true)));
        }
        EPackage ePackage = eClass.getEPackage();
        String kind = eClass.getName();
        String pageKind = kind.endsWith("List") && isKind(ePackage.getEClassifier(kind.substring(0, kind.length() - 4)))
                ? kind.substring(0, kind.length() - 4)
                : kind;
        ModelAnnotations.put(eClass, ModelAnnotations.DOC_URL,
                DocUrls.kubernetes(ModelPackages.group(ePackage), ePackage.getName(), pageKind));
    }

    private static boolean isKind(EClassifier classifier) {
        return classifier != null && ModelAnnotations.get(classifier, ModelAnnotations.GVK) != null;
    }
}
