package io.pilothouse.model.validation.lint;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONTAINER_PORT__HOST_PORT;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONTAINER__IMAGE_PULL_POLICY;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONTAINER__LIVENESS_PROBE;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONTAINER__RESOURCES;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.ENV_VAR__VALUE;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.RESOURCE_REQUIREMENTS__LIMITS;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.RESOURCE_REQUIREMENTS__REQUESTS;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.ContainerPort;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.EnvVar;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.references.Workloads;
import io.pilothouse.model.validation.references.Workloads.ContainerAt;
import java.util.List;
import java.util.Locale;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The container lints of every workload: resource requests and limits, image tags and pull policy, probes (for
 * the regular containers of pods that serve, not of Jobs), host ports and secrets in literal environment values.
 */
final class ContainerLints implements ResourceCheck {

    /** The CPU a missing CPU request is fixed with (without a CPU limit): a tenth of a core. */
    private static final String CPU_REQUEST = "100m";

    /** The memory a missing memory request or limit is fixed with (without the other one): enough for a small app. */
    private static final String MEMORY = "128Mi";

    private static final List<String> SECRET_WORDS = List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY",
            "APIKEY", "PRIVATE_KEY", "CREDENTIAL");

    @Override
    public void check(EObject resource, Reporter reporter) {
        Workloads.podTemplate(resource).ifPresent(pod -> {
            for (ContainerAt at : pod.containers()) {
                ContainerSite site = new ContainerSite(pod, at, reporter);
                resources(site);
                image(site);
                if (!at.init() && !pod.runsToCompletion()) {
                    probes(site);
                }
                ports(site);
                env(site);
            }
        });
    }

    private static void resources(ContainerSite site) {
        Container container = site.container();
        boolean requests = container.getResources() != null;
        if (!requests || !container.getResources().getRequests().containsKey("cpu")) {
            String cpu = amount(container, RESOURCE_REQUIREMENTS__LIMITS, "cpu", CPU_REQUEST);
            site.report(LintRules.NO_CPU_REQUEST, site.label() + " has no CPU request", setResource(container,
                    RESOURCE_REQUIREMENTS__REQUESTS, "cpu", cpu, "Request " + cpu + " CPU"));
        }
        if (!requests || !container.getResources().getRequests().containsKey("memory")) {
            String memory = amount(container, RESOURCE_REQUIREMENTS__LIMITS, "memory", MEMORY);
            site.report(LintRules.NO_MEMORY_REQUEST, site.label() + " has no memory request", setResource(container,
                    RESOURCE_REQUIREMENTS__REQUESTS, "memory", memory, "Request " + memory + " of memory"));
        }
        if (!requests || !container.getResources().getLimits().containsKey("memory")) {
            String memory = amount(container, RESOURCE_REQUIREMENTS__REQUESTS, "memory", MEMORY);
            site.report(LintRules.NO_MEMORY_LIMIT, site.label() + " has no memory limit", setResource(container,
                    RESOURCE_REQUIREMENTS__LIMITS, "memory", memory, "Limit memory to " + memory));
        }
    }

    /**
     * @return the container's quantity of a resource in its limits or requests ({@code other}), which a new
     *         request or limit takes so that the request stays within the limit, else {@code fallback}
     */
    private static String amount(Container container, EReference other, String name, String fallback) {
        ResourceRequirements resources = container.getResources();
        Quantity set = resources == null ? null : quantities(resources, other).get(name);
        return set == null ? fallback : set.originalText();
    }

    /**
     * @return the fix adding a quantity to the container's requests or limits ({@code map}), which creates them and
     *         the container's {@code resources} where they are missing
     */
    private static Fix setResource(Container container, EReference map, String name, String quantity,
            String title) {
        ResourceRequirements resources = container.getResources();
        ResourceRequirements changed = resources == null
                ? CoreV1Factory.eINSTANCE.createResourceRequirements()
                : EcoreUtil.copy(resources);
        quantities(changed, map).put(name, Quantity.valueOf(quantity));
        return resources == null
                ? new Fix.SetValue(title, container, CONTAINER__RESOURCES, changed)
                : new Fix.SetValue(title, resources, map, changed.eGet(map));
    }

    @SuppressWarnings("unchecked")
    private static EMap<String, Quantity> quantities(ResourceRequirements resources, EReference map) {
        return (EMap<String, Quantity>) resources.eGet(map);
    }

    private static void image(ContainerSite site) {
        String image = site.container().getImage();
        if (image == null || image.isEmpty()) {
            return;
        }
        boolean digest = image.contains("@");
        if (digest && "Always".equals(site.container().getImagePullPolicy())) {
            site.reporter().report(LintRules.PULL_ALWAYS_DIGEST, site.label() + " pulls image \"" + image
                    + "\" Always although its digest pins it", site.container(), CONTAINER__IMAGE_PULL_POLICY,
                    new Fix.Unset("Remove imagePullPolicy (IfNotPresent)", site.container(),
                            CONTAINER__IMAGE_PULL_POLICY));
        }
    }

    /** @return the tag of an image reference without digest, {@code null} when it has none */
    static String tagOf(String image) {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(colon + 1) : null;
    }

    private static void probes(ContainerSite site) {
        Container container = site.container();
        if (container.getLivenessProbe() == null) {
            site.report(LintRules.NO_LIVENESS_PROBE, site.label() + " has no liveness probe", null);
        }
        if (container.getReadinessProbe() == null) {
            site.report(LintRules.NO_READINESS_PROBE, site.label() + " has no readiness probe", null);
        }
        if (container.getLivenessProbe() != null
                && EcoreUtil.equals(container.getLivenessProbe(), container.getReadinessProbe())) {
            site.reporter().report(LintRules.SAME_PROBES, site.label() + " has the same liveness and readiness "
                    + "probe: a pod that is not ready is restarted", container, CONTAINER__LIVENESS_PROBE);
        }
    }

    private static void ports(ContainerSite site) {
        for (ContainerPort port : site.container().getPorts()) {
            if (port.getHostPort() != null && port.getHostPort() != 0) {
                site.reporter().report(LintRules.HOST_PORT, site.label() + " binds host port " + port.getHostPort(),
                        port, CONTAINER_PORT__HOST_PORT,
                        new Fix.Unset("Remove hostPort", port, CONTAINER_PORT__HOST_PORT));
            }
        }
    }

    private static void env(ContainerSite site) {
        for (EnvVar env : site.container().getEnv()) {
            String name = env.getName() == null ? "" : env.getName().toUpperCase(Locale.ROOT);
            if (env.getValue() != null && !env.getValue().isEmpty()
                    && SECRET_WORDS.stream().anyMatch(name::contains)) {
                site.reporter().report(LintRules.ENV_VAR_SECRET, site.label() + " sets " + env.getName()
                        + " to a literal value: take secrets from a Secret (valueFrom.secretKeyRef)", env,
                        ENV_VAR__VALUE);
            }
        }
    }
}
