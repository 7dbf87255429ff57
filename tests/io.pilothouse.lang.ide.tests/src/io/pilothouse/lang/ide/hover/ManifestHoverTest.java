package io.pilothouse.lang.ide.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.IdeProject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hover at the first occurrence of a text, through the language server's hover service. */
class ManifestHoverTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  restartPolicy: Always
                  containers:
                    - name: web
                      image: nginx:1.27
                      envFrom:
                        - configMapRef:
                            name: shop-settings
                        - configMapRef:
                            name: missing
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            replicas      | 5:2-5:10 | **replicas** `integer` (int32)\\n\\nOptional. Default: `1`.\\n\\n\
            [DeploymentSpec in the Kubernetes API reference](https://kubernetes.io/docs/reference/kubernetes-api/\
            workload-resources/deployment-v1/#DeploymentSpec)
            restartPolicy | 14:6-14:19 | **restartPolicy** `string`\\n\\nOptional. Default: `Always`.\\n\\n\
            Values: `Always`, `Never`, `OnFailure`.\\n\\n[PodSpec in the Kubernetes API reference]\
            (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#PodSpec)
            selector      | 6:2-6:10 | **selector** `LabelSelector`\\n\\nRequired.\\n\\n\
            [DeploymentSpec in the Kubernetes API reference](https://kubernetes.io/docs/reference/kubernetes-api/\
            workload-resources/deployment-v1/#DeploymentSpec)
            name: web     | 3:2-3:6 | **name** `string`\\n\\nOptional.\\n\\n[ObjectMeta in the Kubernetes API \
            reference](https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/#ObjectMeta)
            shop-settings | 20:22-20:35 | **ConfigMap** `shop-settings` (v1)\\n\\n`config.yaml`, line 1
            missing       | 22:22-22:29 | No ConfigMap named `missing` in the project.
            """)
    void showsTheSchemaAndTheReferencedObject(String at, String range, String markdown) {
        IdeProject project = new IdeProject();
        project.addFixture("assist/config.yaml");
        XtextResource resource = project.add("web.yaml", DEPLOYMENT);
        Document document = new Document(1, DEPLOYMENT);
        HoverParams params = new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()),
                document.getPosition(DEPLOYMENT.indexOf(at) + 1));
        Hover hover = IdeProject.injector().getInstance(IHoverService.class).hover(document, resource, params,
                CancelIndicator.NullImpl);
        String shown = hover.getRange().getStart().getLine() + ":" + hover.getRange().getStart().getCharacter() + "-"
                + hover.getRange().getEnd().getLine() + ":" + hover.getRange().getEnd().getCharacter();
        assertEquals(range + " " + markdown.replace("\\n", "\n"), shown + " " + hover.getContents().getRight()
                .getValue());
    }
}
