package io.pilothouse.model.validation.apiserver;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceDefinition;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.JobSpec;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.networking.v1.Ingress;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceCheck;

/**
 * What kube-apiserver rejects beyond the schema, for the kinds it validates most: workloads, pod specs wherever
 * they are (pods, templates, job templates), Services, PodDisruptionBudgets, HorizontalPodAutoscalers, Ingresses,
 * CronJobs and CustomResourceDefinitions.
 */
public final class ApiServerChecks implements ResourceCheck {

    @Override
    public void check(EObject resource, Reporter reporter) {
        WorkloadChecks.check(resource, reporter);
        switch (resource) {
            case Service service -> ServiceChecks.check(service, reporter);
            case PodDisruptionBudget budget when budget.getSpec() != null ->
                PolicyChecks.disruptionBudget(budget.getSpec(), reporter);
            case io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscaler autoscaler when autoscaler
                    .getSpec() != null -> {
                PolicyChecks.autoscaler(autoscaler.getSpec(), reporter);
                MetricChecks.check(autoscaler.getSpec(), reporter);
            }
            case io.pilothouse.model.k8s.autoscaling.v1.HorizontalPodAutoscaler autoscaler when autoscaler
                    .getSpec() != null ->
                PolicyChecks.autoscaler(autoscaler.getSpec(), reporter);
            case CustomResourceDefinition definition -> CustomResourceDefinitionChecks.check(definition, reporter);
            case Ingress ingress -> IngressChecks.check(ingress, reporter);
            case CronJob cronJob when cronJob.getSpec() != null -> CronJobChecks.check(cronJob.getSpec(), reporter);
            default -> {
            }
        }
        for (Iterator<EObject> contents = resource.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof PodSpec spec) {
                PodSpecChecks.check(spec, reporter);
            } else if (object instanceof ResourceRequirements resources) {
                ResourceChecks.check(resources, reporter);
            } else if (object instanceof JobSpec || object.eContainer() == resource
                    && "spec".equals(object.eContainmentFeature().getName())) {
                CountChecks.check(object, reporter);
            }
        }
    }
}
