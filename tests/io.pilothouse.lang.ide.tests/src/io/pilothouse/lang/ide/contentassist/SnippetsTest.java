package io.pilothouse.lang.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.lang.binding.ManifestBinding;
import io.pilothouse.lang.ide.IdeProject;
import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.Validator;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** The snippets of an empty document: one per common kind, and every one a valid manifest. */
class SnippetsTest {

    @Test
    void anEmptyDocumentProposesASnippetPerCommonKind() {
        List<String> labels = Completion.at(new IdeProject(), "new.yaml", "|").stream()
                .filter(item -> item.getKind() == CompletionItemKind.Snippet)
                .map(CompletionItem::getLabel).toList();
        assertEquals(List.of("Deployment", "Service", "ConfigMap", "Secret", "Ingress", "StatefulSet", "DaemonSet",
                "Job", "CronJob", "PersistentVolumeClaim", "ServiceAccount", "Role", "RoleBinding",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Gateway", "HTTPRoute"), labels);
    }

    @Test
    void everySnippetPassesValidation() {
        String stream = String.join("---\n", ResourceSnippets.all().values());
        XtextResource resource = new IdeProject().add("snippets.yaml", stream);
        LoadResult result = IdeProject.injector().getInstance(ManifestBinding.class).of(resource);
        assertEquals(ResourceSnippets.all().size(), result.objects().size(), result.diagnostics().toString());
        List<String> errors = Validator.builder().addDefaults().build().validate(List.of(result)).diagnostics()
                .stream().filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
                .map(ValidationDiagnostic::toString).toList();
        assertEquals(List.of(), errors);
    }
}
