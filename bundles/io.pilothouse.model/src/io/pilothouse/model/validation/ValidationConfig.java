package io.pilothouse.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import io.pilothouse.model.io.Diagnostic.Severity;

/**
 * The global validation configuration ({@code .pilothouse.yaml}): codes ignored everywhere and per-code severity
 * overrides.
 *
 * <pre>
 * ignore: [LINT-LATEST-TAG, K8S-REF-003]
 * severity:
 *   LINT-NO-LIMITS: error
 *   K8S-DEPRECATED-001: info
 * </pre>
 *
 * @param ignored    codes suppressed everywhere, in file order
 * @param severities severity per code, in file order
 */
public record ValidationConfig(Set<String> ignored, Map<String, Severity> severities) {

    /** The name of the configuration file looked up by {@link #discover(Path)}. */
    public static final String FILE_NAME = ".pilothouse.yaml";

    /** A configuration that changes nothing. */
    public static final ValidationConfig EMPTY = new ValidationConfig(Set.of(), Map.of());

    public ValidationConfig {
        ignored = Collections.unmodifiableSet(new LinkedHashSet<>(ignored));
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    }

    /** Thrown for a configuration file that cannot be read or does not have the expected shape. */
    public static final class InvalidConfigException extends Exception {

        private static final long serialVersionUID = 1L;

        public InvalidConfigException(String message) {
            super(message);
        }
    }

    /** @return the options with this configuration's ignored codes added */
    public ValidationOptions applyTo(ValidationOptions options) {
        Set<String> codes = new LinkedHashSet<>(options.ignoredCodes());
        codes.addAll(ignored);
        return new ValidationOptions(options.strict(), options.lint(), options.ignoreMissingSchemas(),
                options.skipKinds(), options.rejectKinds(), codes);
    }

    /** Reads a configuration file. */
    public static ValidationConfig read(Path file) throws InvalidConfigException {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InvalidConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Finds {@value #FILE_NAME} in {@code directory} or the nearest parent that has one. */
    public static Optional<ValidationConfig> discover(Path directory) throws InvalidConfigException {
        for (Path current = directory.toAbsolutePath(); current != null; current = current.getParent()) {
            Path candidate = current.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(read(candidate));
            }
        }
        return Optional.empty();
    }

    /** Parses the text of a configuration file named {@code displayName} in error messages. */
    public static ValidationConfig parse(String text, String displayName) throws InvalidConfigException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new InvalidConfigException(displayName + ": " + e.getMessage());
        }
        if (root == null) {
            return EMPTY;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidConfigException(displayName + ": the configuration must be a mapping");
        }
        Set<String> ignored = new LinkedHashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            switch (String.valueOf(entry.getKey())) {
                case "ignore" -> ignored.addAll(codes(entry.getValue(), displayName));
                case "severity" -> severities.putAll(severities(entry.getValue(), displayName));
                default -> throw new InvalidConfigException(displayName + ": unknown field \"" + entry.getKey()
                        + "\" (expected ignore, severity)");
            }
        }
        return new ValidationConfig(ignored, severities);
    }

    private static List<String> codes(Object value, String displayName) throws InvalidConfigException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidConfigException(displayName + ": ignore must be a list of codes");
        }
        List<String> codes = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String code) || code.isBlank()) {
                throw new InvalidConfigException(displayName + ": ignore must be a list of codes, found " + item);
            }
            codes.add(code.strip());
        }
        return codes;
    }

    private static Map<String, Severity> severities(Object value, String displayName) throws InvalidConfigException {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidConfigException(displayName + ": severity must map codes to error, warning or info");
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String level = String.valueOf(entry.getValue()).toUpperCase(Locale.ROOT);
            try {
                severities.put(String.valueOf(entry.getKey()), Severity.valueOf(level));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigException(displayName + ": severity of " + entry.getKey() + " must be error,"
                        + " warning or info, found " + entry.getValue());
            }
        }
        return severities;
    }
}
