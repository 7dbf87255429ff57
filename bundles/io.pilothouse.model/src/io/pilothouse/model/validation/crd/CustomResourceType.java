package io.pilothouse.model.validation.crd;

import java.util.List;

/**
 * A kind defined by a CustomResourceDefinition of the input.
 *
 * @param group    {@code spec.group}
 * @param kind     {@code spec.names.kind}
 * @param plural   {@code spec.names.plural}
 * @param scope    {@code spec.scope}: {@code Namespaced} or {@code Cluster}
 * @param versions {@code spec.versions} in definition order
 */
public record CustomResourceType(String group, String kind, String plural, String scope, List<Version> versions) {

    /**
     * One entry of {@code spec.versions}.
     *
     * @param schema the structural schema, or {@code null} if the version has none
     */
    public record Version(String name, boolean served, boolean storage, Schema schema) {}

    public CustomResourceType {
        versions = List.copyOf(versions);
    }

    /** @return whether resources of this kind live in a namespace */
    public boolean namespaced() {
        return !"Cluster".equals(scope);
    }

    /** @return the version named {@code name}, or {@code null} */
    public Version version(String name) {
        return versions.stream().filter(version -> version.name().equals(name)).findFirst().orElse(null);
    }
}
