package io.pilothouse.runtime.controllers.podautoscaler;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.policy.v1.PolicyV1Package;

/** The YAML fixtures of {@code resources/<area>/}: core, apps, autoscaling/v2 and policy/v1 kinds. */
public final class Manifests {

    private static final ManifestLoader LOADER = new ManifestLoader(KindRegistry.of(List.of(
            CoreV1Package.eINSTANCE, AppsV1Package.eINSTANCE, AutoscalingV2Package.eINSTANCE,
            PolicyV1Package.eINSTANCE)));

    private Manifests() {}

    /** The objects of a fixture file, in document order. */
    public static List<EObject> load(String area, String file) {
        Path path = Path.of(System.getProperty("pilothouse.runtime.tests", "."), "resources", area, file);
        LoadResult result = LOADER.load(path);
        if (result.hasErrors() || result.objects().isEmpty()) {
            throw new IllegalStateException("cannot load " + path + ": " + result.documents());
        }
        return result.objects();
    }
}
