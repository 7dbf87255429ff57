package io.pilothouse.lang.linking;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/**
 * No linking errors: a scalar that names nothing is a plain value, and a reference to a missing resource is a
 * finding of the model's reference checks (K8S-REF-*), which know optional references and built-in objects.
 */
public class ManifestLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        return null;
    }
}
