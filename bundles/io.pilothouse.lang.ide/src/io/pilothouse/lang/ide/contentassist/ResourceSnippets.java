package io.pilothouse.lang.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Complete manifests of the common kinds, proposed at the top of an empty document. Each is valid on its own
 * terms, and together they refer to one another: the Service, Ingress, HorizontalPodAutoscaler,
 * PodDisruptionBudget and HTTPRoute point at the {@code web} Deployment, its Service or its Gateway.
 */
public final class ResourceSnippets {

    private static final String POD = """
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports:
                        - name: http
                          containerPort: 80
                      resources:
                        requests:
                          cpu: 100m
                          memory: 128Mi
                        limits:
                          memory: 128Mi
            """;

    private static final Map<String, String> SNIPPETS = new LinkedHashMap<>();

    static {
        add("Deployment", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                """ + POD);
        add("Service", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  selector:
                    app: web
                  ports:
                    - name: http
                      port: 80
                      targetPort: http
                """);
        add("ConfigMap", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: web-config
                data:
                  key: value
                """);
        add("Secret", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: web-secret
                type: Opaque
                stringData:
                  password: change-me
                """);
        add("Ingress", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: web
                spec:
                  rules:
                    - host: web.example.com
                      http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service:
                                name: web
                                port:
                                  name: http
                """);
        add("StatefulSet", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: web
                spec:
                  serviceName: web
                  replicas: 1
                  selector:
                    matchLabels:
                      app: web-store
                  template:
                    metadata:
                      labels:
                        app: web-store
                    spec:
                """ + POD);
        add("DaemonSet", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: web
                spec:
                  selector:
                    matchLabels:
                      app: web-agent
                  template:
                    metadata:
                      labels:
                        app: web-agent
                    spec:
                """ + POD);
        add("Job", """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: web
                spec:
                  backoffLimit: 3
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: task
                          image: busybox:1.36
                          command: ["sh", "-c", "echo done"]
                """);
        add("CronJob", """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: web
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers:
                            - name: task
                              image: busybox:1.36
                              command: ["sh", "-c", "echo done"]
                """);
        add("PersistentVolumeClaim", """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: web-data
                spec:
                  accessModes:
                    - ReadWriteOnce
                  resources:
                    requests:
                      storage: 1Gi
                """);
        add("ServiceAccount", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: web
                """);
        add("Role", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: web
                rules:
                  - apiGroups: [""]
                    resources: ["configmaps"]
                    verbs: ["get", "list", "watch"]
                """);
        add("RoleBinding", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata:
                  name: web
                subjects:
                  - kind: ServiceAccount
                    name: web
                roleRef:
                  apiGroup: rbac.authorization.k8s.io
                  kind: Role
                  name: web
                """);
        add("HorizontalPodAutoscaler", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: web
                spec:
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: web
                  minReplicas: 1
                  maxReplicas: 5
                  metrics:
                    - type: Resource
                      resource:
                        name: cpu
                        target:
                          type: Utilization
                          averageUtilization: 80
                """);
        add("PodDisruptionBudget", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: web
                spec:
                  minAvailable: 1
                  selector:
                    matchLabels:
                      app: web
                """);
        add("NetworkPolicy", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: web
                spec:
                  podSelector:
                    matchLabels:
                      app: web
                  policyTypes:
                    - Ingress
                  ingress:
                    - ports:
                        - protocol: TCP
                          port: 80
                """);
        add("Gateway", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata:
                  name: web
                spec:
                  gatewayClassName: web
                  listeners:
                    - name: http
                      protocol: HTTP
                      port: 80
                """);
        add("HTTPRoute", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: web
                spec:
                  parentRefs:
                    - name: web
                  rules:
                    - backendRefs:
                        - name: web
                          port: 80
                """);
    }

    private ResourceSnippets() {}

    private static void add(String kind, String text) {
        SNIPPETS.put(kind, text);
    }

    /** @return the manifest of every kind with a snippet, by kind, in the order they are proposed */
    public static Map<String, String> all() {
        return SNIPPETS;
    }
}
