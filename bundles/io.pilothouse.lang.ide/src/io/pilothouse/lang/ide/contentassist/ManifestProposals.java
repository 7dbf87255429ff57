package io.pilothouse.lang.ide.contentassist;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.pilothouse.lang.schema.CursorContext;
import io.pilothouse.lang.schema.ManifestSchema;
import io.pilothouse.lang.schema.ManifestSchema.KindName;
import io.pilothouse.lang.schema.ManifestSchema.Location;
import io.pilothouse.lang.schema.PathSegment;
import io.pilothouse.lang.schema.SchemaField;
import io.pilothouse.lang.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * The proposals at a cursor in a manifest, best first: a snippet per common kind and the apiVersion/kind pairs at
 * the top of an empty document; the keys the schema allows where a key goes, required ones first and those
 * already present left out; where a value goes, what {@link ValueProposals} finds.
 */
@Singleton
public class ManifestProposals {

    static final List<String> LABEL_MAPS = List.of("labels", "matchLabels", "selector");

    private final ManifestSchema schema = ManifestSchema.builtIn();
    private final ValueProposals values;
    private final ProjectLabels labels;

    @Inject
    public ManifestProposals(ValueProposals values, ProjectLabels labels) {
        this.values = values;
        this.labels = labels;
    }

    /** @return the proposals at {@code offset} of {@code text}, the content of a manifest, best first */
    public List<ContentAssistEntry> proposals(Resource resource, String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return List.of();
        }
        CursorContext cursor = CursorContext.at(text, offset);
        if (cursor == null) {
            return List.of();
        }
        Proposals out = new Proposals(cursor);
        Optional<Location> location = schema.resolve(cursor.apiVersion(), cursor.kind(), cursor.path());
        switch (cursor.position()) {
            case KEY -> keys(resource, cursor, location, out);
            case ITEM -> {
                if (location.isPresent() && location.get().type().shape() == SchemaType.Shape.OBJECT) {
                    fields(location.get(), cursor, out);
                } else {
                    values.propose(resource, text, cursor, location, out);
                }
            }
            case VALUE -> values.propose(resource, text, cursor, location, out);
        }
        return out.entries();
    }

    private void keys(Resource resource, CursorContext cursor, Optional<Location> location, Proposals out) {
        if (cursor.path().isEmpty()) {
            top(cursor, out);
        }
        if (location.isEmpty()) {
            return;
        }
        if (location.get().type().shape() == SchemaType.Shape.OBJECT) {
            fields(location.get(), cursor, out);
        } else if (location.get().type().shape() == SchemaType.Shape.MAP && isLabelMap(cursor.path())) {
            for (String key : labels.keys(resource, cursor)) {
                if (!cursor.presentKeys().contains(key)) {
                    out.add(key + ": ", key, "label", ContentAssistEntry.KIND_PROPERTY);
                }
            }
        }
    }

    /** At the top of a document: snippets when it is empty, apiVersion/kind pairs while neither is written. */
    private void top(CursorContext cursor, Proposals out) {
        List<String> present = cursor.presentKeys();
        if (present.isEmpty()) {
            ResourceSnippets.all().forEach((kind, text) -> out.add(text, kind, "new " + kind,
                    ContentAssistEntry.KIND_SNIPPET));
        }
        if (present.contains("apiVersion") || present.contains("kind")) {
            return;
        }
        for (KindName kind : schema.kinds()) {
            String label = kind.kind() + " (" + kind.apiVersion() + ')';
            if (out.matches(kind.kind()) || out.matches("apiVersion") || out.matches("kind")) {
                out.addUnfiltered("apiVersion: " + kind.apiVersion() + "\nkind: " + kind.kind() + '\n', label,
                        "apiVersion and kind", ContentAssistEntry.KIND_CLASS);
            }
        }
    }

    private void fields(Location location, CursorContext cursor, Proposals out) {
        List<String> present = cursor.presentKeys();
        for (SchemaField field : schema.fields(location.type().eClass())) {
            if (!present.contains(field.name())) {
                out.add(keyText(field, cursor.column()), field.name(), describe(field),
                        ContentAssistEntry.KIND_PROPERTY);
            }
        }
    }

    /**
     * @return a key with what follows it: a space for a scalar, a new indented line for a collection; inside a flow
     *         collection ({@code column} -1) always a space
     */
    static String keyText(SchemaField field, int column) {
        if (column < 0) {
            return field.name() + ": ";
        }
        String indent = " ".repeat(column + 2);
        return switch (field.type().shape()) {
            case SCALAR -> field.name() + ": ";
            case LIST -> field.name() + ":\n" + indent + "- ";
            case OBJECT, MAP -> field.name() + ":\n" + indent;
        };
    }

    private static String describe(SchemaField field) {
        return field.required() ? field.type().display() + ", required" : field.type().display();
    }

    static boolean isLabelMap(List<PathSegment> path) {
        return !path.isEmpty() && path.get(path.size() - 1) instanceof PathSegment.Key key
                && LABEL_MAPS.contains(key.name());
    }

    /** The proposals found so far, in order, those that do not start with the typed text left out. */
    static final class Proposals {

        private final CursorContext cursor;
        private final List<ContentAssistEntry> entries = new ArrayList<>();

        Proposals(CursorContext cursor) {
            this.cursor = cursor;
        }

        boolean matches(String candidate) {
            return candidate.regionMatches(true, 0, cursor.prefix(), 0, cursor.prefix().length());
        }

        void add(String proposal, String label, String description, String kind) {
            if (matches(label)) {
                addUnfiltered(proposal, label, description, kind);
            }
        }

        ContentAssistEntry addUnfiltered(String proposal, String label, String description, String kind) {
            ContentAssistEntry entry = new ContentAssistEntry();
            entry.setPrefix(cursor.prefix());
            entry.setProposal(proposal);
            entry.setLabel(label);
            entry.setDescription(description);
            entry.setKind(kind);
            if (entries.stream().noneMatch(existing -> existing.getLabel().equals(label))) {
                entries.add(entry);
            }
            return entry;
        }

        List<ContentAssistEntry> entries() {
            return entries;
        }
    }
}
