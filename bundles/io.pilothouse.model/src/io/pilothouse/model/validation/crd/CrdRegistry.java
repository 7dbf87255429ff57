package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom resource kinds defined by the CustomResourceDefinitions ({@code apiextensions.k8s.io/v1}) of a set of
 * documents. The first definition of a group and kind wins, as the API server refuses a second one with the same
 * name. Immutable and safe to share between threads; validation rules are compiled once per registry.
 */
public final class CrdRegistry {

    private static final String CRD_API_VERSION = "apiextensions.k8s.io/v1";
    private static final String CRD_KIND = "CustomResourceDefinition";

    private final Map<String, CustomResourceType> types;
    private final CelRuleCompiler compiler = new CelRuleCompiler();

    private CrdRegistry(Map<String, CustomResourceType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** @return the registry of the CustomResourceDefinitions among {@code documents}; other documents are ignored */
    public static CrdRegistry of(List<YamlDocument> documents) {
        Map<String, CustomResourceType> types = new LinkedHashMap<>();
        for (YamlDocument document : documents) {
            if (document.root() instanceof YamlMapping root && isDefinition(root)) {
                CustomResourceType type = read(root);
                if (type != null) {
                    types.putIfAbsent(key(type.group(), type.kind()), type);
                }
            }
        }
        return new CrdRegistry(types);
    }

    /** @return the defined kinds in input order */
    public List<CustomResourceType> types() {
        return List.copyOf(types.values());
    }

    /** @return whether a CustomResourceDefinition of the input defines {@code kind} in {@code apiVersion}'s group */
    public boolean knows(String apiVersion, String kind) {
        return find(apiVersion, kind) != null;
    }

    /** @return the kind of the group of {@code apiVersion} (whatever its version), or {@code null} */
    public CustomResourceType find(String apiVersion, String kind) {
        int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
        return slash < 0 ? null : types.get(key(apiVersion.substring(0, slash), kind));
    }

    CelRuleCompiler compiler() {
        return compiler;
    }

    private static boolean isDefinition(YamlMapping root) {
        return CRD_API_VERSION.equals(Schema.text(root, "apiVersion")) && CRD_KIND.equals(Schema.text(root, "kind"));
    }

    private static CustomResourceType read(YamlMapping root) {
        if (!(root.get("spec") instanceof YamlMapping spec) || !(spec.get("names") instanceof YamlMapping names)) {
            return null;
        }
        String group = Schema.text(spec, "group");
        String kind = Schema.text(names, "kind");
        if (group == null || kind == null) {
            return null;
        }
        List<CustomResourceType.Version> versions = new ArrayList<>();
        if (spec.get("versions") instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlMapping version && Schema.text(version, "name") != null) {
                    versions.add(new CustomResourceType.Version(Schema.text(version, "name"),
                            Schema.isTrue(version.get("served")), Schema.isTrue(version.get("storage")),
                            schemaOf(version)));
                }
            }
        }
        return new CustomResourceType(group, kind, Schema.text(names, "plural"), Schema.text(spec, "scope"), versions);
    }

    private static Schema schemaOf(YamlMapping version) {
        return version.get("schema") instanceof YamlMapping schema ? Schema.parse(schema.get("openAPIV3Schema")) : null;
    }

    private static String key(String group, String kind) {
        return group + '/' + kind;
    }
}
