package io.pilothouse.lang.ide.codeactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.ManifestTestResources;
import io.pilothouse.model.validation.apiserver.ApiServerRules;
import io.pilothouse.model.validation.deprecation.DeprecationRules;
import io.pilothouse.model.validation.lint.LintRules;
import io.pilothouse.model.validation.references.ReferenceRules;
import io.pilothouse.model.validation.schema.SchemaRules;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quick fixes: the diagnostic the language server publishes (rule code, range of the finding), the code action
 * offered for it, and the text after applying its edit.
 */
class QuickFixesTest {

    private static final String URI = "inmemory:/fix.yaml";

    static Stream<Arguments> fixes() {
        return Stream.of(
                Arguments.of("replace a removed apiVersion", DeprecationRules.REMOVED.code(),
                        "networking.k8s.io/v1beta1", """
                                apiVersion: networking.k8s.io/v1beta1
                                kind: IngressClass
                                metadata:
                                  name: nginx
                                spec:
                                  controller: k8s.io/ingress-nginx
                                """,
                        "Replace networking.k8s.io/v1beta1 with networking.k8s.io/v1", """
                                apiVersion: networking.k8s.io/v1
                                kind: IngressClass
                                metadata:
                                  name: nginx
                                spec:
                                  controller: k8s.io/ingress-nginx
                                """),
                Arguments.of("remove a host port", LintRules.HOST_PORT.code(), "8080", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: app
                              image: nginx:1.27
                              ports:
                                - containerPort: 80
                                  hostPort: 8080
                                  protocol: TCP
                        """, "Remove hostPort", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: app
                              image: nginx:1.27
                              ports:
                                - containerPort: 80
                                  protocol: TCP
                        """),
                Arguments.of("add a required string", SchemaRules.REQUIRED.code(), "image: nginx", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - image: nginx:1.27
                        """, "Add required field name", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - image: nginx:1.27
                              name: ""
                        """),
                Arguments.of("add a required number", SchemaRules.REQUIRED.code(), "name: http", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: web
                        spec:
                          ports:
                            - name: http
                        """, "Add required field port", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: web
                        spec:
                          ports:
                            - name: http
                              port: 0
                        """),
                Arguments.of("add a required object", SchemaRules.REQUIRED.code(), "replicas", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        spec:
                          replicas: 1
                          template:
                            spec:
                              containers:
                                - name: app
                                  image: nginx:1.27
                        """, "Add required field selector", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        spec:
                          replicas: 1
                          template:
                            spec:
                              containers:
                                - name: app
                                  image: nginx:1.27
                          selector: {}
                        """),
                Arguments.of("add a required list", SchemaRules.REQUIRED.code(), "restartPolicy", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          restartPolicy: Always
                        """, "Add required field containers", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          restartPolicy: Always
                          containers: []
                        """),
                Arguments.of("request CPU", LintRules.NO_CPU_REQUEST.code(), "api\n", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                        """, "Request 100m CPU", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                              resources:
                                requests:
                                  cpu: 100m
                        """),
                Arguments.of("request memory", LintRules.NO_MEMORY_REQUEST.code(), "api\n", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                              resources:
                                requests:
                                  cpu: 250m
                        """, "Request 128Mi of memory", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                              resources:
                                requests:
                                  cpu: 250m
                                  memory: 128Mi
                        """),
                Arguments.of("limit memory to the request", LintRules.NO_MEMORY_LIMIT.code(), "api\n", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                              resources:
                                requests:
                                  memory: 256Mi
                        """, "Limit memory to 256Mi", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                              resources:
                                requests:
                                  memory: 256Mi
                                limits:
                                  memory: 256Mi
                        """),
                Arguments.of("align a selector with the template labels", ApiServerRules.SELECTOR_MISMATCH.code(),
                        "app: api", """
                                apiVersion: apps/v1
                                kind: Deployment
                                metadata:
                                  name: web
                                spec:
                                  selector:
                                    matchLabels:
                                      app: web
                                  template:
                                    metadata:
                                      labels:
                                        app: api
                                    spec:
                                      containers:
                                        - name: api
                                          image: nginx:1.27
                                """, "Select the template's labels", """
                                apiVersion: apps/v1
                                kind: Deployment
                                metadata:
                                  name: web
                                spec:
                                  selector:
                                    matchLabels:
                                      app: api
                                  template:
                                    metadata:
                                      labels:
                                        app: api
                                    spec:
                                      containers:
                                        - name: api
                                          image: nginx:1.27
                                """),
                Arguments.of("create a missing ConfigMap", ReferenceRules.CONFIG_MAP.code(), "settings", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                              envFrom:
                                - configMapRef:
                                    name: settings
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: other
                        """, "Create ConfigMap settings", """
                        apiVersion: v1
                        kind: Pod
                        metadata:
                          name: web
                        spec:
                          containers:
                            - name: api
                              image: nginx:1.27
                              envFrom:
                                - configMapRef:
                                    name: settings
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: settings
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: other
                        """),
                Arguments.of("create a missing claim in a file without a final line break",
                        ReferenceRules.NOT_IN_FILES.code(), "cache", """
                                apiVersion: v1
                                kind: Pod
                                metadata:
                                  name: web
                                  namespace: shop
                                spec:
                                  containers:
                                    - name: api
                                      image: nginx:1.27
                                  volumes:
                                    - name: storage
                                      persistentVolumeClaim:
                                        claimName: cache""", "Create PersistentVolumeClaim cache", """
                                apiVersion: v1
                                kind: Pod
                                metadata:
                                  name: web
                                  namespace: shop
                                spec:
                                  containers:
                                    - name: api
                                      image: nginx:1.27
                                  volumes:
                                    - name: storage
                                      persistentVolumeClaim:
                                        claimName: cache
                                ---
                                apiVersion: v1
                                kind: PersistentVolumeClaim
                                metadata:
                                  name: cache
                                  namespace: shop
                                spec:
                                  accessModes:
                                  - ReadWriteOnce
                                  resources:
                                    requests:
                                      storage: 1Gi
                                """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixes")
    void appliesTheModelsFix(String name, String code, String at, String text, String title, String expected) {
        Document document = ManifestTestResources.document(text);
        XtextResource resource = ManifestTestResources.resource("fix.yaml", text);
        ICodeActionService2.Options options = options(document, diagnostic(document, text, code, at));
        options.setDocument(document);
        options.setResource(resource);
        assertAppliedFix(name, document, actions(options), title, expected);
    }

    /** The language server sets only the URI, the server access, the parameters and the cancel indicator. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixes")
    void readsTheDocumentThroughTheLanguageServer(String name, String code, String at, String text, String title,
            String expected) {
        Document document = ManifestTestResources.document(text);
        XtextResource resource = ManifestTestResources.resource("fix.yaml", text);
        ICodeActionService2.Options options = options(document, diagnostic(document, text, code, at));
        options.setLanguageServerAccess(access(new ILanguageServerAccess.Context(resource, document, true,
                CancelIndicator.NullImpl)));
        assertAppliedFix(name, document, actions(options), title, expected);
    }

    private static Diagnostic diagnostic(Document document, String text, String code, String at) {
        int offset = text.indexOf(at);
        Diagnostic diagnostic = new Diagnostic(
                new Range(document.getPosition(offset), document.getPosition(offset + at.length())), "finding");
        diagnostic.setCode(code);
        return diagnostic;
    }

    private static ICodeActionService2.Options options(Document document, Diagnostic diagnostic) {
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setURI(URI);
        options.setCancelIndicator(CancelIndicator.NullImpl);
        options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI),
                diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));
        return options;
    }

    private static List<Either<Command, CodeAction>> actions(ICodeActionService2.Options options) {
        return ManifestTestResources.injector().getInstance(ICodeActionService2.class).getCodeActions(options);
    }

    /** @return a server access whose reads of {@link #URI} see {@code context}; nothing else is used */
    private static ILanguageServerAccess access(ILanguageServerAccess.Context context) {
        return (ILanguageServerAccess) Proxy.newProxyInstance(QuickFixesTest.class.getClassLoader(),
                new Class<?>[] {ILanguageServerAccess.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("doSyncRead") || !URI.equals(arguments[0])) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return read(arguments[1], context);
                });
    }

    @SuppressWarnings("unchecked")
    private static Object read(Object function, ILanguageServerAccess.Context context) {
        return ((Function<ILanguageServerAccess.Context, ?>) function).apply(context);
    }

    private static void assertAppliedFix(String name, Document document, List<Either<Command, CodeAction>> actions,
            String title, String expected) {
        assertEquals(1, actions.size(), name);
        CodeAction action = actions.get(0).getRight();
        assertEquals(title, action.getTitle());
        assertEquals(CodeActionKind.QuickFix, action.getKind());
        List<TextEdit> edits = action.getEdit().getChanges().get(URI);
        assertEquals(expected, document.applyChanges(edits.stream().sorted(QuickFixesTest::laterFirst).toList())
                .getContents());
    }

    private static int laterFirst(TextEdit a, TextEdit b) {
        Position x = a.getRange().getStart();
        Position y = b.getRange().getStart();
        return x.getLine() != y.getLine()
                ? Integer.compare(y.getLine(), x.getLine())
                : Integer.compare(y.getCharacter(), x.getCharacter());
    }
}
