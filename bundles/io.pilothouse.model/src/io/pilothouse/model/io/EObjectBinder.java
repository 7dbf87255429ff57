package io.pilothouse.model.io;

import java.util.Base64;
import java.util.List;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Binds value trees to EObjects reflectively, driven only by Ecore and the OpenAPI annotations. Like the API
 * server's strict decoding, a value of the wrong JSON type is reported (naming the field path, the Go struct
 * field, the expected and the actual type) and skipped, and unknown fields are reported and kept in
 * {@link UnknownFields}. JSON {@code null} leaves a field unset.
 */
final class EObjectBinder {

    private static final String API_VERSION = "apiVersion";
    private static final String KIND = "kind";
    private static final String ITEMS = "items";
    private static final String LIST_SUFFIX = "List";

    /** The Go struct field a value belongs to, for messages: a map's values belong to the map field. */
    private record Site(EClass owner, FeatureInfo field) {}

    private final KindRegistry registry;
    private final List<Diagnostic> diagnostics;
    private final SourceMap sourceMap;
    private final UnknownFields unknownFields;

    EObjectBinder(KindRegistry registry, List<Diagnostic> diagnostics, SourceMap sourceMap,
            UnknownFields unknownFields) {
        this.registry = registry;
        this.diagnostics = diagnostics;
        this.sourceMap = sourceMap;
        this.unknownFields = unknownFields;
    }

