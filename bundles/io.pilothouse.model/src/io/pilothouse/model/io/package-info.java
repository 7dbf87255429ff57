/**
 * Reading and writing Kubernetes manifests with kubectl's semantics.
 * <p>
 * {@link io.pilothouse.model.io.ManifestLoader} reads multi-document YAML or a JSON stream into positioned value
 * trees ({@link io.pilothouse.model.io.YamlNode}), resolving scalars as sigs.k8s.io/yaml does over go-yaml v2
 * (YAML 1.1), and binds them to EObjects through the {@code https://pilothouse.io/openapi} annotations of the
 * registered EPackages. Source positions live in a {@link io.pilothouse.model.io.SourceMap}, unknown fields in
 * {@link io.pilothouse.model.io.UnknownFields}, problems in {@link io.pilothouse.model.io.Diagnostic}s; bad input
 * never throws and is bounded by {@link io.pilothouse.model.io.LoadLimits}.
 * {@link io.pilothouse.model.io.ManifestWriter} writes YAML and JSON as {@code kubectl get -o yaml|json} does.
 */
package io.pilothouse.model.io;
