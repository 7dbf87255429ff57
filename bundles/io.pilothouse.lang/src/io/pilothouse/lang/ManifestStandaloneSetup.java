package io.pilothouse.lang;

/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class ManifestStandaloneSetup extends ManifestStandaloneSetupGenerated {

    public static void doSetup() {
        new ManifestStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
