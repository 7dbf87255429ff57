package io.pilothouse.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.EPackage;

/**
 * Builds the Ecore model from the Kubernetes OpenAPI spec and a directory of CRD YAML files.
 */
public final class KubernetesModel {

    private KubernetesModel() {}

    /**
     * The packages of the model, sorted by {@code group/version}.
     *
     * @param spec the Kubernetes OpenAPI v2 spec ({@code swagger.json})
     * @param crdDirectory a directory whose {@code *.yaml} files hold CustomResourceDefinitions
     */
    public static List<EPackage> build(Path spec, Path crdDirectory) throws IOException {
        ModelPackages packages = new ModelPackages();
        new KubernetesSpecImporter(packages).importSpec(JsonMapper.builder().build().readTree(spec.toFile()));
        new CrdImporter(packages).importCrds(readCrds(crdDirectory));
        return packages.all();
    }

    private static List<JsonNode> readCrds(Path directory) throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        List<JsonNode> crds = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                yaml.readValues(yaml.createParser(file.toFile()), JsonNode.class).readAll().stream()
                        .filter(document -> "CustomResourceDefinition".equals(document.path("kind").asText()))
                        .forEach(crds::add);
            }
        }
        return crds;
    }
}
