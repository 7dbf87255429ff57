package io.pilothouse.model.generator;

import java.util.List;
import org.eclipse.emf.codegen.ecore.genmodel.GenDelegationKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.ecore.EPackage;

/**
 * The GenModel of the Kubernetes model: model code only (no edit, editor or tests plugins), compact (no GenModel
 * tags, no adapter factories or switches, package contents loaded from the serialized .ecore), Java 21.
 */
final class GenModelFactory {

    static final String PLUGIN_ID = "io.pilothouse.model";

    private GenModelFactory() {}

    static GenModel create(List<EPackage> packages) {
        GenModel genModel = org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(packages);
        genModel.setModelName("Kubernetes");
        genModel.setModelPluginID(PLUGIN_ID);
        genModel.setModelDirectory("/" + PLUGIN_ID + "/src-gen");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF235);
        genModel.setFeatureDelegation(GenDelegationKind.NONE_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setSuppressGenModelAnnotations(true);
        genModel.setSuppressEMFModelTags(true);
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setOSGiCompatible(true);
        genModel.setLineDelimiter("\n");
        genModel.setCanGenerate(true);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            genPackage.setPrefix(ModelPackages.prefix(ePackage));
            genPackage.setBasePackage(ModelPackages.JAVA_PREFIX + ModelPackages.group(ePackage));
            genPackage.setLoadInitialization(true);
            genPackage.setLiteralsInterface(true);
            genPackage.setAdapterFactory(false);
            genPackage.setResource(GenResourceKind.NONE_LITERAL);
            genModel.getForeignModel().add(ModelFiles.ecoreFileName(ePackage));
        }
        return genModel;
    }
}
