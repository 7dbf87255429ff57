package io.pilothouse.model.validation;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.SourceRange;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A machine-applicable fix for a diagnostic, stated as a change to the model. The engine turns it into text edits
 * on the source with the source map, so the editor, the LSP server and SARIF output can apply it.
 */
public sealed interface Fix {

    /** @return what the fix does, as a quick-fix label ("Pin the image tag to 1.27.3") */
    String title();

    /** Sets {@code feature} of {@code owner} to {@code value} (a new containment value is inserted as a whole). */
    record SetValue(String title, EObject owner, EStructuralFeature feature, Object value) implements Fix {}

    /** Removes the value of {@code feature} from {@code owner}. */
    record Unset(String title, EObject owner, EStructuralFeature feature) implements Fix {}

    /** Adds a new resource as a new document after the one that holds {@code after}. */
    record AddResource(String title, EObject after, EObject resource) implements Fix {}

    /**
     * Replaces the text of {@code range} with {@code newText}: for documents the model cannot hold (an API version
     * that is not in the model), where there is no model object to change.
     */
    record TextEdit(String title, SourceRange range, String newText) implements Fix {}
}
