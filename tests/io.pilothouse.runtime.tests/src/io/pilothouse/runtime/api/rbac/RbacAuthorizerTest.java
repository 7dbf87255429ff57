package io.pilothouse.runtime.api.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.Cluster;

class RbacAuthorizerTest {

    private static RbacAuthorizer authorizer;

    @BeforeAll
    static void loadPolicy() {
        Cluster cluster = RbacFixtures.policyCluster();
        authorizer = new RbacAuthorizer(cluster.store());
    }

    @ParameterizedTest(name = "{0} {2} {3}/{4}/{5} {6} in {1}")
    @CsvSource(delimiter = '|', nullValues = "-",
            textBlock = """
                    alice                             | dev  | get    | ''    | pods       | ''    | ''         | true  | RBAC: allowed by RoleBinding "alice-pods/dev" of Role "pod-reader" to User "alice"
                    alice                             | dev  | delete | ''    | pods       | ''    | ''         | false | ''
                    alice                             | prod | get    | ''    | pods       | ''    | ''         | false | ''
                    alice                             | dev  | get    | ''    | pods       | log   | web        | true  | RBAC: allowed by RoleBinding "alice-pods/dev" of Role "pod-reader" to User "alice"
                    alice                             | dev  | create | ''    | pods       | exec  | web        | false | ''
                    alice                             | dev  | list   | ''    | secrets    | ''    | ''         | true  | RBAC: allowed by RoleBinding "alice-secrets/dev" of ClusterRole "secret-reader" to User "alice"
                    alice                             | prod | list   | ''    | secrets    | ''    | ''         | false | ''
                    alice                             | ''   | list   | ''    | secrets    | ''    | ''         | false | ''
                    dan,ops                           | ''   | list   | ''    | secrets    | ''    | ''         | true  | RBAC: allowed by ClusterRoleBinding "ops-secrets" of ClusterRole "secret-reader" to Group "ops"
                    dan,ops                           | prod | get    | ''    | secrets    | ''    | db         | true  | RBAC: allowed by ClusterRoleBinding "ops-secrets" of ClusterRole "secret-reader" to Group "ops"
                    dan,ops                           | prod | delete | ''    | secrets    | ''    | db         | false | ''
                    system:serviceaccount:prod:prometheus | dev | list | ''  | endpoints  | ''    | ''         | true  | RBAC: allowed by ClusterRoleBinding "monitoring" of ClusterRole "monitoring" to ServiceAccount "prometheus/prod"
                    system:serviceaccount:dev:prometheus | dev | list | ''   | endpoints  | ''    | ''         | false | ''
                    system:serviceaccount:dev:web     | dev  | get    | ''    | configmaps | ''    | app-config | true  | RBAC: allowed by RoleBinding "all-sa/dev" of Role "named-cm" to Group "system:serviceaccounts:dev"
                    system:serviceaccount:dev:web     | dev  | get    | ''    | configmaps | ''    | other      | false | ''
                    system:serviceaccount:dev:web     | dev  | list   | ''    | configmaps | ''    | ''         | false | ''
                    system:serviceaccount:dev:builder | dev  | update | apps  | deployments | scale | web       | true  | RBAC: allowed by RoleBinding "builder/dev" of Role "deploy-scaler" to ServiceAccount "builder/dev"
                    system:serviceaccount:prod:builder | dev | update | apps  | deployments | scale | web       | false | ''
                    system:serviceaccount:dev:builder | dev  | update | apps  | deployments | ''    | web        | false | ''
                    erin                              | prod | get    | apps  | statefulsets | scale | db       | true  | RBAC: allowed by RoleBinding "erin/prod" of Role "scaler" to User "erin"
                    erin                              | prod | get    | apps  | statefulsets | ''  | db         | false | ''
                    erin                              | prod | deletecollection | '' | configmaps | '' | ''       | true  | RBAC: allowed by RoleBinding "erin/prod" of Role "scaler" to User "erin"
                    erin                              | prod | list   | apps  | configmaps | ''    | ''         | false | ''
                    admin,system:masters              | ''   | delete | ''    | nodes      | ''    | node-1     | true  | RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" to Group "system:masters"
                    carol                             | dev  | get    | ''    | pods       | ''    | ''         | false | RBAC: clusterrole.rbac.authorization.k8s.io "does-not-exist" not found
                    carol                             | prod | get    | ''    | pods       | ''    | ''         | false | ''
                    """)
    void authorizesResourceRequests(String user, String namespace, String verb, String group, String resource,
            String subresource, String name, boolean allowed, String reason) {
        Attributes request = Attributes.resource(verb, namespace, group, resource, subresource, name);
        assertEquals(new Decision(allowed, reason), authorizer.authorize(user(user), request));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    bob                                   | get  | /logs/kubelet.log | true  | RBAC: allowed by ClusterRoleBinding "bob-logs" of ClusterRole "log-reader" to User "bob"
                    bob                                   | get  | /logs             | false | ''
                    bob                                   | post | /logs/kubelet.log | false | ''
                    system:serviceaccount:prod:prometheus | get  | /metrics          | true  | RBAC: allowed by ClusterRoleBinding "monitoring" of ClusterRole "monitoring" to ServiceAccount "prometheus/prod"
                    system:serviceaccount:prod:prometheus | get  | /metrics/extra    | false | ''
                    zed                                   | get  | /healthz          | true  | RBAC: allowed by ClusterRoleBinding "system:discovery" of ClusterRole "system:discovery" to Group "system:authenticated"
                    zed                                   | get  | /apis/apps/v1     | true  | RBAC: allowed by ClusterRoleBinding "system:discovery" of ClusterRole "system:discovery" to Group "system:authenticated"
                    system:anonymous,system:unauthenticated | get | /version         | true  | RBAC: allowed by ClusterRoleBinding "system:public-info-viewer" of ClusterRole "system:public-info-viewer" to Group "system:unauthenticated"
                    system:anonymous,system:unauthenticated | get | /apis            | false | ''
                    admin,system:masters                  | put  | /anything         | true  | RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" to Group "system:masters"
                    """)
    void authorizesNonResourceRequests(String user, String verb, String path, boolean allowed, String reason) {
        assertEquals(new Decision(allowed, reason), authorizer.authorize(user(user), Attributes.nonResource(verb,
                path)));
    }

    /** {@code name,group,...} as impersonated with {@code --as} and {@code --as-group}. */
    static UserInfo user(String spec) {
        List<String> parts = Arrays.asList(spec.split(","));
        return UserInfo.impersonated(parts.get(0), parts.subList(1, parts.size()));
    }
}
