package io.pilothouse.model.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/** Building the model twice gives byte-identical Ecore files. */
class DeterminismTest {

    @Test
    void twoBuildsSerializeIdentically() throws IOException {
        SharedData.assumePresent();
        assertEquals(serialize(KubernetesModel.build(SharedData.SPEC, SharedData.CRDS)),
                serialize(KubernetesModel.build(SharedData.SPEC, SharedData.CRDS)));
    }

    private static String serialize(List<EPackage> packages) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new EcoreResourceFactoryImpl());
        for (EPackage ePackage : packages) {
            resourceSet.createResource(URI.createURI("memory:/" + ModelFiles.ecoreFileName(ePackage)))
                    .getContents().add(ePackage);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Resource resource : resourceSet.getResources()) {
            resource.save(out, Map.of());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
