package io.pilothouse.model.validation.references;

import static io.pilothouse.model.k8s.meta.v1.MetaV1Package.Literals.OBJECT_META__NAME;
import static io.pilothouse.model.k8s.meta.v1.MetaV1Package.Literals.OBJECT_META__NAMESPACE;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.SetCheck;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * Identity checks of the resources themselves: two resources with one identity, and resources in a namespace the
 * files do not create. The namespace check runs only when the files hold Namespace objects (without them every
 * resource would be a finding); {@code default}, {@code kube-system}, {@code kube-public} and
 * {@code kube-node-lease} always exist.
 */
final class ResourceReferences implements SetCheck {

    private static final Set<String> BUILT_IN_NAMESPACES = Set.of("default", "kube-system", "kube-public",
            "kube-node-lease");

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        ResourceIndex index = new ResourceIndex(manifests.resources());
        boolean namespacesGiven = index.hasKind("", "Namespace", "");
        Set<ResourceIndex.Key> seen = new HashSet<>();
        for (EObject resource : index.resources()) {
            ObjectMeta meta = Resources.metadata(resource);
            if (!Resources.isKind(resource.eClass()) || meta == null) {
                continue;
            }
            String namespace = Resources.namespace(resource);
            String where = namespace.isEmpty() ? "" : " in namespace \"" + namespace + '"';
            if (!Resources.name(resource).isEmpty() && !seen.add(ResourceIndex.keyOf(resource))) {
                reporter.report(ReferenceRules.DUPLICATE, Resources.kind(resource) + " \"" + Resources.name(resource)
                        + "\" already exists" + where + ": it is defined twice in the files", meta,
                        OBJECT_META__NAME);
            }
            if (namespacesGiven && !namespace.isEmpty() && !BUILT_IN_NAMESPACES.contains(namespace)
                    && index.find("", "Namespace", "", namespace).isEmpty()) {
                reporter.report(ReferenceRules.NAMESPACE, "namespaces \"" + namespace + "\" not found", meta,
                        OBJECT_META__NAMESPACE);
            }
        }
    }
}
