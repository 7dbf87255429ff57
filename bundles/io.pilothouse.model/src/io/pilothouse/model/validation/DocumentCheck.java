package io.pilothouse.model.validation;

import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlDocument;

/**
 * A check of one document's value tree, for what the model cannot hold: documents of API versions that are not in
 * the model (removed and deprecated APIs). The engine runs it on every document of every input.
 */
@FunctionalInterface
public interface DocumentCheck {

    void check(YamlDocument document, Reporter reporter);

    /** Where document checks report: a range of the source instead of a model object. */
    @FunctionalInterface
    interface Reporter {

        /**
         * @param range where the finding is
         * @param fix   a machine-applicable fix (a {@link Fix.TextEdit}), or {@code null}
         */
        void report(Rule rule, String message, SourceRange range, Fix fix);
    }
}
