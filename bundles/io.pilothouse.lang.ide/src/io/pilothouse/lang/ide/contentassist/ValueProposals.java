package io.pilothouse.lang.ide.contentassist;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.pilothouse.lang.ide.contentassist.ManifestProposals.Proposals;
import io.pilothouse.lang.schema.CursorContext;
import io.pilothouse.lang.schema.DocumentEntries.ValueEntry;
import io.pilothouse.lang.schema.ManifestSchema;
import io.pilothouse.lang.schema.ManifestSchema.KindName;
import io.pilothouse.lang.schema.ManifestSchema.Location;
import io.pilothouse.lang.schema.PathSegment;
import io.pilothouse.lang.schema.ReferenceTargets;
import io.pilothouse.lang.schema.SchemaField;
import io.pilothouse.lang.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * The values proposed where a value goes: apiVersions and kinds at the top of a document (a kind also sets the
 * apiVersion), enum values, booleans, the names of the project's objects a reference may name, the label keys
 * and values of the project, and a container's port names for its probes and lifecycle handlers.
 */
@Singleton
public class ValueProposals {

    private static final PathSegment API_VERSION = PathSegment.key("apiVersion");
    private static final PathSegment KIND = PathSegment.key("kind");
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");
    private static final Set<String> NAMED_PORT_ACTIONS = Set.of("HTTPGetAction", "TCPSocketAction");

    private final ManifestSchema schema = ManifestSchema.builtIn();
    private final ProjectObjects objects;
    private final ProjectLabels labels;

    @Inject
    public ValueProposals(ProjectObjects objects, ProjectLabels labels) {
        this.objects = objects;
        this.labels = labels;
    }

    void propose(Resource resource, String text, CursorContext cursor, Optional<Location> location,
            Proposals out) {
        List<PathSegment> path = cursor.path();
        if (path.equals(List.of(API_VERSION))) {
            schema.kinds().stream().filter(kind -> cursor.kind() == null || kind.kind().equals(cursor.kind()))
                    .map(KindName::apiVersion).distinct().sorted()
                    .forEach(version -> out.add(version, version, "apiVersion", ContentAssistEntry.KIND_VALUE));
        } else if (path.equals(List.of(KIND))) {
            kinds(text, cursor, out);
        }
        if (location.isEmpty() || location.get().type().shape() != SchemaType.Shape.SCALAR) {
            return;
        }
        SchemaField field = location.get().field();
        if (field == null) {
            labelValues(resource, cursor, out);
            return;
        }
        field.enumValues().forEach(value -> out.add(value, value, field.name(), ContentAssistEntry.KIND_ENUM));
        if (field.type().display().equals("boolean")) {
            out.add("true", "true", "boolean", ContentAssistEntry.KIND_VALUE);
            out.add("false", "false", "boolean", ContentAssistEntry.KIND_VALUE);
        }
        references(resource, cursor, field, out);
        if (field.name().equals("port") && NAMED_PORT_ACTIONS.contains(field.owner().getName())) {
            containerPorts(cursor, "name", out);
        } else if (field.name().equals("port") && field.owner().getName().equals("GRPCAction")) {
            containerPorts(cursor, "containerPort", out);
        }
    }

    /** Every kind, each with its apiVersion written or replaced too. */
    private void kinds(String text, CursorContext cursor, Proposals out) {
        List<ValueEntry> written = cursor.entries().values(List.of(API_VERSION)::equals);
        for (KindName kind : schema.kinds()) {
            String label = kind.kind() + " (" + kind.apiVersion() + ')';
            if (!out.matches(kind.kind())) {
                continue;
            }
            ContentAssistEntry entry = out.addUnfiltered(kind.kind(), label, "kind", ContentAssistEntry.KIND_CLASS);
            if (written.isEmpty()) {
                int lineStart = text.lastIndexOf('\n', cursor.prefixOffset() - 1) + 1;
                entry.getTextReplacements().add(new ReplaceRegion(lineStart, 0,
                        "apiVersion: " + kind.apiVersion() + '\n'));
            } else if (!written.get(0).value().equals(kind.apiVersion())) {
                entry.getTextReplacements().add(new ReplaceRegion(written.get(0).token().offset(),
                        written.get(0).token().length(), kind.apiVersion()));
            }
        }
    }

    private void references(Resource resource, CursorContext cursor, SchemaField field, Proposals out) {
        ReferenceTargets.Target target = ReferenceTargets.of(field.owner().getName(), field.name());
        if (target == null) {
            return;
        }
        List<String> kinds = target.kinds();
        List<PathSegment> parent = cursor.path().subList(0, cursor.path().size() - 1);
        String sibling = target.kindFromSibling() ? cursor.entries().valueAt(append(parent, KIND)) : null;
        if (sibling != null) {
            kinds = List.of(sibling);
        }
        String namespace = cursor.entries().valueAt(List.of(PathSegment.key("metadata"),
                PathSegment.key("namespace")));
        Map<String, String> names = new TreeMap<>();
        for (ProjectObjects.Found found : objects.all(resource)) {
            if (kinds.contains(found.ref().kind()) && !found.ref().name().isEmpty()
                    && ProjectObjects.sameNamespace(found.ref().namespace(), namespace)) {
                String where = found.range() == null ? "" : " in " + ProjectObjects.fileName(found);
                names.putIfAbsent(found.ref().name(), found.ref().kind() + where);
            }
        }
        names.forEach((name, description) -> out.add(name, name, description, ContentAssistEntry.KIND_REFERENCE));
    }

    private void labelValues(Resource resource, CursorContext cursor, Proposals out) {
        List<PathSegment> path = cursor.path();
        if (path.size() >= 2 && ManifestProposals.isLabelMap(path.subList(0, path.size() - 1))) {
            for (String value : labels.values(resource, cursor, cursor.key())) {
                out.add(value, value, "label value", ContentAssistEntry.KIND_VALUE);
            }
        }
    }

    /** The {@code ports[*].<key>} values of the container the cursor is in. */
    private static void containerPorts(CursorContext cursor, String key, Proposals out) {
        List<PathSegment> container = containerPath(cursor.path());
        if (container == null) {
            return;
        }
        List<PathSegment> ports = append(container, PathSegment.key("ports"));
        Set<String> found = new TreeSet<>();
        for (ValueEntry entry : cursor.entries().values(path -> path.size() == ports.size() + 2
                && path.subList(0, ports.size()).equals(ports) && path.get(path.size() - 1).equals(
                        PathSegment.key(key)))) {
            found.add(entry.value());
        }
        found.forEach(port -> out.add(port, port, "container port", ContentAssistEntry.KIND_REFERENCE));
    }

    private static List<PathSegment> containerPath(List<PathSegment> path) {
        for (int i = path.size() - 1; i > 0; i--) {
            if (path.get(i) instanceof PathSegment.Index && path.get(i - 1) instanceof PathSegment.Key list
                    && CONTAINER_LISTS.contains(list.name())) {
                return path.subList(0, i + 1);
            }
        }
        return null;
    }

    private static List<PathSegment> append(List<PathSegment> path, PathSegment segment) {
        List<PathSegment> result = new ArrayList<>(path);
        result.add(segment);
        return result;
    }
}
