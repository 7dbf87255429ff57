package io.pilothouse.lang.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.pilothouse.lang.ManifestRuntimeModule;
import io.pilothouse.lang.ManifestStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class ManifestIdeSetup extends ManifestStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new ManifestRuntimeModule(), new ManifestIdeModule()));
    }

}
