package io.pilothouse.ui.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.naming.ResourceIdentity;
import io.pilothouse.lang.refactoring.ResourceReferences;
import io.pilothouse.lang.refactoring.ResourceRename;
import io.pilothouse.lang.refactoring.TextReplacement;

/**
 * The references between the resources of a project's manifests, for Find References and Rename: what the cursor
 * names, who refers to it, and the changes that rename it. Call these inside {@link ManifestProject#readAll}.
 */
public final class ProjectReferences {

    /** A scalar that names a resource: where it is, its line (from 1) and that line without its indentation. */
    public record Reference(URI uri, int offset, int length, int line, String source) {

        /** The reference as a list shows it, e.g. {@code ingress.yaml:41  name: api}. */
        public String label() {
            return path(uri) + ":" + line + "  " + source;
        }
    }

    /** The kind and name of a resource. */
    public record ResourceName(String kind, String name) {}

    private ProjectReferences() {}

    /**
     * The references to the resource at {@code offset} of {@code uri} among {@code manifests} (the resource the
     * scalar there names, or else the resource whose document holds the offset), by file and offset.
     */
    public static List<Reference> references(List<XtextResource> manifests, URI uri, int offset) {
        XtextResource resource = find(manifests, uri);
        Document target = resource == null ? null : ResourceReferences.targetAt(resource, offset);
        if (resource != null && target == null) {
            target = EcoreUtil2.getContainerOfType(resource.getResourceServiceProvider()
                    .get(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset), Document.class);
        }
        if (target == null) {
            return List.of();
        }
        return ResourceReferences.referencesTo(target).stream().map(ProjectReferences::reference)
                .sorted(Comparator.comparing((Reference reference) -> reference.uri().toString())
                        .thenComparingInt(Reference::offset))
                .toList();
    }

    /** The resource whose name or a reference to which is at {@code offset}, or empty. */
    public static Optional<ResourceName> resourceAt(XtextResource resource, int offset) {
        Document target = ResourceReferences.targetAt(resource, offset);
        ResourceIdentity identity = target == null ? null : ResourceIdentity.of(target);
        return identity == null ? Optional.empty() : Optional.of(new ResourceName(identity.kind(), identity.name()));
    }

    /**
     * The changes, by file, that rename the resource at {@code offset} of {@code uri} among {@code manifests} to
     * {@code newName}: its name and every reference to it. None when the offset is on no name or reference.
     */
    public static List<FileChange> rename(List<XtextResource> manifests, URI uri, int offset, String newName) {
        XtextResource resource = find(manifests, uri);
        if (resource == null) {
            return List.of();
        }
        Map<String, List<TextReplacement>> byFile = new LinkedHashMap<>();
        for (TextReplacement replacement : ResourceRename.rename(resource, offset, newName)) {
            byFile.computeIfAbsent(replacement.uri(), key -> new ArrayList<>()).add(replacement);
        }
        List<FileChange> changes = new ArrayList<>();
        byFile.forEach((file, replacements) -> {
            XtextResource changed = find(manifests, URI.createURI(file));
            if (changed != null) {
                changes.add(new FileChange(changed.getURI(), ManifestProject.textOf(changed), replacements));
            }
        });
        return changes;
    }

    private static Reference reference(Scalar scalar) {
        INode node = NodeModelUtils.findActualNodeFor(scalar);
        String text = node.getRootNode().getText();
        int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
        int lineEnd = lineEnd(text, node.getOffset());
        return new Reference(scalar.eResource().getURI(), node.getOffset(), node.getLength(), node.getStartLine(),
                text.substring(lineStart, lineEnd).strip());
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static XtextResource find(List<XtextResource> manifests, URI uri) {
        return manifests.stream().filter(manifest -> manifest.getURI().equals(uri)).findFirst().orElse(null);
    }

    /** The path of a manifest in its project, or the last segment of a URI outside the workspace. */
    private static String path(URI uri) {
        if (!uri.isPlatformResource() || uri.segmentCount() < 3) {
            return uri.lastSegment();
        }
        return String.join("/", uri.segmentsList().subList(2, uri.segmentCount()).stream().map(URI::decode).toList());
    }
}
