package io.pilothouse.model.validation.fix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlMapping.Entry;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Fix;

/**
 * Turns the {@link Fix}es of the diagnostics of one input into edits of its text. Applying the edits of a fix
 * changes only the lines the fix is about: comments, key order, quoting and layout elsewhere stay as they are. New
 * values are written as kubectl writes them, in the style of the mapping they go into (block YAML, YAML flow or
 * JSON). A fix that cannot be placed safely, such as one on a node shared through a YAML alias or merge key, gives
 * no edits. Instances are immutable; the same fix always gives the same edits.
 */
public final class FixEdits {

    private final LoadResult loaded;
    private final SourceLines lines;
    private final NodeIndex nodes;
    private final ValueRenderer renderer;
    private final KindRegistry registry;
    private final boolean json;

    /**
     * @param loaded what was loaded from {@code text}
     * @param text   the text the input was loaded from (without a byte order mark), which the ranges point into
     */
    public FixEdits(KindRegistry registry, LoadResult loaded, String text) {
        this.registry = registry;
        this.loaded = loaded;
        this.lines = new SourceLines(fileOf(loaded), text);
        this.nodes = new NodeIndex(loaded.documents());
        this.renderer = new ValueRenderer(registry);
        int first = lines.skipSpace(0);
        this.json = first < text.length() && text.charAt(first) == '{';
    }

    /** @return the edits carrying out {@code fix}, none when it cannot be placed safely; never overlapping */
    public List<SourceEdit> edits(Fix fix) {
        List<SourceEdit> edits = switch (fix) {
            case Fix.TextEdit edit -> List.of(textEdit(edit));
            case Fix.SetValue set -> setValue(set.owner(), set.feature(), set.value());
            case Fix.Unset unset -> unset(unset.owner(), unset.feature());
            case Fix.AddResource add -> addResource(add.after(), add.resource());
        };
        String lineBreak = lines.lineBreak();
        if (fix instanceof Fix.TextEdit || lineBreak.equals("\n")) {
            return edits;
        }
        return edits.stream().map(edit -> new SourceEdit(edit.range(), edit.newText().replace("\n", lineBreak)))
                .toList();
    }

    /**
     * Keeps the quotes of a quoted scalar whose text is replaced by text that needs no escaping, so that the edit
     * stays valid in JSON and keeps the quoting of YAML.
     */
    private SourceEdit textEdit(Fix.TextEdit edit) {
        SourceRange range = edit.range();
        String text = lines.text();
        boolean quoted = range.length() >= 2 && range.endOffset() <= text.length()
                && (text.charAt(range.offset()) == '"' || text.charAt(range.offset()) == '\'')
                && text.charAt(range.endOffset() - 1) == text.charAt(range.offset());
        boolean plain = edit.newText().chars().noneMatch(c -> c == '"' || c == '\'' || c == '\\' || c < ' ');
        if (!quoted || !plain) {
            return new SourceEdit(range, edit.newText());
        }
        return new SourceEdit(lines.range(range.offset() + 1, range.endOffset() - 1), edit.newText());
    }

    private List<SourceEdit> setValue(EObject owner, EStructuralFeature feature, Object value) {
        Optional<EntryEdits> mapping = mappingOf(owner);
        if (mapping.isEmpty()) {
            return List.of();
        }
        EntryEdits.Rendering rendering = rendering(owner, feature, value);
        Optional<SourceRange> key = loaded.sourceMap().keyRangeOf(owner, feature);
        if (key.isEmpty()) {
            return mapping.get().insert(rendering);
        }
        return entryAt(owner, key.get()).filter(entry -> nodes.unshared(entry.value()))
                .map(entry -> mapping.get().replace(entry, rendering)).orElse(List.of());
    }

    private List<SourceEdit> unset(EObject owner, EStructuralFeature feature) {
        Optional<SourceRange> key = loaded.sourceMap().keyRangeOf(owner, feature);
        Optional<EntryEdits> mapping = mappingOf(owner);
        if (key.isEmpty() || mapping.isEmpty()) {
            return List.of();
        }
        return entryAt(owner, key.get()).filter(entry -> nodes.unshared(entry.value())).map(mapping.get()::remove)
                .orElse(List.of());
    }

    private List<SourceEdit> addResource(EObject after, EObject resource) {
        Optional<YamlDocument> document = loaded.sourceMap().rangeOf(after)
                .flatMap(range -> nodes.documentAt(range.offset()));
        if (document.isEmpty()) {
            return List.of();
        }
        ManifestWriter writer = new ManifestWriter(registry);
        String written = json
                ? writer.toJson(List.of(resource), new UnknownFields())
                : "---\n" + writer.toYaml(List.of(resource), new UnknownFields());
        int at = lines.nextLineStart(document.get().range().endOffset());
        String text = lines.endsWithoutBreak(at) ? "\n" + written : written;
        return List.of(new SourceEdit(lines.range(at, at), text));
    }

    private Optional<EntryEdits> mappingOf(EObject owner) {
        return loaded.sourceMap().rangeOf(owner).flatMap(nodes::mapping)
                .filter(mapping -> mapping.range().endOffset() <= lines.text().length())
                .filter(mapping -> mapping.entries().stream().allMatch(entry -> inside(entry, mapping)))
                .map(mapping -> new EntryEdits(lines, mapping, json));
    }

    /** @return the entry of the owner's mapping whose key is at {@code key} */
    private Optional<Entry> entryAt(EObject owner, SourceRange key) {
        return loaded.sourceMap().rangeOf(owner).flatMap(nodes::mapping)
                .flatMap(mapping -> mapping.entries().stream()
                        .filter(entry -> entry.keyRange() != null && entry.keyRange().offset() == key.offset())
                        .findFirst());
    }

    /** A merge key brings in entries written elsewhere: such a mapping is not edited. */
    private static boolean inside(Entry entry, YamlMapping mapping) {
        return entry.keyRange() != null && entry.value().range() != null
                && entry.keyRange().offset() >= mapping.range().offset()
                && entry.value().range().endOffset() <= mapping.range().endOffset();
    }

    private EntryEdits.Rendering rendering(EObject owner, EStructuralFeature feature, Object value) {
        return new EntryEdits.Rendering() {

            @Override
            public String block() {
                return renderer.blockEntry(owner, feature, value);
            }

            @Override
            public String json() {
                return renderer.jsonEntry(owner, feature, value);
            }

            @Override
            public String compact() {
                return renderer.compactValue(owner, feature, value);
            }

            @Override
            public String key() {
                return FieldPaths.jsonName(feature);
            }
        };
    }

    private static String fileOf(LoadResult loaded) {
        return loaded.documents().isEmpty() || loaded.documents().get(0).range() == null
                ? ""
                : loaded.documents().get(0).range().file();
    }
}
