package io.pilothouse.ui.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.pilothouse.ui.manifest.LanguageServices.Place;

/** One project's manifests in one resource set: references across files, reparsing, relinking, validation. */
class ManifestProjectTest {

    private static final URI NAMESPACE = URI.createPlatformResourceURI("/shop/namespace.yaml", true);
    private static final URI CONFIG = URI.createPlatformResourceURI("/shop/config.yaml", true);
    private static final String CONFIG_TEXT = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app
              namespace: shop
            """;

    private final ManifestProject project = ManifestProject.create();

    @Test
    void aScalarNamingAResourceInAnotherFileLeadsToIt() {
        project.put(NAMESPACE, namespace("shop"));
        project.put(CONFIG, CONFIG_TEXT);
        int shop = CONFIG_TEXT.indexOf("shop") + 1;

        Optional<Place> place = project.read(CONFIG, resource -> LanguageServices.definition(resource, shop))
                .orElseThrow();

        assertEquals(NAMESPACE, place.orElseThrow().uri());
    }

    @Test
    void renamingTheTargetBreaksTheReferenceOnceRelinked() {
        project.put(NAMESPACE, namespace("shop"));
        project.put(CONFIG, CONFIG_TEXT);
        int shop = CONFIG_TEXT.indexOf("shop") + 1;
        project.read(CONFIG, resource -> LanguageServices.definition(resource, shop));

        project.put(NAMESPACE, namespace("store"));

        assertEquals(Optional.of(Optional.empty()),
                project.read(CONFIG, resource -> LanguageServices.definition(resource, shop)));
        List<Issue> issues = project.validate(CONFIG, () -> false);
        assertTrue(issues.stream().anyMatch(issue -> issue.getMessage().contains("\"shop\"")
                && issue.getSeverity() != Severity.IGNORE && issue.getLineNumber() == 5), issues::toString);
    }

    @Test
    void anUnchangedTextIsNotReparsed() {
        project.put(CONFIG, CONFIG_TEXT);
        Object parse = project.read(CONFIG, resource -> resource.getParseResult()).orElseThrow();

        project.put(CONFIG, CONFIG_TEXT);

        assertEquals(parse, project.read(CONFIG, resource -> resource.getParseResult()).orElseThrow());
    }

    @Test
    void aRemovedManifestIsGone() {
        project.put(NAMESPACE, namespace("shop"));
        project.put(CONFIG, CONFIG_TEXT);

        project.remove(NAMESPACE);

        assertEquals(List.of(CONFIG), project.uris());
        assertEquals(Optional.empty(), project.read(NAMESPACE, resource -> resource));
    }

    @Test
    void aReaderOfAnEditorsTextSeesThatText() {
        project.put(CONFIG, CONFIG_TEXT);
        String edited = CONFIG_TEXT.replace("name: app", "name: web");

        assertEquals(Optional.of(edited), project.read(CONFIG, edited, ManifestProject::textOf));
        assertEquals(Optional.of(edited), project.read(CONFIG, ManifestProject::textOf));
    }

    @Test
    void badInputNeverThrows() {
        project.put(CONFIG, "a: \"unterminated\n---\n[{\n\u0000\u0001 ---\n");

        assertTrue(project.validate(CONFIG, () -> false).size() > 0);
    }

    private static String namespace(String name) {
        return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n";
    }
}
