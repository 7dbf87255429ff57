package io.pilothouse.lang;

import io.pilothouse.lang.conversion.ManifestValueConverters;
import io.pilothouse.lang.linking.DocumentUnloader;
import io.pilothouse.lang.linking.ManifestLinkingDiagnostics;
import io.pilothouse.lang.naming.ManifestQualifiedNameProvider;
import io.pilothouse.lang.parser.ManifestSyntaxErrors;
import io.pilothouse.lang.validation.ManifestResourceValidator;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.validation.IResourceValidator;

/** The services of the manifest language that differ from Xtext's defaults. */
public class ManifestRuntimeModule extends AbstractManifestRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return ManifestValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return ManifestQualifiedNameProvider.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return ManifestSyntaxErrors.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return ManifestLinkingDiagnostics.class;
    }

    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return ManifestResourceValidator.class;
    }

    public Class<? extends IReferableElementsUnloader> bindIReferableElementsUnloader() {
        return DocumentUnloader.class;
    }
}
