package io.pilothouse.model.validation.fix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadLimits;
import io.pilothouse.model.io.ManifestParser;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlMapping.Entry;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.model.validation.FieldPaths;

/**
 * Renders the value a fix gives a feature with {@link ManifestWriter}, so that the quoting and layout are kubectl's:
 * as a block YAML entry, as pretty JSON for JSON files, or as one line of JSON for YAML flow collections.
 */
final class ValueRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KindRegistry registry;

    ValueRenderer(KindRegistry registry) {
        this.registry = registry;
    }

    /** @return the {@code key: value} entry as block YAML lines, each ending with a line break, at indentation 0 */
    String blockEntry(EObject owner, EStructuralFeature feature, Object value) {
        return ManifestWriter.yaml(List.of(entryTree(owner, feature, value)));
    }

    /** @return {@code "key": value} as pretty JSON, continuation lines at indentation 0 */
    String jsonEntry(EObject owner, EStructuralFeature feature, Object value) {
        String object = ManifestWriter.json(List.of(entryTree(owner, feature, value)));
        String body = object.substring(object.indexOf('\n') + 1, object.lastIndexOf('\n', object.length() - 2));
        return body.lines().map(line -> line.substring(4)).reduce((a, b) -> a + '\n' + b).orElse("");
    }

    /** @return the value as one line of JSON */
    String compactValue(EObject owner, EStructuralFeature feature, Object value) {
        String object = ManifestWriter.json(List.of(entryTree(owner, feature, value)));
        try {
            return JSON.writeValueAsString(JSON.readTree(object).get(FieldPaths.jsonName(feature)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the JSON writer wrote invalid JSON", e);
        }
    }

    /**
     * Writes a copy of the owner's class holding only the value and reads it back, which keeps the one entry
     * (resources' {@code apiVersion} and {@code kind} are dropped). The writer leaves out an empty list, which a fix
     * sets to a required list: it is written {@code []}.
     */
    private YamlMapping entryTree(EObject owner, EStructuralFeature feature, Object value) {
        EObject holder = EcoreUtil.create(owner.eClass());
        holder.eSet(feature, copy(feature, value));
        String yaml = new ManifestWriter(registry).toYaml(List.of(holder), new UnknownFields());
        YamlNode root = new ManifestParser(LoadLimits.DEFAULTS).parse(yaml, "fix").documents().get(0).root();
        String key = FieldPaths.jsonName(feature);
        Entry entry = ((YamlMapping) root).entry(key);
        Entry empty = new Entry(key, null, new YamlSequence(null, List.of()));
        return new YamlMapping(null, List.of(entry != null ? entry : empty));
    }

    private static Object copy(EStructuralFeature feature, Object value) {
        if (!(feature instanceof EReference reference && reference.isContainment())) {
            return value;
        }
        if (value instanceof List<?> items) {
            List<EObject> copies = new ArrayList<>();
            items.forEach(item -> copies.add(EcoreUtil.copy((EObject) item)));
            return copies;
        }
        return EcoreUtil.copy((EObject) value);
    }
}
