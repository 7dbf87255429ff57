package io.pilothouse.lang.ide;

import com.google.inject.Injector;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/** Manifest files parsed with the IDE services bound, as the language server holds them, for tests. */
public final class ManifestTestResources {

    private static final Injector INJECTOR = new ManifestIdeSetup().createInjectorAndDoEMFRegistration();

    private ManifestTestResources() {}

    public static Injector injector() {
        return INJECTOR;
    }

    /** @return {@code text} loaded as {@code file} into a project of its own */
    public static XtextResource resource(String file, String text) {
        return new IdeProject().add(file, text);
    }

    /** @return {@code text} as the language server's document */
    public static Document document(String text) {
        return new Document(1, text);
    }
}
