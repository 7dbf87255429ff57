package io.pilothouse.runtime.controllers.job;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EnvVar;
import io.pilothouse.model.k8s.core.v1.EnvVarSource;
import io.pilothouse.model.k8s.core.v1.ObjectFieldSelector;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.Pods;

/**
 * The pods of a Job as upstream's job controller writes them: from the template, with the job labels that
 * kube-apiserver's job strategy puts on the template, the tracking finalizer and, for Indexed Jobs, the completion
 * index (annotation and label, {@code <job>-<index>-} name prefix, hostname, {@value #INDEX_ENV} in every container
 * and, with a {@code backoffLimitPerIndex}, the index's failure counts).
 */
final class JobPods {

    static final String TRACKING_FINALIZER = "batch.kubernetes.io/job-tracking";
    static final String COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";
    static final String INDEXED = "Indexed";
    static final String INDEX_ENV = "JOB_COMPLETION_INDEX";

    private JobPods() {}

    /** Whether the Job's completion mode is Indexed. */
    static boolean isIndexed(Job job) {
        return INDEXED.equals(job.getSpec().getCompletionMode());
    }

    /** The pod's completion index, or -1 when it has none or an invalid one. */
    static int completionIndex(Pod pod) {
        String value = pod.getMetadata().getAnnotations().get(COMPLETION_INDEX);
        if (value == null || !value.matches("0|[1-9][0-9]{0,8}")) {
            return -1;
        }
        return Integer.parseInt(value);
    }

    /** Whether the pod carries the tracking finalizer. */
    static boolean isTracked(Pod pod) {
        return pod.getMetadata().getFinalizers().contains(TRACKING_FINALIZER);
    }

    /** Whether the pod has a completion index the Job counts: any pod of a NonIndexed Job. */
    static boolean hasValidIndex(Job job, Pod pod) {
        if (!isIndexed(job)) {
            return true;
        }
        int index = completionIndex(pod);
        return index >= 0 && index < job.getSpec().getCompletions();
    }

    /**
     * Upstream's {@code onlyReplaceFailedPods}: a terminating pod is replaced only once it failed, with {@code
     * podReplacementPolicy: Failed} or a pod failure policy.
     */
    static boolean onlyReplaceFailedPods(Job job) {
        return "Failed".equals(job.getSpec().getPodReplacementPolicy()) || job.getSpec().getPodFailurePolicy() != null;
    }

    /**
     * Whether the pod failed, as upstream's {@code isPodFailed}: Failed, or deleted before success unless only failed
     * pods are replaced.
     */
    static boolean isFailed(Job job, Pod pod) {
        if (Pods.FAILED.equals(Pods.phase(pod))) {
            return true;
        }
        return !onlyReplaceFailedPods(job) && pod.getMetadata().getDeletionTimestamp() != null
                && !Pods.SUCCEEDED.equals(Pods.phase(pod));
    }

    /**
     * A new pod of the Job; {@code index} is ignored for NonIndexed Jobs, {@code replaced} (the failed pod of the
     * index whose failure counts pass on, or {@code null}) unless the Job has a {@code backoffLimitPerIndex}.
     */
    static Pod newPod(Job job, int index, Pod replaced) {
        ObjectMeta jobMeta = job.getMetadata();
        Pod pod = CoreV1Factory.eINSTANCE.createPod();
        ObjectMeta meta = job.getSpec().getTemplate().getMetadata() == null
                ? MetaV1Factory.eINSTANCE.createObjectMeta()
                : EcoreUtil.copy(job.getSpec().getTemplate().getMetadata());
        meta.setName(null);
        meta.setNamespace(jobMeta.getNamespace());
        meta.getLabels().put("batch.kubernetes.io/controller-uid", jobMeta.getUid());
        meta.getLabels().put("batch.kubernetes.io/job-name", jobMeta.getName());
        meta.getLabels().put("controller-uid", jobMeta.getUid());
        meta.getLabels().put("job-name", jobMeta.getName());
        meta.getOwnerReferences().add(ControllerRefs.newControllerRef(job));
        meta.getFinalizers().add(TRACKING_FINALIZER);
        pod.setMetadata(meta);
        pod.setSpec(EcoreUtil.copy(job.getSpec().getTemplate().getSpec()));
        if (isIndexed(job)) {
            meta.setGenerateName(jobMeta.getName() + '-' + index + '-');
            meta.getAnnotations().put(COMPLETION_INDEX, Integer.toString(index));
            meta.getLabels().put(COMPLETION_INDEX, Integer.toString(index));
            pod.getSpec().setHostname(jobMeta.getName() + '-' + index);
            pod.getSpec().getInitContainers().forEach(JobPods::addCompletionIndexEnv);
            pod.getSpec().getContainers().forEach(JobPods::addCompletionIndexEnv);
            if (IndexFailures.hasBackoffLimitPerIndex(job)) {
                IndexFailures.annotate(meta, job, replaced);
            }
        } else {
            meta.setGenerateName(jobMeta.getName() + '-');
        }
        return pod;
    }

    /** Upstream's {@code addCompletionIndexEnvVariable}: {@value #INDEX_ENV} from the completion index label. */
    private static void addCompletionIndexEnv(Container container) {
        if (container.getEnv().stream().anyMatch(env -> INDEX_ENV.equals(env.getName()))) {
            return;
        }
        ObjectFieldSelector field = CoreV1Factory.eINSTANCE.createObjectFieldSelector();
        field.setFieldPath("metadata.labels['" + COMPLETION_INDEX + "']");
        EnvVarSource source = CoreV1Factory.eINSTANCE.createEnvVarSource();
        source.setFieldRef(field);
        EnvVar env = CoreV1Factory.eINSTANCE.createEnvVar();
        env.setName(INDEX_ENV);
        env.setValueFrom(source);
        container.getEnv().add(env);
    }

    /** Removes the tracking finalizer; a pod that is gone is fine. */
    static void removeFinalizer(ObjectStore store, Pod pod) {
        Pod copy = EcoreUtil.copy(pod);
        copy.getMetadata().getFinalizers().remove(TRACKING_FINALIZER);
        try {
            store.update(copy);
        } catch (ApiException e) {
            if (e.code() != 404) {
                throw e;
            }
        }
    }

    /** Deletes a pod; one that is gone is fine. */
    static void delete(ObjectStore store, Pod pod) {
        try {
            store.delete(CoreV1Package.Literals.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName());
        } catch (ApiException e) {
            if (e.code() != 404) {
                throw e;
            }
        }
    }
}
