package io.pilothouse.lang.refactoring;

import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.naming.ResourceIdentity;
import io.pilothouse.lang.naming.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/**
 * The resource a cursor is on (its {@code metadata.name}, or a scalar that names it) and every scalar of the
 * loaded manifests that names it: go-to-definition, find references and rename, for the editor and the LSP.
 */
public final class ResourceReferences {

    private ResourceReferences() {}

    /**
     * @return the document the scalar at {@code offset} is the name of or refers to, or {@code null} if the cursor is
     *         on neither
     */
    public static Document targetAt(XtextResource resource, int offset) {
        Scalar scalar = scalarAt(resource, offset);
        if (scalar == null) {
            return null;
        }
        Document own = YamlPaths.documentOf(scalar);
        ResourceIdentity identity = own == null ? null : ResourceIdentity.of(own);
        if (identity != null && identity.nameScalar() == scalar) {
            return own;
        }
        EObject target = EcoreUtil.resolve(scalar.getTarget(), resource);
        return target instanceof Document document && !target.eIsProxy() ? document : null;
    }

    /** @return the scalar whose token covers {@code offset}, or {@code null} */
    public static Scalar scalarAt(XtextResource resource, int offset) {
        if (resource.getParseResult() == null) {
            return null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf != null && leaf.isHidden() && offset > 0) {
            leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
        }
        EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
        return element instanceof Scalar scalar ? scalar : null;
    }

    /**
     * @return every scalar of the project's manifests that names {@code target}: those of the resource set, after
     *         loading every manifest of the index into it
     */
    public static List<Scalar> referencesTo(Document target) {
        ResourceSet resourceSet = target.eResource().getResourceSet();
        loadIndexed((XtextResource) target.eResource());
        List<Scalar> references = new ArrayList<>();
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            if (!(resource instanceof XtextResource)) {
                continue;
            }
            for (EObject object : (Iterable<EObject>) resource::getAllContents) {
                if (object instanceof Scalar scalar && scalar.getTarget() != null
                        && EcoreUtil.resolve(scalar.getTarget(), resource) == target) {
                    references.add(scalar);
                }
            }
        }
        return references;
    }

    private static void loadIndexed(XtextResource origin) {
        ResourceSet resourceSet = origin.getResourceSet();
        IResourceDescriptions index = origin.getResourceServiceProvider().get(ResourceDescriptionsProvider.class)
                .getResourceDescriptions(resourceSet);
        for (IResourceDescription description : index.getAllResourceDescriptions()) {
            if (origin.getResourceServiceProvider().canHandle(description.getURI())) {
                resourceSet.getResource(description.getURI(), true);
            }
        }
    }

    /** @return the text range of a scalar as a replacement by {@code text} */
    static TextReplacement replace(Scalar scalar, String text) {
        SyntaxTrees.ScalarToken token = SyntaxTrees.token(scalar);
        return new TextReplacement(scalar.eResource().getURI().toString(), token.offset(), token.length(), text);
    }
}
