package io.pilothouse.model.validation.schema;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.pilothouse.model.k8s.core.v1.ContainerPort;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Reporter;

/** Value formats kube-apiserver enforces beyond the schema: container ports and resource quantities. */
final class FieldFormats {

    private static final EStructuralFeature CONTAINER_PORT = CoreV1Package.Literals.CONTAINER_PORT__CONTAINER_PORT;
    private static final EStructuralFeature HOST_PORT = CoreV1Package.Literals.CONTAINER_PORT__HOST_PORT;
    private static final EStructuralFeature NAME = CoreV1Package.Literals.CONTAINER_PORT__NAME;
    private static final EStructuralFeature QUANTITY_VALUE = CoreV1Package.Literals.QUANTITY_MAP_ENTRY__VALUE;

    private FieldFormats() {}

    /** containerPort set and in 1..65535, hostPort (when not 0) in range, name an IANA service name. */
    static void containerPort(EObject object, Reporter reporter) {
        ContainerPort port = (ContainerPort) object;
        String path = FieldPaths.of(port);
        Integer containerPort = port.getContainerPort();
        if (containerPort != null && containerPort == 0) {
            reporter.report(SchemaRules.PORT, FieldErrors.required(path + ".containerPort", null), port,
                    CONTAINER_PORT);
        } else if (containerPort != null && NameFormats.portNumber(containerPort) != null) {
            reporter.report(SchemaRules.PORT, FieldErrors.invalid(path + ".containerPort", containerPort,
                    NameFormats.portNumber(containerPort)), port, CONTAINER_PORT);
        }
        Integer hostPort = port.getHostPort();
        if (hostPort != null && hostPort != 0 && NameFormats.portNumber(hostPort) != null) {
            reporter.report(SchemaRules.PORT, FieldErrors.invalid(path + ".hostPort", hostPort,
                    NameFormats.portNumber(hostPort)), port, HOST_PORT);
        }
        String name = port.getName();
        if (name != null && !name.isEmpty()) {
            for (String error : NameFormats.portName(name)) {
                reporter.report(SchemaRules.PORT, FieldErrors.invalid(path + ".name", name, error), port, NAME);
            }
        }
    }

    /** Requests and limits are not negative. */
    @SuppressWarnings("unchecked")
    static void quantities(EObject object, Reporter reporter) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!FieldPaths.isMapEntry(feature)) {
                continue;
            }
            for (Object item : (Iterable<Object>) object.eGet(feature)) {
                if (item instanceof Map.Entry<?, ?> entry && entry.getValue() instanceof Quantity quantity
                        && quantity.signum() < 0) {
                    reporter.report(SchemaRules.QUANTITY, FieldErrors.invalid(FieldPaths.of((EObject) item),
                            quantity.toString(), "must be greater than or equal to 0"), (EObject) item,
                            QUANTITY_VALUE);
                }
            }
        }
    }
}
