package io.pilothouse.lang.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ManifestWorkspace;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.naming.ResourceIdentity;
import io.pilothouse.lang.naming.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** Which scalars are links to which resources, across files, namespaces and kinds. */
class ReferenceLinkingTest {

    @Test
    void linksOnlyRealReferencesToResourcesOfTheRightKindAndNamespace() {
        ManifestWorkspace workspace = new ManifestWorkspace();
        workspace.add("config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, namespace: shop}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, namespace: other}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: settings, namespace: shop}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: reader}
                """);
        XtextResource pod = workspace.add("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: app
                  namespace: shop
                  labels: {config: settings}
                spec:
                  containers:
                  - name: app
                    image: busybox:1.36
                    envFrom:
                    - configMapRef: {name: settings}
                    - secretRef:
                        name: "settings"
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: read, namespace: shop}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
                subjects: [{kind: User, name: settings}]
                """);
        assertEquals(List.of("spec.containers.[].envFrom.[].configMapRef.name -> ConfigMap/shop/settings",
                "spec.containers.[].envFrom.[].secretRef.name -> Secret/shop/settings",
                "roleRef.name -> ClusterRole//reader"), links(pod));
    }

    @Test
    void linksPodSelectorsToTheWorkloadsWhosePodsTheySelect() {
        ManifestWorkspace workspace = new ManifestWorkspace();
        workspace.add("web.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web, tier: front}}
                    spec: {containers: [{name: web, image: nginx:1.27}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: worker, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web, tier: back}}
                    spec: {containers: [{name: worker, image: busybox:1.36}]}
                """);
        XtextResource service = workspace.add("service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {app: web, tier: front}
                  ports: [{port: 80}]
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web, namespace: shop}
                spec:
                  minAvailable: 1
                  selector: {matchLabels: {tier: back}}
                """);
        assertEquals(List.of("spec.selector.app -> Deployment/shop/web", "spec.selector.tier -> Deployment/shop/web",
                "spec.selector.matchLabels.tier -> Deployment/shop/worker"), links(service));
    }

    private static List<String> links(XtextResource resource) {
        List<String> links = new ArrayList<>();
        for (EObject object : (Iterable<EObject>) resource::getAllContents) {
            if (object instanceof Scalar scalar) {
                EObject target = EcoreUtil.resolve(scalar.getTarget(), resource);
                if (target instanceof Document document && !target.eIsProxy()) {
                    ResourceIdentity identity = ResourceIdentity.of(document);
                    links.add(String.join(".", YamlPaths.pathOf(scalar)) + " -> " + identity.kind() + "/"
                            + identity.namespace() + "/" + identity.name());
                }
            }
        }
        return links;
    }
}
