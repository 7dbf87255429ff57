package io.pilothouse.runtime.api.admission;

import java.util.regex.Pattern;

/** Reads the tag of a container image reference as the container runtime's reference parser does. */
final class ImageNames {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
                    + "(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
                    + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
                    + "(?::([\\w][\\w.-]{0,127}))?"
                    + "(@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?");

    private ImageNames() {}

    /**
     * The tag of an image: the one written, {@code latest} when neither tag nor digest is written, {@code ""} for a
     * digest without tag and for a reference that does not parse.
     */
    static String tag(String image) {
        var matcher = REFERENCE.matcher(image == null ? "" : image);
        if (!matcher.matches()) {
            return "";
        }
        if (matcher.group(1) != null) {
            return matcher.group(1);
        }
        return matcher.group(2) == null ? "latest" : "";
    }
}
