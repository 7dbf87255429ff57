package io.pilothouse.cli.auth;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.runtime.api.GroupResource;
import io.pilothouse.runtime.api.KindInfo;

/**
 * The resource types {@code kubectl} resolves a {@code TYPE} argument to: a resource ({@code deployments}), a kind
 * in lower case ({@code deployment}) or either qualified by group ({@code deployments.apps}). The core group wins
 * over the others for a name both serve ({@code events}); other groups in package order.
 */
final class ResourceTypes {

    private static final String MODEL_URI = "https://pilothouse.io/model/k8s/";
    private static final Map<String, GroupResource> BY_NAME = index();

    private ResourceTypes() {}

    /** The group and resource a type names, or {@code null} when no served kind has that name. */
    static GroupResource resolve(String type) {
        return BY_NAME.get(type.toLowerCase(Locale.ROOT));
    }

    private static Map<String, GroupResource> index() {
        CoreV1Package.eINSTANCE.eClass();
        Map<String, GroupResource> names = new TreeMap<>();
        EPackage.Registry registry = EPackage.Registry.INSTANCE;
        for (String uri : registry.keySet().stream().filter(key -> key.startsWith(MODEL_URI)).sorted().toList()) {
            for (EClassifier classifier : registry.getEPackage(uri).getEClassifiers()) {
                KindInfo info = classifier instanceof EClass eClass ? served(eClass) : null;
                if (info != null) {
                    GroupResource resource = info.resource();
                    String kind = info.gvk().kind().toLowerCase(Locale.ROOT);
                    for (String name : new String[] {resource.resource(), kind}) {
                        add(names, name, resource);
                        add(names, name + "." + resource.group(), resource);
                    }
                }
            }
        }
        return names;
    }

    private static void add(Map<String, GroupResource> names, String name, GroupResource resource) {
        GroupResource existing = names.get(name);
        if (existing == null || resource.group().isEmpty() && !existing.group().isEmpty()) {
            names.put(name, resource);
        }
    }

    private static KindInfo served(EClass eClass) {
        try {
            return KindInfo.of(eClass);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
