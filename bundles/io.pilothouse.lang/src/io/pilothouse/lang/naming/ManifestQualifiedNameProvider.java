package io.pilothouse.lang.naming;

import io.pilothouse.lang.manifest.Document;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/** Only documents have names: {@code kind, namespace, name} (see {@link ResourceIdentity}). */
public class ManifestQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (object instanceof Document document) {
            ResourceIdentity identity = ResourceIdentity.of(document);
            return identity == null ? null : identity.qualifiedName();
        }
        return null;
    }
}
