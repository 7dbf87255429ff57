package io.pilothouse.runtime.api.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.api.admission.AdmissionChain;
import io.pilothouse.runtime.api.admission.AdmissionFixtures;
import io.pilothouse.runtime.api.admission.ObjectValidator;

class ManifestApplyTest {

    private static final List<String> EXPECTED = List.of(
            "v1/Namespace shop created",
            "v1/ResourceQuota shop/compute created",
            "v1/ServiceAccount shop/default created",
            "v1/Pod shop/first created",
            "v1/Pod shop/second failed: pods \"second\" is forbidden: exceeded quota: compute, requested: "
                    + "requests.cpu=2, used: requests.cpu=3, limited: requests.cpu=4");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void orderDoesNotDependOnTheFileOrder(long seed) {
        List<EObject> objects = new ArrayList<>(AdmissionFixtures.load("apply-set.yaml"));
        Collections.shuffle(objects, new Random(seed));
        List<EObject> sorted = InstallOrder.sort(objects);
        List<String> kinds = sorted.stream().map(o -> o.eClass().getName()).toList();
        assertEquals(List.of("Namespace", "ResourceQuota", "ServiceAccount", "Pod", "Pod"), kinds);
    }

    @Test
    void quotaOfTheSetIsEnforcedForItsPods() {
        assertEquals(EXPECTED, applyFresh(AdmissionFixtures.load("apply-set.yaml")));
    }

    @Test
    void applyingTwiceLeavesObjectsUnchanged() {
        ObjectStore store = new ObjectStore(new VirtualClock());
        ManifestApply apply = new ManifestApply(store, AdmissionChain.install(store, ObjectValidator.NONE));
        apply.apply(AdmissionFixtures.load("apply-set.yaml"));
        List<String> second = apply.apply(AdmissionFixtures.load("apply-set.yaml")).stream()
                .map(AppliedObject::toString).toList();
        assertEquals("v1/Namespace shop unchanged", second.get(0));
        assertEquals("v1/ResourceQuota shop/compute unchanged", second.get(1));
    }

    @Test
    void unknownKindsComeLastInSourceOrder() {
        assertEquals(36, InstallOrder.rank("Gateway"));
        assertEquals(0, InstallOrder.rank("PriorityClass"));
        assertEquals(List.of(), InstallOrder.sort(List.of()));
    }

    private static List<String> applyFresh(List<EObject> objects) {
        ObjectStore store = new ObjectStore(new VirtualClock());
        ManifestApply apply = new ManifestApply(store, AdmissionChain.install(store, ObjectValidator.NONE));
        return apply.apply(objects).stream().map(AppliedObject::toString).toList();
    }
}
