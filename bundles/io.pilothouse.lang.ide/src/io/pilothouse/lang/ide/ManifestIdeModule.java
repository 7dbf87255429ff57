package io.pilothouse.lang.ide;

/**
 * Use this class to register ide components.
 */
public class ManifestIdeModule extends AbstractManifestIdeModule {
}
