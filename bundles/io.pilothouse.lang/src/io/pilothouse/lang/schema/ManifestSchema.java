package io.pilothouse.lang.schema;

import io.pilothouse.lang.syntax.ScalarValues;
import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.YamlScanner;
import io.pilothouse.model.io.KindRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The Kubernetes schema as the editor services ask it: what is at a path of a document of a given apiVersion and
 * kind, which keys an object there may have, and the facts of each field (type, required, default, enum values,
 * format, link to the API reference). Everything comes from the model's EClasses and OpenAPI annotations, and from
 * {@link KnownValues} for the enums and defaults the Kubernetes OpenAPI v2 document states only in prose.
 */
public final class ManifestSchema {

    private static final ManifestSchema BUILT_IN = new ManifestSchema(KindRegistry.builtIn());
    private static final String MODEL_URI = "https://pilothouse.io/model/k8s/";
    private static final String REFERENCE = "https://kubernetes.io/docs/reference/kubernetes-api/";

    /** A kind of resource the model knows, as written in a manifest. */
    public record KindName(String apiVersion, String kind) {}

    /**
     * Where a path leads: the type of the value there and the field that holds it ({@code null} at the root of a
     * document and for the values of a map).
     */
    public record Location(SchemaType type, SchemaField field) {}

    private final KindRegistry registry;
    private final List<KindName> kinds;
    private final Map<EClass, List<SchemaField>> fields = new ConcurrentHashMap<>();

    private ManifestSchema(KindRegistry registry) {
        this.registry = registry;
        this.kinds = builtInKinds();
    }

    /** @return the schema of the built-in Kubernetes and Gateway API kinds */
    public static ManifestSchema builtIn() {
        return BUILT_IN;
    }

    /** @return the EClass of a kind, or {@code null} when the model does not know it */
    public EClass kindClass(String apiVersion, String kind) {
        return apiVersion == null || kind == null ? null : registry.find(apiVersion, kind);
    }

    /** @return every apiVersion/kind pair of the model, by kind and then by apiVersion */
    public List<KindName> kinds() {
        return kinds;
    }

    /** @return what is at {@code path} in a document of {@code apiVersion}/{@code kind}, if the schema knows it */
    public Optional<Location> resolve(String apiVersion, String kind, List<PathSegment> path) {
        EClass root = kindClass(apiVersion, kind);
        if (root == null) {
            return Optional.empty();
        }
        Location location = new Location(SchemaType.object(root), null);
        for (PathSegment segment : path) {
            location = step(location, segment);
            if (location == null) {
                return Optional.empty();
            }
        }
        return Optional.of(location);
    }

    private Location step(Location location, PathSegment segment) {
        SchemaType type = location.type();
        if (segment instanceof PathSegment.Index) {
            return type.shape() == SchemaType.Shape.LIST ? new Location(type.element(), location.field()) : null;
        }
        String name = ((PathSegment.Key) segment).name();
        return switch (type.shape()) {
            case OBJECT -> field(type.eClass(), name).map(field -> new Location(field.type(), field)).orElse(null);
            case MAP -> new Location(type.element(), null);
            default -> null;
        };
    }

    /** @return the fields of an object of {@code eClass}: the required ones first, each group in schema order */
    public List<SchemaField> fields(EClass eClass) {
        return fields.computeIfAbsent(eClass, this::describeAll);
    }

