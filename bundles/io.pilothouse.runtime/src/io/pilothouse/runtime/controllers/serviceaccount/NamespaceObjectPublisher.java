package io.pilothouse.runtime.controllers.serviceaccount;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * The shape of the controllers that keep one named object in every active namespace: a namespace that appears, and
 * a namespace whose object is deleted, is synced; the sync creates the object when it is missing. The key is the
 * namespace.
 *
 * @param <T> the kind of the object
 */
abstract class NamespaceObjectPublisher<T extends EObject> extends InformerController {

    private static final int ALREADY_EXISTS = 409;
    private static final int FORBIDDEN = 403;

    private Informer<Namespace> namespaces;
    private Informer<T> objects;

    /** The kind of the object. */
    protected abstract EClass kind();

    /** The name of the object in every namespace. */
    protected abstract String objectName();

    /** The object to create in a namespace. */
    protected abstract T desired(String namespace);

    @Override
    protected final void startInformers() {
        namespaces = Informer.start(context(), CoreV1Package.Literals.NAMESPACE,
                new Informer.Handler<Namespace>() {
                    @Override
                    public void onAdd(Namespace namespace) {
                        enqueue(namespace.getMetadata().getName());
                    }
                });
        objects = Informer.start(context(), kind(), new Informer.Handler<T>() {
            @Override
            public void onDelete(T object) {
                ObjectMeta meta = KindInfo.of(kind()).metadata(object);
                if (objectName().equals(meta.getName())) {
                    enqueue(meta.getNamespace());
                }
            }
        });
    }

    @Override
    protected final void sync(String namespace) {
        Namespace current = namespaces.get(namespace);
        if (current == null || current.getMetadata().getDeletionTimestamp() != null
                || objects.get(Informer.key(namespace, objectName())) != null) {
            return;
        }
        try {
            context().store().create(desired(namespace));
        } catch (ApiException e) {
            if (e.code() != ALREADY_EXISTS && e.code() != FORBIDDEN) {
                throw e;
            }
        }
    }
}
