package io.pilothouse.runtime.controllers.resourcequota;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ResourceQuota;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.admission.QuotaStatus;
import io.pilothouse.runtime.api.admission.QuotaUsage;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * kube-controller-manager's resource quota controller: {@code status.used} of every quota is recomputed from the
 * objects of its namespace ({@link QuotaStatus#sync}, the admission plugin's own computation), when the quota
 * appears or its spec changes, when an object that counts against quotas is deleted or changes what it counts (a
 * pod that finishes releases its compute resources; a deleted quota no longer counts against the others), and on
 * the full resync every five minutes. The kinds watched are the ones every quota counts
 * ({@link QuotaStatus#COUNTED_KINDS}). The key is the namespace: all its quotas are synced together.
 */
public final class ResourceQuotaController extends InformerController {

    /** Upstream's {@code --resource-quota-sync-period}. */
    public static final Duration RESYNC_PERIOD = Duration.ofMinutes(5);

    private Informer<ResourceQuota> quotas;

    @Override
    public String name() {
        return "resourcequota-controller";
    }

    @Override
    protected void startInformers() {
        quotas = Informer.start(context(), CoreV1Package.Literals.RESOURCE_QUOTA,
                new Informer.Handler<ResourceQuota>() {
                    @Override
                    public void onAdd(ResourceQuota quota) {
                        enqueue(quota.getMetadata().getNamespace());
                    }

                    @Override
                    public void onUpdate(ResourceQuota old, ResourceQuota current) {
                        if (!Objects.equals(old.getSpec() == null ? null : old.getSpec().getHard().map(),
                                current.getSpec() == null ? null : current.getSpec().getHard().map())) {
                            enqueue(current.getMetadata().getNamespace());
                        }
                    }

                    @Override
                    public void onDelete(ResourceQuota quota) {
                        enqueueIfQuoted(quota);
                    }
                });
        for (EClass kind : QuotaStatus.COUNTED_KINDS) {
            if (kind == CoreV1Package.Literals.RESOURCE_QUOTA) {
                continue;
            }
            Informer.start(context(), kind, new Informer.Handler<EObject>() {
                @Override
                public void onUpdate(EObject old, EObject current) {
                    if (!QuotaUsage.of(old).equals(QuotaUsage.of(current))) {
                        enqueueIfQuoted(current);
                    }
                }

                @Override
                public void onDelete(EObject object) {
                    enqueueIfQuoted(object);
                }
            });
        }
        enqueueAfter("", RESYNC_PERIOD);
    }

    private void enqueueIfQuoted(EObject object) {
        String namespace = KindInfo.of(object.eClass()).metadata(object).getNamespace();
        if (!quotas.inNamespace(namespace).isEmpty()) {
            enqueue(namespace);
        }
    }

    @Override
    protected void sync(String namespace) {
        if (namespace.isEmpty()) {
            Set<String> namespaces = new TreeSet<>();
            context().store().<ResourceQuota>list(CoreV1Package.Literals.RESOURCE_QUOTA, null, null)
                    .forEach(quota -> namespaces.add(quota.getMetadata().getNamespace()));
            namespaces.forEach(this::enqueue);
            enqueueAfter("", RESYNC_PERIOD);
            return;
        }
        for (ResourceQuota quota : quotas.inNamespace(namespace)) {
            if (quota.getSpec() != null) {
                QuotaStatus.sync(context().store(), quota);
            }
        }
    }
}
