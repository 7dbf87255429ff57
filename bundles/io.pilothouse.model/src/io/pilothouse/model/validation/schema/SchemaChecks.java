package io.pilothouse.model.validation.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.schema.ValueConstraints.Violation;

/**
 * The schema checks of every kind, driven by the OpenAPI annotations: one walk over the containment tree checks
 * each object against its EClass's constraint table (computed once per EClass), plus the field formats
 * kube-apiserver enforces on metadata, label selectors, container ports and resource quantities.
 */
public final class SchemaChecks implements ResourceCheck {

    /** A format check of the objects of one EClass. */
    @FunctionalInterface
    interface ObjectFormat {
        void check(EObject object, Reporter reporter);
    }

    /** What to check in the objects of one EClass. */
    private record ClassTable(FeatureConstraints[] constrained, EReference[] containments, ObjectFormat format) {}

    private static final Map<EClass, ObjectFormat> FORMATS = Map.of(
            MetaV1Package.Literals.OBJECT_META, MetadataFormats::objectMeta,
            MetaV1Package.Literals.LABEL_SELECTOR, MetadataFormats::labelSelector,
            CoreV1Package.Literals.CONTAINER_PORT, FieldFormats::containerPort,
            CoreV1Package.Literals.RESOURCE_REQUIREMENTS, FieldFormats::quantities,
            CoreV1Package.Literals.VOLUME_RESOURCE_REQUIREMENTS, FieldFormats::quantities);

    private static final Map<EClass, ClassTable> TABLES = new ConcurrentHashMap<>();

    @Override
    public void check(EObject resource, Reporter reporter) {
        MetadataFormats.nameRequired(resource, reporter);
        visit(resource, reporter, new ArrayList<>());
    }

    private static void visit(EObject object, Reporter reporter, List<Violation> violations) {
        ClassTable table = TABLES.computeIfAbsent(object.eClass(), SchemaChecks::table);
        for (FeatureConstraints constraints : table.constrained) {
            violations.clear();
            constraints.check(object, violations);
            for (Violation violation : violations) {
                reporter.report(violation.rule(), violation.message(), object, constraints.feature(),
                        violation.fix());
            }
        }
        if (table.format != null) {
            table.format.check(object, reporter);
        }
        for (EReference reference : table.containments) {
            Object value = object.eGet(reference);
            if (value instanceof List<?> children) {
                for (Object child : children) {
                    visit((EObject) child, reporter, violations);
                }
            } else if (value != null) {
                visit((EObject) value, reporter, violations);
            }
        }
    }

    private static ClassTable table(EClass eClass) {
        List<FeatureConstraints> constrained = new ArrayList<>();
        List<EReference> containments = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            FeatureConstraints constraints = FeatureConstraints.read(feature);
            if (constraints != null) {
                constrained.add(constraints);
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                containments.add(reference);
            }
        }
        return new ClassTable(constrained.toArray(FeatureConstraints[]::new),
                containments.toArray(EReference[]::new), FORMATS.get(eClass));
    }
}
