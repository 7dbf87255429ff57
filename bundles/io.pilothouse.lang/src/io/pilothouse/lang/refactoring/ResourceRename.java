package io.pilothouse.lang.refactoring;

import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.naming.ReferenceRules;
import io.pilothouse.lang.naming.ResourceIdentity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Renames a resource: its {@code metadata.name} and every scalar of the loaded manifests that names it, and
 * nothing else (a label value that happens to be equal is not a reference, and a Service selector that selects the
 * resource's pods keeps its labels).
 */
public final class ResourceRename {

    private ResourceRename() {}

    /**
     * @return the replacements, ordered by file and offset, or an empty list if the cursor is on no resource name or
     *         reference
     */
    public static List<TextReplacement> rename(XtextResource resource, int offset, String newName) {
        Document target = ResourceReferences.targetAt(resource, offset);
        ResourceIdentity identity = target == null ? null : ResourceIdentity.of(target);
        if (identity == null) {
            return List.of();
        }
        String text = resource.getResourceServiceProvider().get(IValueConverterService.class).toString(newName,
                "ScalarText");
        List<TextReplacement> replacements = new ArrayList<>();
        replacements.add(ResourceReferences.replace(identity.nameScalar(), text));
        for (Scalar reference : ResourceReferences.referencesTo(target)) {
            if (ReferenceRules.targetOf(reference) != null) {
                replacements.add(ResourceReferences.replace(reference, text));
            }
        }
        replacements.sort(Comparator.comparing(TextReplacement::uri).thenComparingInt(TextReplacement::offset));
        return replacements;
    }
}
