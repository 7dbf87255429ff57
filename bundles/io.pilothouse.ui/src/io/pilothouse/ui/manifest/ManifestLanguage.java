package io.pilothouse.ui.manifest;

import com.google.inject.Injector;

import io.pilothouse.lang.ide.ManifestIdeSetup;

/** The manifest language's injector: the runtime module mixed with the IDE module, created once on first use. */
public final class ManifestLanguage {

    private ManifestLanguage() {}

    public static Injector injector() {
        return Holder.INJECTOR;
    }

    private static final class Holder {
        static final Injector INJECTOR = new ManifestIdeSetup().createInjectorAndDoEMFRegistration();
    }
}
