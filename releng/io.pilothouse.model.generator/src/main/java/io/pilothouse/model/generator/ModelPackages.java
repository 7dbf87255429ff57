package io.pilothouse.model.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The EPackages of the model, one per API group/version, keyed {@code group/version} (e.g. {@code core/v1}).
 * The meta/v1 package also holds the EDataTypes of the special Kubernetes value types.
 */
public final class ModelPackages {

    /** The namespace URI prefix of every package: {@code https://pilothouse.io/model/k8s/<group>/<version>}. */
    public static final String NS_URI_PREFIX = "https://pilothouse.io/model/k8s/";
    /** The Java base package: {@code io.pilothouse.model.k8s.<group>.<version>}. */
    public static final String JAVA_PREFIX = "io.pilothouse.model.k8s.";
    static final String META_GROUP = "meta";
    static final String META_VERSION = "v1";

    private record MapEntryKey(EPackage owner, EClassifier valueType, boolean manyValues) {}

    private final Map<String, EPackage> packages = new TreeMap<>();
    private final Map<MapEntryKey, EClass> mapEntries = new HashMap<>();
    private final SpecialTypes specialTypes;

    ModelPackages() {
        specialTypes = new SpecialTypes(get(META_GROUP, META_VERSION));
    }

    SpecialTypes specialTypes() {
        return specialTypes;
    }

    /** The package of a group/version, created on first use. */
    EPackage get(String group, String version) {
        return packages.computeIfAbsent(group + "/" + version, key -> {
            EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
            ePackage.setName(version);
            ePackage.setNsURI(NS_URI_PREFIX + key);
            ePackage.setNsPrefix(group + "." + version);
            return ePackage;
        });
    }

    /** Every package, sorted by {@code group/version}. */
    public List<EPackage> all() {
        return new ArrayList<>(packages.values());
    }

    static String group(EPackage ePackage) {
        return ePackage.getNsURI().substring(NS_URI_PREFIX.length(), ePackage.getNsURI().lastIndexOf('/'));
    }

    /** The GenModel prefix of a package, e.g. {@code CoreV1} or {@code AdmissionregistrationV1alpha1}. */
    static String prefix(EPackage ePackage) {
        return Names.upperCamel(group(ePackage)) + Names.upperCamel(ePackage.getName());
    }

    /**
     * The map-entry EClass of a {@code map[string]X} in {@code owner}: {@code <X>MapEntry}, or
     * {@code <X>ListMapEntry} when each value is a list; shared by every map of that value type in the package.
     */
    EClass mapEntry(EPackage owner, EClassifier valueType, boolean manyValues) {
        return mapEntries.computeIfAbsent(new MapEntryKey(owner, valueType, manyValues), key -> {
            String valueName = valueType.getEPackage() == EcorePackage.eINSTANCE
                    ? valueType.getName().substring(1)
                    : valueType.getName();
            EClass entry = EcoreFactory.eINSTANCE.createEClass();
            entry.setName(valueName + (manyValues ? "List" : "") + "MapEntry");
            entry.setInstanceClassName("java.util.Map$Entry");
            EAttribute keyFeature = EcoreFactory.eINSTANCE.createEAttribute();
            keyFeature.setName("key");
            keyFeature.setEType(EcorePackage.Literals.ESTRING);
            entry.getEStructuralFeatures().add(keyFeature);
            entry.getEStructuralFeatures().add(valueFeature(valueType, manyValues));
            addClassifier(owner, entry);
            return entry;
        });
    }

    static void addClassifier(EPackage owner, EClassifier classifier) {
        if (owner.getEClassifier(classifier.getName()) != null) {
            throw new IllegalStateException(
                    "Two classifiers named " + classifier.getName() + " in " + owner.getNsURI());
        }
        owner.getEClassifiers().add(classifier);
    }

    private static EStructuralFeature valueFeature(EClassifier valueType, boolean manyValues) {
        EStructuralFeature value;
        if (valueType instanceof EDataType) {
            value = EcoreFactory.eINSTANCE.createEAttribute();
        } else {
            EReference reference = EcoreFactory.eINSTANCE.createEReference();
            reference.setContainment(true);
            value = reference;
        }
        value.setName("value");
        value.setEType(valueType);
        value.setUpperBound(manyValues ? EStructuralFeature.UNBOUNDED_MULTIPLICITY : 1);
        return value;
    }
}
