package io.pilothouse.model.generator;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Saves the model as {@code model/<group>.<version>.ecore} files and {@code model/kubernetes.genmodel} in the
 * {@code platform:/resource/io.pilothouse.model/} project.
 */
final class ModelFiles {

    static final String MODEL_FOLDER = "model";
    static final String GENMODEL_FILE = "kubernetes.genmodel";

    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(
            XMLResource.OPTION_ENCODING, "UTF-8",
            Resource.OPTION_LINE_DELIMITER, "\n");

    private ModelFiles() {}

    static String ecoreFileName(EPackage ePackage) {
        return ModelPackages.group(ePackage) + "." + ePackage.getName() + ".ecore";
    }

    /** Saves the packages and their GenModel, which are added to one new resource set. */
    static void save(List<EPackage> packages, GenModel genModel) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new EcoreResourceFactoryImpl());
        for (EPackage ePackage : packages) {
            resourceSet.createResource(uri(ecoreFileName(ePackage))).getContents().add(ePackage);
        }
        resourceSet.createResource(uri(GENMODEL_FILE)).getContents().add(genModel);
        for (Resource resource : resourceSet.getResources()) {
            resource.save(SAVE_OPTIONS);
        }
    }

    private static URI uri(String fileName) {
        return URI.createPlatformResourceURI("/" + GenModelFactory.PLUGIN_ID + "/" + MODEL_FOLDER + "/" + fileName,
                true);
    }
}
