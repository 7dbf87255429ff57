package io.pilothouse.model.io;

import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.types.Quantity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
 * A small dynamic model with the annotation vocabulary of the generated Kubernetes model: Pod, ConfigMap,
 * Service, Deployment and a custom Widget with a free-form spec.
 */
final class TestModel {

    static final EPackage CORE = EcoreFactory.eINSTANCE.createEPackage();
    static final EPackage APPS = EcoreFactory.eINSTANCE.createEPackage();
    static final EPackage EXAMPLE = EcoreFactory.eINSTANCE.createEPackage();

    static final EDataType QUANTITY = dataType("Quantity", Quantity.class);
    static final EDataType INT_OR_STRING = dataType("IntOrString", IntOrString.class);
    static final EDataType JSON = dataType("JSON", JsonNode.class);

    static final EClass STRING_MAP = mapEntry("StringToStringMapEntry", EcorePackage.Literals.ESTRING);
    static final EClass QUANTITY_MAP = mapEntry("StringToQuantityMapEntry", QUANTITY);
    static final EClass OBJECT_META = eClass(CORE, "ObjectMeta", null);
    static final EClass ENV_VAR = eClass(CORE, "EnvVar", null);
    static final EClass CONTAINER_PORT = eClass(CORE, "ContainerPort", null);
    static final EClass RESOURCES = eClass(CORE, "ResourceRequirements", null);
    static final EClass CONTAINER = eClass(CORE, "Container", null);
    static final EClass POD_SPEC = eClass(CORE, "PodSpec", null);
    static final EClass POD = eClass(CORE, "Pod", "v1/Pod");
    static final EClass CONFIG_MAP = eClass(CORE, "ConfigMap", "v1/ConfigMap");
    static final EClass SERVICE_PORT = eClass(CORE, "ServicePort", null);
    static final EClass SERVICE_SPEC = eClass(CORE, "ServiceSpec", null);
    static final EClass SERVICE = eClass(CORE, "Service", "v1/Service");
    static final EClass TEMPLATE = eClass(CORE, "PodTemplateSpec", null);
    static final EClass DEPLOYMENT_SPEC = eClass(APPS, "DeploymentSpec", null);
    static final EClass DEPLOYMENT = eClass(APPS, "Deployment", "apps/v1/Deployment");
    static final EClass WIDGET = eClass(EXAMPLE, "Widget", "example.com/v1/Widget,example.com/v1beta1/Widget");

    static {
        CORE.setName("v1");
        CORE.setNsURI("https://pilothouse.io/test/core/v1");
        APPS.setName("apps_v1");
        APPS.setNsURI("https://pilothouse.io/test/apps/v1");
        EXAMPLE.setName("example_v1");
        EXAMPLE.setNsURI("https://pilothouse.io/test/example/v1");
        CORE.getEClassifiers().addAll(List.of(QUANTITY, INT_OR_STRING, JSON, STRING_MAP, QUANTITY_MAP));

        attribute(OBJECT_META, "name", EcorePackage.Literals.ESTRING, false);
        attribute(OBJECT_META, "namespace", EcorePackage.Literals.ESTRING, false);
        attribute(OBJECT_META, "generation", EcorePackage.Literals.ELONG_OBJECT, false);
        map(OBJECT_META, "labels", STRING_MAP);
        map(OBJECT_META, "annotations", STRING_MAP);

        attribute(ENV_VAR, "name", EcorePackage.Literals.ESTRING, false);
        attribute(ENV_VAR, "value", EcorePackage.Literals.ESTRING, false);
        attribute(CONTAINER_PORT, "containerPort", EcorePackage.Literals.EINTEGER_OBJECT, false);
        attribute(CONTAINER_PORT, "name", EcorePackage.Literals.ESTRING, false);
        map(RESOURCES, "limits", QUANTITY_MAP);
        map(RESOURCES, "requests", QUANTITY_MAP);

        attribute(CONTAINER, "name", EcorePackage.Literals.ESTRING, false);
        attribute(CONTAINER, "image", EcorePackage.Literals.ESTRING, false);
        attribute(CONTAINER, "args", EcorePackage.Literals.ESTRING, true);
        attribute(CONTAINER, "tty", EcorePackage.Literals.EBOOLEAN_OBJECT, false);
        containment(CONTAINER, "env", ENV_VAR, true);
        containment(CONTAINER, "ports", CONTAINER_PORT, true);
        containment(CONTAINER, "resources", RESOURCES, false);

        containment(POD_SPEC, "containers", CONTAINER, true);
        attribute(POD_SPEC, "restartPolicy", EcorePackage.Literals.ESTRING, false);
        attribute(POD_SPEC, "terminationGracePeriodSeconds", EcorePackage.Literals.ELONG_OBJECT, false);
        attribute(POD_SPEC, "hostNetwork", EcorePackage.Literals.EBOOLEAN_OBJECT, false);
        map(POD_SPEC, "nodeSelector", STRING_MAP);

        typeMeta(POD);
        containment(POD, "metadata", OBJECT_META, false);
        containment(POD, "spec", POD_SPEC, false);

        typeMeta(CONFIG_MAP);
        containment(CONFIG_MAP, "metadata", OBJECT_META, false);
        map(CONFIG_MAP, "data", STRING_MAP);
        attribute(CONFIG_MAP, "immutable", EcorePackage.Literals.EBOOLEAN_OBJECT, false);

        attribute(SERVICE_PORT, "port", EcorePackage.Literals.EINTEGER_OBJECT, false);
        attribute(SERVICE_PORT, "targetPort", INT_OR_STRING, false);
        containment(SERVICE_SPEC, "ports", SERVICE_PORT, true);
        typeMeta(SERVICE);
        containment(SERVICE, "metadata", OBJECT_META, false);
        containment(SERVICE, "spec", SERVICE_SPEC, false);

        containment(TEMPLATE, "metadata", OBJECT_META, false);
        containment(TEMPLATE, "spec", POD_SPEC, false);
        attribute(DEPLOYMENT_SPEC, "replicas", EcorePackage.Literals.EINTEGER_OBJECT, false);
        containment(DEPLOYMENT_SPEC, "template", TEMPLATE, false);
        typeMeta(DEPLOYMENT);
        containment(DEPLOYMENT, "metadata", OBJECT_META, false);
        containment(DEPLOYMENT, "spec", DEPLOYMENT_SPEC, false);

        containment(WIDGET, "metadata", OBJECT_META, false);
        attribute(WIDGET, "spec", JSON, false);
        attribute(WIDGET, "ratio", EcorePackage.Literals.EDOUBLE_OBJECT, false);
        attribute(WIDGET, "payload", EcorePackage.Literals.EBYTE_ARRAY, false);
        annotate(WIDGET, "preserveUnknownFields", "true");
    }

