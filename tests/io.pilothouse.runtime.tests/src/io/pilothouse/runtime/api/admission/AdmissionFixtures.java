package io.pilothouse.runtime.api.admission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;

/** Loads the YAML fixtures of the admission tests and builds stores with the standard chain. */
public final class AdmissionFixtures {

    static {
        CoreV1Package.eINSTANCE.eClass();
    }

    private AdmissionFixtures() {}

    /** The objects of a YAML text. */
    public static List<EObject> parse(String yaml) {
        LoadResult result = new ManifestLoader(KindRegistry.of(EPackage.Registry.INSTANCE)).loadText(yaml, "test");
        if (result.hasErrors()) {
            throw new IllegalArgumentException(result.diagnostics().toString());
        }
        return result.objects();
    }

    /** The objects of a fixture under {@code resources/admission/}. */
    public static List<EObject> load(String fixture) {
        try (InputStream in = AdmissionFixtures.class.getResourceAsStream("/admission/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first object of a YAML text. */
    @SuppressWarnings("unchecked")
    public static <T extends EObject> T one(String yaml) {
        return (T) parse(yaml).get(0);
    }

    /** A store with the standard chain, the namespace {@code team} and a {@code default} account in it. */
    public static ObjectStore store() {
        ObjectStore store = new ObjectStore(new VirtualClock());
        AdmissionChain.install(store, ObjectValidator.NONE);
        Namespace team = CoreV1Factory.eINSTANCE.createNamespace();
        team.setMetadata(io.pilothouse.model.k8s.meta.v1.MetaV1Factory.eINSTANCE.createObjectMeta());
        team.getMetadata().setName("team");
        store.create(team);
        store.create(defaultAccount("team"));
        store.create(defaultAccount("default"));
        return store;
    }

    /** The {@code default} service account of a namespace. */
    public static io.pilothouse.model.k8s.core.v1.ServiceAccount defaultAccount(String namespace) {
        var account = CoreV1Factory.eINSTANCE.createServiceAccount();
        account.setMetadata(io.pilothouse.model.k8s.meta.v1.MetaV1Factory.eINSTANCE.createObjectMeta());
        account.getMetadata().setName("default");
        account.getMetadata().setNamespace(namespace);
        return account;
    }
}
