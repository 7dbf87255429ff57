package io.pilothouse.lang.ide;

import com.google.inject.Injector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * A project of manifests for tests: several files in one resource set, as the language server keeps one per
 * project, with the injector of {@link ManifestTestResources}.
 */
public final class IdeProject {

    private final XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);

    public static Injector injector() {
        return ManifestTestResources.injector();
    }

    /** @return the resource of {@code text}, added to the project as {@code name} */
    public XtextResource add(String name, String text) {
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:/project/" + name));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** @return the resource of a fixture under {@code resources/}, added to the project under its file name */
    public XtextResource addFixture(String path) {
        try (InputStream in = IdeProject.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return add(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