    static final KindRegistry REGISTRY = KindRegistry.of(List.of(CORE, APPS, EXAMPLE));

    private TestModel() {}

    static EStructuralFeature feature(EClass eClass, String name) {
        return eClass.getEStructuralFeature(name);
    }

    private static EDataType dataType(String name, Class<?> instanceClass) {
        EDataType dataType = EcoreFactory.eINSTANCE.createEDataType();
        dataType.setName(name);
        dataType.setInstanceClass(instanceClass);
        return dataType;
    }

    private static EClass mapEntry(String name, EClassifier valueType) {
        EClass eClass = EcoreFactory.eINSTANCE.createEClass();
        eClass.setName(name);
        eClass.setInstanceClassName("java.util.Map$Entry");
        attribute(eClass, "key", EcorePackage.Literals.ESTRING, false);
        attribute(eClass, "value", valueType, false);
        return eClass;
    }

    private static EClass eClass(EPackage ePackage, String name, String gvk) {
        EClass eClass = EcoreFactory.eINSTANCE.createEClass();
        eClass.setName(name);
        if (gvk != null) {
            annotate(eClass, "gvk", gvk);
        }
        ePackage.getEClassifiers().add(eClass);
        return eClass;
    }

    private static void typeMeta(EClass eClass) {
        attribute(eClass, "apiVersion", EcorePackage.Literals.ESTRING, false);
        attribute(eClass, "kind", EcorePackage.Literals.ESTRING, false);
    }

    private static void attribute(EClass owner, String name, EClassifier type, boolean many) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        attribute.setUpperBound(many ? -1 : 1);
        annotate(attribute, "jsonName", name);
        owner.getEStructuralFeatures().add(attribute);
    }

    private static void containment(EClass owner, String name, EClass type, boolean many) {
        EReference reference = EcoreFactory.eINSTANCE.createEReference();
        reference.setName(name);
        reference.setEType(type);
        reference.setContainment(true);
        reference.setUpperBound(many ? -1 : 1);
        annotate(reference, "jsonName", name);
        owner.getEStructuralFeatures().add(reference);
    }

    private static void map(EClass owner, String name, EClass entryType) {
        containment(owner, name, entryType, true);
    }

    private static void annotate(org.eclipse.emf.ecore.EModelElement element, String key, String value) {
        org.eclipse.emf.ecore.util.EcoreUtil.setAnnotation(element, KindRegistry.ANNOTATION_SOURCE, key, value);
    }
}
