package io.pilothouse.runtime.api.rbac;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.runtime.api.ApiException;

class RbacGuardsTest {

    private static final String NOT_HELD = "is attempting to grant RBAC permissions not currently held:\n";

    private static RbacGuards guards;

    @BeforeAll
    static void loadPolicy() {
        guards = new RbacGuards(RbacFixtures.policyCluster().store());
    }

    @ParameterizedTest(name = "{0} creates {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    alice                | Role dev r              | rules: [{apiGroups: [''], resources: [pods], verbs: [get, list]}]
                    alice                | Role dev r              | rules: [{apiGroups: [''], resources: [pods/log], verbs: [get]}]
                    alice                | RoleBinding dev b       | roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
                    admin,system:masters | ClusterRole - agg       | aggregationRule: {clusterRoleSelectors: [{matchLabels: {a: b}}]}
                    frank                | Role dev r              | rules: [{apiGroups: [''], resources: [secrets], verbs: [delete]}]
                    frank                | ClusterRoleBinding - b  | roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: monitoring}
                    erin                 | Role prod r             | rules: [{apiGroups: [apps], resources: [deployments/scale], verbs: [get]}]
                    """)
    void allows(String user, String object, String body) {
        assertDoesNotThrow(() -> guards.checkCreate(RbacAuthorizerTest.user(user), object(object, body)));
    }

    @ParameterizedTest(name = "{0} creates {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    alice   | Role dev r             | rules: [{apiGroups: [''], resources: [pods, secrets], verbs: [get, delete, watch]}]  | roles.rbac.authorization.k8s.io "r" is forbidden: user "alice" (groups=["system:authenticated"]) NOT_HELD{APIGroups:[""], Resources:["pods"], Verbs:["delete"]}\\n{APIGroups:[""], Resources:["secrets"], Verbs:["delete" "watch"]}
                    alice   | Role prod r            | rules: [{apiGroups: [''], resources: [pods], verbs: [get]}]  | roles.rbac.authorization.k8s.io "r" is forbidden: user "alice" (groups=["system:authenticated"]) NOT_HELD{APIGroups:[""], Resources:["pods"], Verbs:["get"]}
                    alice   | Role dev r             | rules: [{apiGroups: [''], resources: [configmaps], resourceNames: [a, b], verbs: [get]}]  | roles.rbac.authorization.k8s.io "r" is forbidden: user "alice" (groups=["system:authenticated"]) NOT_HELD{APIGroups:[""], Resources:["configmaps"], ResourceNames:["a"], Verbs:["get"]}\\n{APIGroups:[""], Resources:["configmaps"], ResourceNames:["b"], Verbs:["get"]}
                    dan,ops | ClusterRole - agg      | aggregationRule: {clusterRoleSelectors: [{matchLabels: {a: b}}]}  | clusterroles.rbac.authorization.k8s.io "agg" is forbidden: must have cluster-admin privileges to use the aggregationRule
                    dan,ops | ClusterRole - c        | rules: [{nonResourceURLs: [/metrics, /logs/*], verbs: [get]}]  | clusterroles.rbac.authorization.k8s.io "c" is forbidden: user "dan" (groups=["ops" "system:authenticated"]) NOT_HELD{NonResourceURLs:["/logs/*"], Verbs:["get"]}\\n{NonResourceURLs:["/metrics"], Verbs:["get"]}
                    alice   | RoleBinding dev b      | roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: monitoring}  | rolebindings.rbac.authorization.k8s.io "b" is forbidden: user "alice" (groups=["system:authenticated"]) NOT_HELD{APIGroups:[""], Resources:["endpoints"], Verbs:["get" "list"]}\\n{NonResourceURLs:["/metrics"], Verbs:["get"]}
                    alice   | RoleBinding dev b      | roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: nope}  | rolebindings.rbac.authorization.k8s.io "b" is forbidden: roles.rbac.authorization.k8s.io "nope" not found
                    frank   | ClusterRoleBinding - b | roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}  | clusterrolebindings.rbac.authorization.k8s.io "b" is forbidden: user "frank" (groups=["system:authenticated"]) NOT_HELD{APIGroups:["*"], Resources:["*"], Verbs:["*"]}\\n{NonResourceURLs:["*"], Verbs:["*"]}
                    frank   | Role prod r            | rules: [{apiGroups: [''], resources: [secrets], verbs: [delete]}]  | roles.rbac.authorization.k8s.io "r" is forbidden: user "frank" (groups=["system:authenticated"]) NOT_HELD{APIGroups:[""], Resources:["secrets"], Verbs:["delete"]}
                    carol   | Role dev r             | rules: [{apiGroups: [''], resources: [pods], verbs: [get]}]  | roles.rbac.authorization.k8s.io "r" is forbidden: user "carol" (groups=["system:authenticated"]) NOT_HELD{APIGroups:[""], Resources:["pods"], Verbs:["get"]}; resolution errors: [clusterroles.rbac.authorization.k8s.io "does-not-exist" not found]
                    """)
    void forbids(String user, String object, String body, String message) {
        ApiException error = assertThrows(ApiException.class,
                () -> guards.checkCreate(RbacAuthorizerTest.user(user), object(object, body)));
        assertEquals(403, error.code());
        assertEquals(message.replace("NOT_HELD", NOT_HELD).replace("\\n", "\n"), error.status().getMessage());
    }

    /** {@code KIND NAMESPACE NAME} ({@code -} for no namespace) with the rest of the object in YAML flow style. */
    private static EObject object(String header, String body) {
        String[] parts = header.split(" ");
        String namespace = parts[1].equals("-") ? "" : ", namespace: " + parts[1];
        String yaml = "apiVersion: rbac.authorization.k8s.io/v1\nkind: " + parts[0] + "\nmetadata: {name: " + parts[2]
                + namespace + "}\n" + body + "\n";
        return new ManifestLoader(KindRegistry.builtIn()).load(new ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml").objects().get(0);
    }
}
