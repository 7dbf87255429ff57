package io.pilothouse.model.validation.lint;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.CONTAINER__IMAGE;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.SetCheck;
import io.pilothouse.model.validation.references.Workloads;
import io.pilothouse.model.validation.references.Workloads.ContainerAt;
import io.pilothouse.model.validation.references.Workloads.PodTemplateOf;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LATEST-TAG: an image with the {@code latest} tag or none, which pulls whatever was pushed last. The fix pins it to
 * the tag that another container of the files gives the same repository (the first one, in file order); with no
 * such tag there is no fix, since only the user knows which version was meant. It is a set check so that it sees
 * the tags of every file.
 */
final class ImagePins implements SetCheck {

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        List<PodTemplateOf> pods = Workloads.podTemplates(manifests.resources());
        Map<String, String> pinned = new LinkedHashMap<>();
        for (PodTemplateOf pod : pods) {
            for (ContainerAt at : pod.containers()) {
                String image = at.container().getImage();
                String tag = image == null || image.contains("@") ? null : ContainerLints.tagOf(image);
                if (tag != null && !tag.equals("latest")) {
                    pinned.putIfAbsent(repository(image), tag);
                }
            }
        }
        for (PodTemplateOf pod : pods) {
            for (ContainerAt at : pod.containers()) {
                report(at, pinned, reporter);
            }
        }
    }

    private static void report(ContainerAt at, Map<String, String> pinned, Reporter reporter) {
        Container container = at.container();
        String image = container.getImage();
        if (image == null || image.isEmpty() || image.contains("@")) {
            return;
        }
        String tag = ContainerLints.tagOf(image);
        if (tag != null && !tag.equals("latest")) {
            return;
        }
        String repository = repository(image);
        String pin = pinned.get(repository);
        Fix fix = pin == null
                ? null
                : new Fix.SetValue("Pin " + repository + " to " + repository + ':' + pin, container, CONTAINER__IMAGE,
                        repository + ':' + pin);
        String label = (at.init() ? "init container \"" : "container \"") + container.getName() + '"';
        reporter.report(LintRules.LATEST_TAG, label + " uses image \"" + image + "\""
                + (tag == null ? " without a tag, which means latest" : " with the latest tag"), container,
                CONTAINER__IMAGE, fix);
    }

    /** @return the image reference without its tag */
    private static String repository(String image) {
        String tag = ContainerLints.tagOf(image);
        return tag == null ? image : image.substring(0, image.length() - tag.length() - 1);
    }
}
