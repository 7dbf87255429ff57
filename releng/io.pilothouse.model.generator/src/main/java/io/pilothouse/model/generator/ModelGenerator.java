package io.pilothouse.model.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * Regenerates {@code model/}, {@code src-gen/} and {@code plugin.xml} of the io.pilothouse.model bundle.
 * <p>
 * Usage: {@code ModelGenerator [--root <repository root>] [--spec <swagger.json>] [--crds <CRD directory>]}. The
 * root defaults to the working directory, the inputs to {@code ../shared/data/...} relative to the root. The
 * outputs are produced in a temporary project, then replace the old ones, so no stale file survives.
 */
public final class ModelGenerator {

    private static final String BUNDLE = "bundles/" + GenModelFactory.PLUGIN_ID;
    private static final List<String> OUTPUTS = List.of(ModelFiles.MODEL_FOLDER, "src-gen", "plugin.xml");

    private ModelGenerator() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(option(args, "--root", "."));
        Path shared = root.resolve("../shared/data");
        Path spec = Path.of(option(args, "--spec", shared.resolve("kubernetes/openapi/swagger-v1.36.json").toString()));
        Path crds = Path.of(option(args, "--crds", shared.resolve("gateway-api/v1.6.1").toString()));
        generate(spec, crds, root.resolve(BUNDLE));
    }

    /** Writes the model and its code for the inputs into {@code bundle}, replacing the previous outputs. */
    public static void generate(Path spec, Path crds, Path bundle) throws IOException {
        List<EPackage> packages = KubernetesModel.build(spec, crds);
        Path project = Files.createTempDirectory("pilothouse-model");
        try {
            EcorePlugin.getPlatformResourceMap().put(GenModelFactory.PLUGIN_ID,
                    URI.createFileURI(project.toAbsolutePath() + "/"));
            GenModel genModel = GenModelFactory.create(packages);
            ModelFiles.save(packages, genModel);
            generateCode(genModel);
            for (String output : OUTPUTS) {
                delete(bundle.resolve(output));
                copy(project.resolve(output), bundle.resolve(output));
            }
        } finally {
            delete(project);
        }
    }

    private static void generateCode(GenModel genModel) {
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Invalid GenModel: " + validation);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Code generation failed: " + result);
        }
    }

    private static String option(String[] args, String name, String defaultValue) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return defaultValue;
    }

    /** Copies a file or tree, writing every file with LF line endings. */
    private static void copy(Path source, Path target) throws IOException {
        if (!Files.exists(source)) {
            return;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                Files.writeString(copy, text, StandardCharsets.UTF_8);
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