    /** Binds one document, unwrapping {@code *List} kinds into their items, and appends the objects to {@code out}. */
    void bind(YamlNode root, List<EObject> out) {
        if (!(root instanceof YamlMapping mapping)) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.BIND_TYPE_MISMATCH, "cannot unmarshal "
                    + root.jsonTypeName() + " into a Kubernetes object: a manifest must be an object", root.range()));
            return;
        }
        String apiVersion = stringValue(mapping.get(API_VERSION));
        String kind = stringValue(mapping.get(KIND));
        if (apiVersion == null || kind == null) {
            String missing = apiVersion == null && kind == null
                    ? "apiVersion not set, kind not set"
                    : apiVersion == null ? "apiVersion not set" : "kind not set";
            diagnostics.add(Diagnostic.error(DiagnosticCodes.BIND_MISSING_KIND, missing, mapping.range()));
            return;
        }
        if (kind.endsWith(LIST_SUFFIX) && mapping.get(ITEMS) instanceof YamlSequence items) {
            items.items().forEach(item -> bind(item, out));
            return;
        }
        EClass eClass = registry.find(apiVersion, kind);
        if (eClass == null) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.BIND_UNKNOWN_KIND, "no matches for kind \"" + kind
                    + "\" in version \"" + apiVersion + "\"", mapping.get(KIND).range()));
            return;
        }
        out.add(bindObject(mapping, registry.info(eClass), FieldPath.ROOT));
    }

    private EObject bindObject(YamlMapping mapping, ClassInfo info, FieldPath path) {
        EObject object = EcoreUtil.create(info.eClass);
        sourceMap.putObject(object, mapping.range());
        for (YamlMapping.Entry entry : mapping.entries()) {
            FeatureInfo feature = info.feature(entry.key());
            if (feature != null) {
                bindFeature(object, feature, entry, path.child(entry.key()), new Site(info.eClass, feature));
            } else if (path != FieldPath.ROOT || !isTypeMeta(entry.key())) {
                unknownFields.add(object, entry);
                if (!info.preserveUnknownFields) {
                    diagnostics.add(Diagnostic.error(DiagnosticCodes.BIND_UNKNOWN_FIELD,
                            "unknown field \"" + path.child(entry.key()) + "\"", entry.keyRange()));
                }
            }
        }
        return object;
    }

    /** @return false if the value was reported as a mismatch and left unset */
    @SuppressWarnings("unchecked")
    private boolean bindFeature(EObject object, FeatureInfo feature, YamlMapping.Entry entry, FieldPath path,
            Site site) {
        YamlNode node = entry.value();
        if (isNull(node)) {
            return true;
        }
        if (feature.type == ValueType.MAP) {
            if (!(node instanceof YamlMapping mapping)) {
                mismatch(site, feature, feature.goType(), node, path);
                return false;
            }
            bindMap(object, feature, mapping, path, site);
        } else if (feature.many) {
            if (!(node instanceof YamlSequence sequence)) {
                mismatch(site, feature, feature.goTypeWithMany(), node, path);
                return false;
            }
            List<Object> list = (List<Object>) object.eGet(feature.feature);
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlNode item = sequence.items().get(i);
                Object value = isNull(item) ? null : convert(site, feature, item, path.index(i));
                if (value != null) {
                    list.add(value);
                    sourceMap.addItem(object, feature.feature, item.range());
                }
            }
        } else {
            Object value = convert(site, feature, node, path);
            if (value == null) {
                return false;
            }
            object.eSet(feature.feature, value);
        }
        sourceMap.putFeature(object, feature.feature, entry.keyRange(), node.range());
        return true;
    }

    @SuppressWarnings("unchecked")
    private void bindMap(EObject object, FeatureInfo feature, YamlMapping mapping, FieldPath path, Site site) {
        ClassInfo entryInfo = registry.info(feature.eClass);
        FeatureInfo keyFeature = entryInfo.named("key");
        FeatureInfo valueFeature = entryInfo.named("value");
        List<Object> entries = (List<Object>) object.eGet(feature.feature);
        for (YamlMapping.Entry item : mapping.entries()) {
            EObject mapEntry = EcoreUtil.create(feature.eClass);
            sourceMap.putObject(mapEntry, item.keyRange());
            mapEntry.eSet(keyFeature.feature, item.key());
            sourceMap.putFeature(mapEntry, keyFeature.feature, item.keyRange(), item.keyRange());
            if (bindFeature(mapEntry, valueFeature, item, path.key(item.key()), site)) {
                entries.add(mapEntry);
                sourceMap.addItem(object, feature.feature, item.keyRange());
            }
        }
    }

    /** @return the converted value, or {@code null} if it was reported as a mismatch or is not representable */
    private Object convert(Site owner, FeatureInfo feature, YamlNode node, FieldPath path) {
        if (feature.type == ValueType.JSON) {
            return JsonNodes.toJsonNode(node);
        }
        if (feature.type == ValueType.OBJECT) {
            if (node instanceof YamlMapping mapping) {
                return bindObject(mapping, registry.info(feature.eClass), path);
            }
            return mismatch(owner, feature, feature.goType(), node, path);
        }
        if (!(node instanceof YamlScalar scalar)) {
            return mismatch(owner, feature, feature.goType(), node, path);
        }
        if (scalar.kind() == YamlScalar.Kind.FLOAT && !scalar.isFiniteNumber()) {
            return null;
        }
        return switch (feature.type) {
            case STRING -> scalar.kind() == YamlScalar.Kind.STRING
                    ? scalar.text()
                    : mismatch(owner, feature, "string", node, path);
            case BOOL -> scalar.kind() == YamlScalar.Kind.BOOL
                    ? Boolean.valueOf(scalar.text())
                    : mismatch(owner, feature, "bool", node, path);
            case INT32 -> integer(owner, feature, scalar, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case INT64 -> integer(owner, feature, scalar, path, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT64 -> floating(owner, feature, scalar, path);
            case BYTES -> bytes(owner, feature, scalar, path);
            case ENUM -> enumLiteral(owner, feature, scalar, path);
            case PARSED -> parsed(owner, feature, scalar, path);
            default -> scalar.kind() == YamlScalar.Kind.STRING
                    ? factory(feature, scalar, path)
                    : mismatch(owner, feature, feature.goType(), node, path);
        };
    }

    private Object integer(Site owner, FeatureInfo feature, YamlScalar scalar, FieldPath path, long min,
            long max) {
        Long value = scalar.isFiniteNumber() ? GoIntegers.parseJsonInteger(scalar.text(), min, max) : null;
        if (value == null) {
            return mismatch(owner, feature, feature.goType(), scalar, path);
        }
        return feature.type == ValueType.INT32 ? (Object) value.intValue() : value;
    }

    private Object floating(Site owner, FeatureInfo feature, YamlScalar scalar, FieldPath path) {
        if (!scalar.isFiniteNumber()) {
            return mismatch(owner, feature, "float64", scalar, path);
        }
        double value = Double.parseDouble(scalar.text());
        return feature.float32 ? (Object) (float) value : value;
    }

    private Object bytes(Site owner, FeatureInfo feature, YamlScalar scalar, FieldPath path) {
        if (scalar.kind() != YamlScalar.Kind.STRING) {
            return mismatch(owner, feature, "[]uint8", scalar, path);
        }
        try {
            return Base64.getDecoder().decode(scalar.text());
        } catch (IllegalArgumentException e) {
            return invalid(path, "illegal base64 data: " + e.getMessage(), scalar);
        }
    }

    private Object enumLiteral(Site owner, FeatureInfo feature, YamlScalar scalar, FieldPath path) {
        if (scalar.kind() != YamlScalar.Kind.STRING) {
            return mismatch(owner, feature, "string", scalar, path);
        }
        EEnum eEnum = (EEnum) feature.feature.getEType();
        EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(scalar.text());
        if (literal == null) {
            List<String> supported = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
            return invalid(path, "Unsupported value: \"" + scalar.text() + "\": supported values: "
                    + String.join(", ", supported.stream().map(value -> '"' + value + '"').toList()), scalar);
        }
        return literal.getInstance();
    }

    private Object parsed(Site owner, FeatureInfo feature, YamlScalar scalar, FieldPath path) {
        boolean number = scalar.isFiniteNumber();
        boolean accepted = scalar.kind() == YamlScalar.Kind.STRING || number && feature.acceptsNumber
                || scalar.kind() == YamlScalar.Kind.INT && feature.acceptsInt;
        if (!accepted) {
            return mismatch(owner, feature, feature.goType(), scalar, path);
        }
        try {
            if (scalar.kind() == YamlScalar.Kind.INT && feature.acceptsInt) {
                Long value = GoIntegers.parseJsonInteger(scalar.text(), Integer.MIN_VALUE, Integer.MAX_VALUE);
                if (value == null) {
                    return mismatch(owner, feature, feature.goType(), scalar, path);
                }
                return feature.codec.fromInt(value.intValue());
            }
            return feature.codec.parse(scalar.text());
        } catch (IllegalArgumentException e) {
            return invalid(path, "invalid " + feature.goType() + " \"" + scalar.text() + "\": " + e.getMessage(),
                    scalar);
        }
    }

    private Object factory(FeatureInfo feature, YamlScalar scalar, FieldPath path) {
        try {
            return EcoreUtil.createFromString(((EAttribute) feature.feature).getEAttributeType(), scalar.text());
        } catch (RuntimeException e) {
            return invalid(path, "invalid " + feature.goType() + " \"" + scalar.text() + "\": " + e.getMessage(),
                    scalar);
        }
    }

    private Object mismatch(Site owner, FeatureInfo feature, String expected, YamlNode node, FieldPath path) {
        String actual = node.jsonTypeName();
        if (node instanceof YamlScalar scalar && scalar.isFiniteNumber()
                && (feature.type == ValueType.INT32 || feature.type == ValueType.INT64)) {
            actual = "number " + scalar.text();
        }
        diagnostics.add(Diagnostic.error(DiagnosticCodes.BIND_TYPE_MISMATCH, path + ": cannot unmarshal " + actual
                + " into Go struct field " + owner.owner().getName() + '.' + owner.field().jsonName + " of type "
                + expected, node.range()));
        return null;
    }

    private Object invalid(FieldPath path, String message, YamlNode node) {
        diagnostics.add(Diagnostic.error(DiagnosticCodes.BIND_TYPE_MISMATCH, path + ": " + message, node.range()));
        return null;
    }

    private static boolean isTypeMeta(String key) {
        return API_VERSION.equals(key) || KIND.equals(key);
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL;
    }

    private static String stringValue(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.STRING
                && !scalar.text().isEmpty() ? scalar.text() : null;
    }
}
