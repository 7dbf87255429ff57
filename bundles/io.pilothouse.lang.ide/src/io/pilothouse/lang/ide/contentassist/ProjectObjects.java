package io.pilothouse.lang.ide.contentassist;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.pilothouse.lang.binding.ManifestBinding;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.validation.ObjectRef;
import io.pilothouse.model.validation.ResourceKinds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The Kubernetes objects of a project: every document bound by {@link ManifestBinding} in the resources of the
 * resource set of a manifest (only the manifest itself when it has none), in the order of their URIs.
 */
@Singleton
public class ProjectObjects {

    /** An object, its identity, and where it is written. */
    public record Found(EObject object, ObjectRef ref, SourceRange range) {}

    private final ManifestBinding binding;

    @Inject
    public ProjectObjects(ManifestBinding binding) {
        this.binding = binding;
    }

    /** @return the objects of the project of {@code context} */
    public List<Found> all(Resource context) {
        List<Resource> resources = context.getResourceSet() == null
                ? List.of(context)
                : new ArrayList<>(context.getResourceSet().getResources());
        resources.sort(Comparator.comparing(resource -> String.valueOf(resource.getURI())));
        List<Found> found = new ArrayList<>();
        for (Resource resource : resources) {
            LoadResult result = binding.of(resource);
            for (EObject object : result.objects()) {
                found.add(new Found(object, ResourceKinds.objectRef(object),
                        result.sourceMap().rangeOf(object).orElse(null)));
            }
        }
        return found;
    }

    /** @return the name of the file an object is written in (the last segment of its URI), or {@code ""} */
    public static String fileName(Found found) {
        if (found.range() == null) {
            return "";
        }
        String file = found.range().file();
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** @return the objects of one of {@code kinds} named {@code name}, in a namespace compatible with {@code ns} */
    public List<Found> named(Resource context, List<String> kinds, String name, String namespace) {
        return all(context).stream().filter(found -> kinds.contains(found.ref().kind())
                && found.ref().name().equals(name) && sameNamespace(found.ref().namespace(), namespace)).toList();
    }

    /**
     * @return whether an object in {@code namespace} can be referred to from {@code from}; an empty namespace is
     *         the one the manifest will be applied to, so it matches any
     */
    public static boolean sameNamespace(String namespace, String from) {
        return namespace.isEmpty() || from == null || from.isEmpty() || namespace.equals(from);
    }
}
