package io.pilothouse.runtime.api.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

class PriorityAndPodSecurityTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p, namespace: team}
            spec:
              priorityClassName: %s
              containers: [{name: c, image: "app:1"}]
            """;

    @ParameterizedTest
    @CsvSource({
            "'', '', 0, PreemptLowerPriority",
            "high, high, 1000, Never",
            "system-node-critical, system-node-critical, 2000001000, PreemptLowerPriority",
            "system-cluster-critical, system-cluster-critical, 2000000000, PreemptLowerPriority",
    })
    void priorityComesFromTheClass(String className, String resolved, int priority, String policy) {
        ObjectStore store = AdmissionFixtures.store();
        store.create(AdmissionFixtures.one("""
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata: {name: high}
                value: 1000
                preemptionPolicy: Never
                """));
        Pod pod = store.create(AdmissionFixtures.one(POD.formatted("'" + className + "'")));
        String name = pod.getSpec().getPriorityClassName() == null ? "" : pod.getSpec().getPriorityClassName();
        assertEquals(resolved + " " + priority + " " + policy,
                name + " " + pod.getSpec().getPriority() + " " + pod.getSpec().getPreemptionPolicy());
    }

    @Test
    void globalDefaultClassAppliesAndUnknownClassIsRejected() {
        ObjectStore store = AdmissionFixtures.store();
        store.create(AdmissionFixtures.one("""
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata: {name: normal}
                value: 100
                globalDefault: true
                """));
        Pod pod = store.create(AdmissionFixtures.one(POD.formatted("''")));
        assertEquals("normal 100", pod.getSpec().getPriorityClassName() + " " + pod.getSpec().getPriority());
        ApiException failure = assertThrows(ApiException.class,
                () -> store.create(AdmissionFixtures.one(POD.formatted("x").replace("name: p,", "name: q,"))));
        assertEquals("pods \"q\" is forbidden: no PriorityClass with name x was found", failure.getMessage());
    }

    @Test
    void podGetsAccountTokenAndTolerations() {
        ObjectStore store = AdmissionFixtures.store();
        Pod pod = store.create(AdmissionFixtures.one(POD.formatted("''")));
        assertEquals("default", pod.getSpec().getServiceAccountName());
        var volume = pod.getSpec().getVolumes().get(0);
        assertEquals(true, volume.getName().matches("kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}"));
        assertEquals(3, volume.getProjected().getSources().size());
        assertEquals("/var/run/secrets/kubernetes.io/serviceaccount",
                pod.getSpec().getContainers().get(0).getVolumeMounts().get(0).getMountPath());
        assertEquals(List.of("node.kubernetes.io/not-ready NoExecute 300",
                "node.kubernetes.io/unreachable NoExecute 300"),
                pod.getSpec().getTolerations().stream()
                        .map(t -> t.getKey() + " " + t.getEffect() + " " + t.getTolerationSeconds()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "baseline | {privileged: true} | pods \"p\" is forbidden: violates PodSecurity \"baseline:latest\": "
                    + "privileged (container \"c\" must not set securityContext.privileged=true)",
            "restricted | {} | pods \"p\" is forbidden: violates PodSecurity \"restricted:latest\": "
                    + "allowPrivilegeEscalation != false (container \"c\" must set "
                    + "securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container \"c\" must "
                    + "set securityContext.capabilities.drop=[\"ALL\"]), runAsNonRoot != true (pod or container \"c\" must "
                    + "set securityContext.runAsNonRoot=true), seccompProfile (pod or container \"c\" must set "
                    + "securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")",
            "restricted | {allowPrivilegeEscalation: false, runAsNonRoot: true, "
                    + "capabilities: {drop: [ALL], add: [SYS_TIME]}, seccompProfile: {type: RuntimeDefault}} | "
                    + "pods \"p\" is forbidden: violates PodSecurity "
                    + "\"restricted:latest\": unrestricted capabilities (container \"c\" must not include \"SYS_TIME\" in "
                    + "securityContext.capabilities.add)",
    })
    void enforceLevelRejects(String level, String securityContext, String message) {
        ObjectStore store = AdmissionFixtures.store();
        label(store, "enforce", level);
        ApiException failure = assertThrows(ApiException.class, () -> store.create(pod(securityContext)));
        assertEquals(message, failure.getMessage());
    }

    @Test
    void warnLevelOnlyWarns() {
        ObjectStore store = AdmissionFixtures.store();
        AdmissionChain chain = AdmissionChain.install(store, ObjectValidator.NONE);
        label(store, "warn", "baseline");
        store.create(pod("{privileged: true}"));
        assertEquals(List.of("would violate PodSecurity \"baseline:latest\": privileged (container \"c\" must not set "
                + "securityContext.privileged=true)"), chain.warnings());
    }

    private static Pod pod(String securityContext) {
        return AdmissionFixtures.one("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: team}
                spec:
                  containers: [{name: c, image: "app:1", securityContext: %s}]
                """.formatted(securityContext));
    }

    private static void label(ObjectStore store, String mode, String level) {
        Namespace team = store.get(CoreV1Package.Literals.NAMESPACE, null, "team");
        team.getMetadata().getLabels().put(PodSecurity.LABEL_PREFIX + mode, level);
        store.update(team);
    }
}
