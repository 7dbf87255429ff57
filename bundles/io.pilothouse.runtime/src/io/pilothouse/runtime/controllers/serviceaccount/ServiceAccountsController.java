package io.pilothouse.runtime.controllers.serviceaccount;

import org.eclipse.emf.ecore.EClass;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ServiceAccount;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;

/**
 * kube-controller-manager's service account controller: the {@code default} ServiceAccount in every active
 * namespace, created when the namespace appears and again when it is deleted, so that pods pass the ServiceAccount
 * admission plugin. Tokens are not issued: a pod's projected {@code kube-api-access-*} volume would hold a bound
 * token of the ServiceAccount (audience the API server, one hour, bound to the pod), the {@code ca.crt} of
 * {@link RootCaCertPublisher}'s ConfigMap and the pod's {@code namespace} from the downward API.
 */
public final class ServiceAccountsController extends NamespaceObjectPublisher<ServiceAccount> {

    /** The ServiceAccount every namespace has. */
    public static final String DEFAULT = "default";

    @Override
    public String name() {
        return "serviceaccount-controller";
    }

    @Override
    protected EClass kind() {
        return CoreV1Package.Literals.SERVICE_ACCOUNT;
    }

    @Override
    protected String objectName() {
        return DEFAULT;
    }

    @Override
    protected ServiceAccount desired(String namespace) {
        ServiceAccount account = CoreV1Factory.eINSTANCE.createServiceAccount();
        account.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
        account.getMetadata().setNamespace(namespace);
        account.getMetadata().setName(DEFAULT);
        return account;
    }
}
