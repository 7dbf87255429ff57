package io.pilothouse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.resource.Namespace;

/**
 * Checks the architecture's layering in the running OSGi framework: which bundles a bundle reaches through its
 * mandatory wiring (required bundles and imported packages, transitively; optional wires, such as EMF's to the
 * workspace, are not dependencies). Dependencies point downward only (ui → lang.ide → lang →
 * model; runtime → model; cli → runtime, lang.ide, lang, model), and nothing below ui reaches SWT or the workbench.
 */
public final class Layering {

    /** Bundles that only io.pilothouse.ui and io.pilothouse.topology may reach. */
    public static final List<String> UI_BUNDLES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.ui.workbench", "org.eclipse.ui.ide", "io.pilothouse.ui", "io.pilothouse.topology");

    private Layering() {}

    /** The symbolic names of every bundle that {@code symbolicName} reaches through its wiring, itself excluded. */
    public static Set<String> reachableFrom(String symbolicName) {
        Bundle start = find(symbolicName);
        Set<String> seen = new TreeSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            BundleWiring wiring = todo.pop().adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                if (isOptional(wire)) {
                    continue;
                }
                Bundle provider = wire.getProviderWiring().getBundle();
                if (seen.add(provider.getSymbolicName())) {
                    todo.push(provider);
                }
            }
        }
        seen.remove(symbolicName);
        return seen;
    }

    /**
     * Fails unless {@code symbolicName} reaches none of the {@link #UI_BUNDLES} and none of {@code alsoForbidden}.
     */
    public static void assertBelowUi(String symbolicName, String... alsoForbidden) {
        Set<String> violations = new TreeSet<>(UI_BUNDLES);
        violations.addAll(List.of(alsoForbidden));
        violations.retainAll(reachableFrom(symbolicName));
        assertEquals(Set.of(), violations, symbolicName + " must not depend on these bundles");
    }

    private static boolean isOptional(BundleWire wire) {
        return Namespace.RESOLUTION_OPTIONAL
                .equals(wire.getRequirement().getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
    }

    private static Bundle find(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(Layering.class);
        assertNotNull(self, "Layering checks run inside an OSGi framework");
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("bundle " + symbolicName + " is not installed in the test runtime");
    }
}
