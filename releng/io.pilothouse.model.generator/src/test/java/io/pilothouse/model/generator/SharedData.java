package io.pilothouse.model.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Assumptions;

/**
 * The inputs in the shared data directory: {@code -Dpilothouse.shared.data=<dir>}, else {@code ../shared/data}
 * relative to the repository root. Tests that need them are skipped when they are absent (e.g. in a user's clone).
 */
final class SharedData {

    private static final Path DIRECTORY = Path.of(System.getProperty("pilothouse.shared.data", "../../../shared/data"));
    static final Path SPEC = DIRECTORY.resolve("kubernetes/openapi/swagger-v1.36.json");
    static final Path CRDS = DIRECTORY.resolve("gateway-api/v1.6.1");

    private static List<EPackage> model;

    private SharedData() {}

    static void assumePresent() {
        Assumptions.assumeTrue(Files.isRegularFile(SPEC) && Files.isDirectory(CRDS),
                "Skipped: the shared data (" + SPEC + ", " + CRDS + ") is absent; set -Dpilothouse.shared.data");
    }

    /** The model built from the shared data, built once. */
    static synchronized List<EPackage> model() {
        assumePresent();
        if (model == null) {
            try {
                model = KubernetesModel.build(SPEC, CRDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    static EPackage ePackage(String groupVersion) {
        return model().stream()
                .filter(candidate -> candidate.getNsURI().equals(ModelPackages.NS_URI_PREFIX + groupVersion))
                .findFirst().orElseThrow(() -> new AssertionError("No package " + groupVersion));
    }

    static EClass eClass(String groupVersion, String name) {
        EClass eClass = (EClass) ePackage(groupVersion).getEClassifier(name);
        if (eClass == null) {
            throw new AssertionError("No class " + name + " in " + groupVersion);
        }
        return eClass;
    }
}
