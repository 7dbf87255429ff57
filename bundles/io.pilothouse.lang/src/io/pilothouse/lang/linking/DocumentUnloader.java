package io.pilothouse.lang.linking;

import io.pilothouse.lang.manifest.Document;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;

/**
 * Unloads the old syntax tree after a reparse. Only documents can be the target of a reference (from a scalar of
 * another file), so only they become proxies; Xtext's generic unloader would compute a proxy URI for every node of the
 * tree, which dominated the cost of an edit.
 */
public class DocumentUnloader implements IReferableElementsUnloader {

    @Override
    public void unloadRoot(EObject root) {
        for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            object.eAdapters().clear();
            if (object instanceof Document document) {
                ((InternalEObject) document).eSetProxyURI(EcoreUtil.getURI(document));
                contents.prune();
            }
        }
        root.eAdapters().clear();
    }
}