    private List<SchemaField> describeAll(EClass eClass) {
        List<SchemaField> fields = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!feature.isDerived() && !feature.isTransient()
                    && !(feature instanceof EReference reference && !reference.isContainment())) {
                fields.add(describe(eClass, feature));
            }
        }
        fields.sort(Comparator.comparing(field -> !field.required()));
        return List.copyOf(fields);
    }

    /** @return the field with JSON name {@code name} of {@code eClass} */
    public Optional<SchemaField> field(EClass eClass, String name) {
        return fields(eClass).stream().filter(field -> field.name().equals(name)).findFirst();
    }

    private SchemaField describe(EClass owner, EStructuralFeature feature) {
        String jsonName = annotation(feature, "jsonName");
        String name = jsonName == null ? feature.getName() : jsonName;
        SchemaType type = SchemaType.of(feature);
        String itemPrefix = type.shape() == SchemaType.Shape.LIST ? "items." : "";
        List<String> enumValues = scalars(annotation(feature, itemPrefix + "enum"));
        String defaultValue = defaultText(annotation(feature, "default"));
        KnownValues.Facts facts = KnownValues.of(owner.getName(), name);
        if (facts != null && enumValues.isEmpty()) {
            enumValues = facts.enumValues();
        }
        if (facts != null && defaultValue == null) {
            defaultValue = facts.defaultValue();
        }
        String format = annotation(feature, itemPrefix + "format");
        return new SchemaField(name, owner, feature, type, "true".equals(annotation(feature, "required")),
                defaultValue, enumValues, format, docUrl(owner));
    }

    /**
     * @return the page of the API reference that documents the fields of {@code owner}, with the anchor of its
     *         section: a kind's own page; for {@code XSpec}/{@code XStatus} the page of kind {@code X}; for meta/v1
     *         types their common-definitions page; otherwise the page of the group's first kind, without an anchor
     */
    String docUrl(EClass owner) {
        String own = annotation(owner, "docUrl");
        if (own != null) {
            return own.contains("#") ? own : own + '#' + owner.getName();
        }
        String name = owner.getName();
        for (String suffix : List.of("Spec", "Status")) {
            if (name.endsWith(suffix) && owner.getEPackage().getEClassifier(
                    name.substring(0, name.length() - suffix.length())) instanceof EClass kind) {
                String kindUrl = annotation(kind, "docUrl");
                if (kindUrl != null) {
                    return kindUrl.contains("#") ? kindUrl : kindUrl + '#' + name;
                }
            }
        }
        if (owner.getEPackage().getNsURI().equals(MODEL_URI + "meta/v1")) {
            return REFERENCE + "common-definitions/" + kebab(name) + "/#" + name;
        }
        return null;
    }

    /** @return the page that documents {@code field}, else the page of {@code kind} (which may be {@code null}) */
    public String docUrl(SchemaField field, EClass kind) {
        return field.docUrl() != null || kind == null ? field.docUrl() : kindDocUrl(kind);
    }

    /** @return the page of a kind in the API reference, or {@code null} */
    public String kindDocUrl(EClass kind) {
        return annotation(kind, "docUrl");
    }

    private static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c) && (Character.isLowerCase(name.charAt(i - 1))
                    || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
            if (boundary) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** @return the strings of a JSON array of strings (which is YAML too), empty for {@code null} */
    private static List<String> scalars(String json) {
        List<String> values = new ArrayList<>();
        if (json != null) {
            for (Token token : YamlScanner.scan(json)) {
                if (token.kind().scalar()) {
                    values.add(ScalarValues.value(token.kind(),
                            json.substring(token.offset(), token.end()), -1));
                }
            }
        }
        return values;
    }

    /** @return a JSON default as YAML shows it: a string without its quotes, anything else as written */
    private static String defaultText(String json) {
        if (json == null || !json.startsWith("\"")) {
            return json;
        }
        List<String> values = scalars(json);
        return values.isEmpty() ? json : values.get(0);
    }

    private static String annotation(EModelElement element, String key) {
        return EcoreUtil.getAnnotation(element, KindRegistry.ANNOTATION_SOURCE, key);
    }

    private List<KindName> builtInKinds() {
        TreeSet<String> uris = new TreeSet<>(EPackage.Registry.INSTANCE.keySet());
        List<KindName> result = new ArrayList<>();
        for (String uri : uris) {
            if (!uri.startsWith(MODEL_URI)) {
                continue;
            }
            for (EClassifier classifier : EPackage.Registry.INSTANCE.getEPackage(uri).getEClassifiers()) {
                String gvk = classifier instanceof EClass ? annotation(classifier, "gvk") : null;
                if (gvk == null || gvk.contains(",") || classifier.getName().endsWith("List")) {
                    continue;
                }
                int slash = gvk.lastIndexOf('/');
                KindName name = new KindName(gvk.substring(0, slash), gvk.substring(slash + 1));
                if (registry.find(name.apiVersion(), name.kind()) == classifier) {
                    result.add(name);
                }
            }
        }
        result.sort(Comparator.comparing(KindName::kind).thenComparing(KindName::apiVersion));
        return result;
    }
}
