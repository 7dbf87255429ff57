package io.pilothouse.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.ide.IdeProject;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proposals that come from the other manifests of the project ({@code resources/assist/config.yaml}): names of the
 * objects a reference may name, and the labels in use.
 */
class ProjectProposalsTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                app: shop
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """;

    static Stream<Arguments> proposals() {
        return Stream.of(
                Arguments.of(POD + "      env:\n        - name: MODE\n          valueFrom:\n"
                        + "            configMapKeyRef:\n              name: |",
                        List.of("feature-flags", "shop-settings")),
                Arguments.of(POD + "      envFrom:\n        - secretRef:\n            name: |", List.of("shop-db")),
                Arguments.of(POD + "  serviceAccountName: |", List.of("shop")),
                Arguments.of(POD + "  volumes:\n    - name: settings\n      configMap:\n        name: sh|",
                        List.of("shop-settings")),
                Arguments.of(POD.replace("    app: shop\n", "    app: shop\n    |\n"), List.of("tier")),
                Arguments.of(POD.replace("    app: shop\n", "    app: shop\n    tier: |\n"), List.of("backend")),
                Arguments.of("apiVersion: v1\nkind: Service\nspec:\n  selector:\n    |", List.of("app", "tier")));
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void proposesWhatTheProjectHas(String marked, List<String> expected) {
        IdeProject project = new IdeProject();
        project.addFixture("assist/config.yaml");
        assertEquals(expected, Completion.labels(project, marked));
    }

    @Test
    void aKindAlsoSetsTheApiVersion() {
        List<CompletionItem> items = Completion.at(new IdeProject(), "edited.yaml",
                "apiVersion: v1\nkind: Deploym|\n");
        CompletionItem deployment = items.get(0);
        TextEdit edit = deployment.getAdditionalTextEdits().get(0);
        assertEquals("Deployment (apps/v1) Deployment apps/v1 0:12-0:14", deployment.getLabel() + " "
                + deployment.getTextEdit().getLeft().getNewText() + " " + edit.getNewText() + " "
                + edit.getRange().getStart().getLine() + ":" + edit.getRange().getStart().getCharacter() + "-"
                + edit.getRange().getEnd().getLine() + ":" + edit.getRange().getEnd().getCharacter());
    }

    @Test
    void aKindWithoutApiVersionWritesIt() {
        CompletionItem configMap = Completion.at(new IdeProject(), "edited.yaml", "kind: ConfigM|").get(0);
        assertEquals("ConfigMap apiVersion: v1\n", configMap.getTextEdit().getLeft().getNewText() + " "
                + configMap.getAdditionalTextEdits().get(0).getNewText());
    }
}
