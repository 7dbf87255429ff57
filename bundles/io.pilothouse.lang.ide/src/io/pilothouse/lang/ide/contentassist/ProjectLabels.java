package io.pilothouse.lang.ide.contentassist;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.pilothouse.lang.schema.CursorContext;
import io.pilothouse.lang.schema.DocumentEntries.ValueEntry;
import io.pilothouse.lang.schema.PathSegment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The labels used in a project: the keys and values of every {@code labels}, {@code matchLabels} and
 * {@code selector} map of its objects and of the document being typed.
 */
@Singleton
public class ProjectLabels {

    private final ProjectObjects objects;

    @Inject
    public ProjectLabels(ProjectObjects objects) {
        this.objects = objects;
    }

    /** @return the label keys of the project, sorted */
    public Set<String> keys(Resource resource, CursorContext cursor) {
        return collect(resource, cursor).keySet();
    }

    /** @return the values used with label {@code key} in the project, sorted */
    public Set<String> values(Resource resource, CursorContext cursor, String key) {
        return collect(resource, cursor).getOrDefault(key, new TreeSet<>());
    }

    private Map<String, Set<String>> collect(Resource resource, CursorContext cursor) {
        Map<String, Set<String>> labels = new TreeMap<>();
        for (ProjectObjects.Found found : objects.all(resource)) {
            add(found.object(), labels);
            found.object().eAllContents().forEachRemaining(object -> add(object, labels));
        }
        for (ValueEntry entry : cursor.entries().values(ProjectLabels::isLabel)) {
            String key = ((PathSegment.Key) entry.path().get(entry.path().size() - 1)).name();
            labels.computeIfAbsent(key, k -> new TreeSet<>()).add(entry.value());
        }
        return labels;
    }

    private static boolean isLabel(List<PathSegment> path) {
        return path.size() >= 2 && path.get(path.size() - 1) instanceof PathSegment.Key
                && ManifestProposals.isLabelMap(path.subList(0, path.size() - 1));
    }

    private static void add(EObject object, Map<String, Set<String>> labels) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (ManifestProposals.LABEL_MAPS.contains(feature.getName()) && feature.isMany()
                    && object.eGet(feature) instanceof EMap<?, ?> map) {
                for (Map.Entry<?, ?> entry : map) {
                    if (entry.getKey() instanceof String name && entry.getValue() instanceof String text) {
                        labels.computeIfAbsent(name, k -> new TreeSet<>()).add(text);
                    }
                }
            }
        }
    }
}
