package io.pilothouse.lang.scoping;

/** Which resources a scalar may name; see {@link ReferenceScopes}. */
public class ManifestScopeProvider extends AbstractManifestScopeProvider {
}
