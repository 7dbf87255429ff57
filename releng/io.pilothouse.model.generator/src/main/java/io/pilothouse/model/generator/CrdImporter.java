package io.pilothouse.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;

/**
 * Imports CustomResourceDefinitions: each version's {@code openAPIV3Schema} becomes an EClass named after the kind in
 * the package {@code <first segment of the group>/<version>} (e.g. gateway/v1), and each inline object schema an
 * EClass named by {@link InlineSchemaNamer}. The root {@code metadata} is meta/v1 {@code ObjectMeta}.
 */
final class CrdImporter implements FeatureBuilder.TypeResolver {

    private record Version(JsonNode crd, String versionName, JsonNode schema) {}

    private record Inline(Version version, InlineSchemaNamer.InlineSchema name, String path, JsonNode schema) {}

    private final ModelPackages packages;
    private final FeatureBuilder features;
    private final Map<JsonNode, EClass> classes = new IdentityHashMap<>();

    CrdImporter(ModelPackages packages) {
        this.packages = packages;
        this.features = new FeatureBuilder(packages);
    }

    /** Imports {@code crds} (in a stable order, e.g. sorted by file name). Needs meta/v1 ObjectMeta imported. */
    void importCrds(List<JsonNode> crds) {
        Map<EPackage, List<Version>> versionsByPackage = new LinkedHashMap<>();
        for (JsonNode crd : crds) {
            for (JsonNode version : crd.path("spec").path("versions")) {
                JsonNode schema = version.path("schema").get("openAPIV3Schema");
                if (schema != null) {
                    String versionName = version.path("name").asText();
                    versionsByPackage.computeIfAbsent(packages.get(shortGroup(crd), versionName),
                            key -> new ArrayList<>()).add(new Version(crd, versionName, schema));
                }
            }
        }
        versionsByPackage.forEach(this::importPackage);
    }

    @Override
    public EClassifier definition(String definitionName) {
        throw new IllegalArgumentException("CRD schemas have no definitions: " + definitionName);
    }

    @Override
    public EClass inlineClass(JsonNode schema) {
        return classes.get(schema);
    }

    private void importPackage(EPackage ePackage, List<Version> versions) {
        EClass objectMeta = (EClass) packages.get(ModelPackages.META_GROUP, ModelPackages.META_VERSION)
                .getEClassifier("ObjectMeta");
        Set<String> kinds = new HashSet<>();
        List<List<Inline>> sharedSchemas = new ArrayList<>();
        for (Version version : versions) {
            String kind = kind(version);
            kinds.add(kind);
            EClass root = createClass(ePackage, kind, version, "", version.schema());
            annotateKind(root, version);
            JsonNode metadata = version.schema().path("properties").get("metadata");
            if (metadata != null) {
                classes.put(metadata, objectMeta);
            }
            List<Inline> inlines = new ArrayList<>();
            collect(version, version.schema(), List.of(), "", inlines);
            sharedSchemas.addAll(SchemaShapes.groupEqual(inlines, Inline::schema, Inline::path));
        }
        List<Inline> representatives = sharedSchemas.stream().map(List::getFirst).toList();
        List<String> names = InlineSchemaNamer.names(representatives.stream().map(Inline::name).toList(), kinds);
        for (int i = 0; i < representatives.size(); i++) {
            Inline inline = representatives.get(i);
            EClass eClass = createClass(ePackage, names.get(i), inline.version(), inline.path(), inline.schema());
            sharedSchemas.get(i).forEach(equal -> classes.put(equal.schema(), eClass));
        }
        versions.forEach(version -> fill(version.schema()));
        representatives.forEach(inline -> fill(inline.schema()));
    }

    private void collect(Version version, JsonNode object, List<String> segments, String path, List<Inline> found) {
        object.path("properties").properties().forEach(property -> {
            String name = Names.upperCamel(property.getKey());
            String propertyPath = path + "." + property.getKey();
            JsonNode schema = property.getValue();
            if (segments.isEmpty() && "metadata".equals(property.getKey())) {
                return;
            }
            if (isObject(schema)) {
                add(version, schema, append(segments, name), propertyPath, found);
            } else if (isObject(schema.path("items"))) {
                add(version, schema.get("items"), append(segments, Names.singular(name)), propertyPath + "[*]",
                        found);
            } else if (isObject(schema.path("additionalProperties"))) {
                add(version, schema.get("additionalProperties"), append(segments, name + "Value"),
                        propertyPath + "{*}", found);
            }
        });
    }

    private void add(Version version, JsonNode schema, List<String> segments, String path, List<Inline> found) {
        found.add(new Inline(version, new InlineSchemaNamer.InlineSchema(kind(version), segments), path, schema));
        collect(version, schema, segments, path, found);
    }

    private EClass createClass(EPackage ePackage, String name, Version version, String path, JsonNode schema) {
        EClass eClass = EcoreFactory.eINSTANCE.createEClass();
        eClass.setName(name);
        ModelPackages.addClassifier(ePackage, eClass);
        String crdName = version.crd().path("metadata").path("name").asText();
        ModelAnnotations.put(eClass, ModelAnnotations.DEFINITION, crdName + "/" + version.versionName() + path);
        classes.put(schema, eClass);
        return eClass;
    }

    private void annotateKind(EClass root, Version version) {
        String group = version.crd().path("spec").path("group").asText();
        ModelAnnotations.put(root, ModelAnnotations.GVK,
                ApiPaths.apiVersion(group, version.versionName()) + "/" + kind(version));
        boolean namespaced = "Namespaced".equals(version.crd().path("spec").path("scope").asText());
        ModelAnnotations.put(root, ModelAnnotations.NAMESPACED, String.valueOf(namespaced));
        ModelAnnotations.put(root, ModelAnnotations.DOC_URL, DocUrls.gateway(kind(version)));
    }

    private void fill(JsonNode schema) {
        EClass eClass = classes.get(schema);
        SchemaFacts.copy(schema, eClass, "", SchemaFacts.Scope.OBJECT);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").properties().forEach(property -> features.add(
                eClass, property.getKey(), property.getValue(), required.contains(property.getKey()), this));
    }

    private static boolean isObject(JsonNode schema) {
        return !schema.path("properties").isEmpty();
    }

    private static List<String> append(List<String> segments, String segment) {
        List<String> result = new ArrayList<>(segments);
        result.add(segment);
        return List.copyOf(result);
    }

    private static String kind(Version version) {
        return version.crd().path("spec").path("names").path("kind").asText();
    }

    private static String shortGroup(JsonNode crd) {
        return crd.path("spec").path("group").asText().split("\\.")[0];
    }
}
