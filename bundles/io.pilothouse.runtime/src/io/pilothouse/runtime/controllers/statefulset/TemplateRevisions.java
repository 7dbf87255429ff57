package io.pilothouse.runtime.controllers.statefulset;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.PodTemplate;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

/**
 * Pod templates as the revisions of upstream's {@code controller/history}: a template's data is its JSON (kept in a
 * {@code ControllerRevision}'s {@code data} as {@code {"apiVersion":"v1","kind":"PodTemplate","template":...}}) and
 * its hash is the FNV-32a hash of that JSON, written as the decimal text of the unsigned hash with each character
 * mapped to {@value #ALPHABET} ({@code rand.SafeEncodeString}). Upstream hashes its Go serialization, so the hash is
 * stable for a template but not upstream's value.
 */
public final class TemplateRevisions {

    /** Upstream's {@code rand} alphabet: no vowels, no look-alike digits. */
    static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;
    private static final KindRegistry REGISTRY = KindRegistry.builtIn();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TemplateRevisions() {}

    /** The hash of a template, as the {@code controller-revision-hash} label carries it. */
    public static String hash(PodTemplateSpec template) {
        return hash(template, 0);
    }

    /**
     * The hash of a template after {@code collisionCount} name collisions: upstream's {@code HashControllerRevision}
     * also hashes the decimal count (here only a positive one, so a set without collisions keeps its hash).
     */
    public static String hash(PodTemplateSpec template, int collisionCount) {
        String hashed = collisionCount > 0 ? json(template) + collisionCount : json(template);
        int hash = FNV_OFFSET;
        for (byte b : hashed.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        String decimal = Integer.toUnsignedString(hash);
        StringBuilder encoded = new StringBuilder(decimal.length());
        for (int i = 0; i < decimal.length(); i++) {
            encoded.append(ALPHABET.charAt(decimal.charAt(i) % ALPHABET.length()));
        }
        return encoded.toString();
    }

    /** The revision data of a template. */
    public static JsonNode data(PodTemplateSpec template) {
        try {
            return MAPPER.readTree(json(template));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the writer produced invalid JSON", e);
        }
    }

    /** The template kept in revision data. */
    static PodTemplateSpec template(JsonNode data) {
        LoadResult result = new ManifestLoader(REGISTRY).loadText(data.toString(), "ControllerRevision data");
        if (result.hasErrors() || result.objects().isEmpty()) {
            throw new IllegalStateException("unreadable revision data: " + result.documents());
        }
        return ((PodTemplate) result.objects().get(0)).getTemplate();
    }

    private static String json(PodTemplateSpec template) {
        PodTemplate wrapper = CoreV1Factory.eINSTANCE.createPodTemplate();
        wrapper.setApiVersion("v1");
        wrapper.setKind("PodTemplate");
        wrapper.setTemplate(EcoreUtil.copy(template));
        return new ManifestWriter(REGISTRY).toJson(List.of(wrapper), new UnknownFields()).strip();
    }
}
