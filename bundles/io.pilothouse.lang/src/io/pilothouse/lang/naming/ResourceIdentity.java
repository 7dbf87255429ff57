package io.pilothouse.lang.naming;

import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.manifest.Value;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * What a document is: its apiVersion, kind, name and namespace, read from its syntax tree. Its qualified name in the
 * index is {@code kind, namespace, name}, the namespace empty for cluster-scoped kinds and {@code default} for
 * namespaced ones that name none.
 */
public record ResourceIdentity(String apiVersion, String kind, String namespace, String name, Scalar nameScalar) {

    /** @return the identity of {@code document}, or {@code null} if it has no kind or no metadata.name */
    public static ResourceIdentity of(Document document) {
        if (document.getRoot() == null) {
            return null;
        }
        Value root = YamlPaths.valueOf(document.getRoot());
        String kind = YamlPaths.stringValue(root, "kind");
        Value metadata = YamlPaths.valueAt(root, "metadata");
        Value name = metadata == null ? null : YamlPaths.valueAt(metadata, "name");
        if (kind == null || !(name instanceof Scalar nameScalar)) {
            return null;
        }
        String namespace = ReferenceRules.isClusterScoped(kind)
                ? ""
                : orDefault(YamlPaths.stringValue(metadata, "namespace"));
        return new ResourceIdentity(YamlPaths.stringValue(root, "apiVersion"), kind, namespace,
                YamlPaths.text(nameScalar), nameScalar);
    }

    /** @return {@code namespace}, or {@code default} when it is absent or empty */
    public static String orDefault(String namespace) {
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }

    /** @return the name in the index */
    public QualifiedName qualifiedName() {
        return QualifiedName.create(kind, namespace, name);
    }
}
