package io.pilothouse.lang.scoping;

import com.google.inject.Inject;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.ManifestPackage;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.manifest.Value;
import io.pilothouse.lang.naming.ReferenceRules;
import io.pilothouse.lang.naming.ResourceIdentity;
import io.pilothouse.lang.naming.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * The resources a scalar may name: for a scalar at a reference path ({@link ReferenceRules}), every document of the
 * index (all manifests of the project, this file included) of the target kind in the referring document's namespace
 * (or cluster-scoped), by its {@code metadata.name}; a label value of a Service's, PodDisruptionBudget's or
 * NetworkPolicy's pod selector links to the workloads it selects ({@link SelectorScopes}). Any other scalar names
 * nothing.
 */
public class ManifestScopeProvider extends AbstractManifestScopeProvider {

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference != ManifestPackage.Literals.SCALAR__TARGET || !(context instanceof Scalar scalar)) {
            return IScope.NULLSCOPE;
        }
        if (SelectorScopes.isPodSelectorValue(scalar)) {
            return selectedWorkloads(scalar);
        }
        ReferenceRules.Target target = ReferenceRules.targetOf(scalar);
        if (target == null) {
            return IScope.NULLSCOPE;
        }
        String namespace = target.clusterScoped() ? "" : namespaceFor(scalar);
        IResourceDescriptions index = indexProvider.getResourceDescriptions(scalar.eResource());
        List<IEObjectDescription> candidates = new ArrayList<>();
        for (IEObjectDescription description : index.getExportedObjectsByType(ManifestPackage.Literals.DOCUMENT)) {
            QualifiedName name = description.getName();
            if (name.getSegmentCount() == 3 && name.getSegment(0).equals(target.kind())
                    && name.getSegment(1).equals(namespace)) {
                candidates.add(EObjectDescription.create(QualifiedName.create(name.getSegment(2)),
                        description.getEObjectOrProxy()));
            }
        }
        return new SimpleScope(candidates);
    }

    /** @return the workloads of the selector's namespace that it selects, under the scalar's value */
    private IScope selectedWorkloads(Scalar scalar) {
        Map<String, String> selector = SelectorScopes.selectorOf(scalar);
        String namespace = namespaceFor(scalar);
        QualifiedName value = QualifiedName.create(YamlPaths.text(scalar));
        IResourceDescriptions index = indexProvider.getResourceDescriptions(scalar.eResource());
        List<IEObjectDescription> candidates = new ArrayList<>();
        for (IEObjectDescription description : index.getExportedObjectsByType(ManifestPackage.Literals.DOCUMENT)) {
            QualifiedName name = description.getName();
            if (name.getSegmentCount() == 3 && SelectorScopes.WORKLOADS.contains(name.getSegment(0))
                    && name.getSegment(1).equals(namespace)
                    && EcoreUtil.resolve(description.getEObjectOrProxy(), scalar) instanceof Document workload
                    && SelectorScopes.selects(selector, workload)) {
                candidates.add(EObjectDescription.create(value, workload));
            }
        }
        return new SimpleScope(candidates);
    }

    /** @return the namespace the reference looks in: its own {@code namespace} key, else its document's */
    private static String namespaceFor(Scalar scalar) {
        String explicit = YamlPaths.stringValue(YamlPaths.owningMapping(scalar), "namespace");
        if (explicit != null) {
            return explicit;
        }
        Document document = YamlPaths.documentOf(scalar);
        Value root = document.getRoot() == null ? null : YamlPaths.valueOf(document.getRoot());
        Value metadata = root == null ? null : YamlPaths.valueAt(root, "metadata");
        return ResourceIdentity.orDefault(metadata == null ? null : YamlPaths.stringValue(metadata, "namespace"));
    }
}
