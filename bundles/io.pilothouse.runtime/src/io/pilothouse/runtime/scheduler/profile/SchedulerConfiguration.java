package io.pilothouse.runtime.scheduler.profile;

import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.error;
import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.items;
import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;

/**
 * Reads the profiles of a {@code KubeSchedulerConfiguration} ({@code kubescheduler.config.k8s.io/v1}) document:
 * each profile starts from the default plugins and applies its {@code plugins} per
 * extension point ({@code disabled} first, {@code *} disabling every default plugin, then {@code enabled} with
 * weights) and its {@code pluginConfig} args; {@code percentageOfNodesToScore} of the profile, else of the document.
 * <p>
 * Pilothouse's framework enables a plugin at every extension point it implements, so enabling or disabling a plugin
 * at one point enables or disables it as a whole, and {@code *} disables every default plugin.
 * Errors name the position in the file: {@code file:line:column: field: message}.
 */
public final class SchedulerConfiguration {

    /** The API version read. */
    public static final String API_VERSION = "kubescheduler.config.k8s.io/v1";
    /** The kind read. */
    public static final String KIND = "KubeSchedulerConfiguration";

    private static final Set<String> EXTENSION_POINTS = Set.of("multiPoint", "preEnqueue", "queueSort", "preFilter",
            "filter", "postFilter", "preScore", "score", "reserve", "permit", "preBind", "bind", "postBind");

    private SchedulerConfiguration() {}

    /** Whether a document is a scheduler configuration. */
    public static boolean isConfiguration(YamlNode root) {
        return root instanceof YamlMapping mapping && mapping.get("kind") instanceof YamlScalar kind
                && KIND.equals(kind.text());
    }

    /**
     * The profiles of the configuration document among loaded manifests (a document of kind
     * {@code KubeSchedulerConfiguration}, which the loader binds to no object), empty when there is none.
     *
     * @throws IllegalArgumentException on an invalid configuration or a second one, naming the position
     */
    public static Optional<List<Profile>> find(List<LoadResult> loaded, PluginRegistry registry) {
        YamlDocument found = null;
        for (LoadResult result : loaded) {
            for (YamlDocument document : result.documents()) {
                if (isConfiguration(document.root())) {
                    if (found != null) {
                        throw error(document.root(), "kind", "a second " + KIND + " (the first is at "
                                + found.range() + ")");
                    }
                    found = document;
                }
            }
        }
        return found == null ? Optional.empty() : Optional.of(read(found.root(), registry));
    }

    /**
     * The profiles of a configuration document; without profiles, the default profile.
     *
     * @param registry the plugins that exist
     * @throws IllegalArgumentException on an invalid configuration, naming the position
     */
    public static List<Profile> read(YamlNode root, PluginRegistry registry) {
        YamlMapping document = mapping(root, "");
        String apiVersion = ConfigNodes.string(document, "apiVersion", "", "");
        if (!API_VERSION.equals(apiVersion)) {
            throw error(document.get("apiVersion") == null ? document : document.get("apiVersion"), "apiVersion",
                    "Unsupported value: \"" + apiVersion + "\": supported values: \"" + API_VERSION + "\"");
        }
        int percentage = percentage(document, "percentageOfNodesToScore", 0);
        Set<String> known = new TreeSet<>();
        registry.names().forEach(known::add);
        List<YamlNode> profileNodes = items(document.get("profiles"), "profiles");
        List<Profile> profiles = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < profileNodes.size(); i++) {
            String field = "profiles[" + i + "]";
            Profile profile = profile(mapping(profileNodes.get(i), field), field, percentage, known);
            if (!names.add(profile.schedulerName())) {
                throw error(profileNodes.get(i), field + ".schedulerName", "Duplicate value: \""
                        + profile.schedulerName() + "\"");
            }
            profiles.add(profile);
        }
        if (profiles.isEmpty()) {
            profiles.add(Profile.defaultProfile().withPercentageOfNodesToScore(percentage));
        }
        return profiles;
    }

    private static int percentage(YamlMapping mapping, String key, int fallback) {
        int value = ConfigNodes.integer(mapping, key, "", fallback);
        if (value < 0 || value > 100) {
            throw error(mapping.get(key), key, "Invalid value: " + value + ": not in valid range [0, 100]");
        }
        return value;
    }

    private static Profile profile(YamlMapping node, String field, int percentage, Set<String> known) {
        String name = ConfigNodes.string(node, "schedulerName", field + ".", Profile.DEFAULT_SCHEDULER_NAME);
        if (name.isEmpty()) {
            throw error(node, field + ".schedulerName", "Required value");
        }
        Map<String, PluginConfig> plugins = new LinkedHashMap<>();
        for (PluginConfig plugin : Profile.defaultProfile().plugins()) {
            plugins.put(plugin.name(), plugin);
        }
        YamlNode pluginsNode = node.get("plugins");
        if (pluginsNode != null) {
            for (YamlMapping.Entry point : mapping(pluginsNode, field + ".plugins").entries()) {
                String pointField = field + ".plugins." + point.key();
                if (!EXTENSION_POINTS.contains(point.key())) {
                    throw error(point.value(), pointField, "unknown extension point");
                }
                applyPoint(mapping(point.value(), pointField), pointField, plugins, known);
            }
        }
        for (YamlNode configNode : items(node.get("pluginConfig"), field + ".pluginConfig")) {
            applyArgs(configNode, field, plugins, known);
        }
        int profilePercentage = percentage(node, "percentageOfNodesToScore", percentage);
        return new Profile(name, List.copyOf(plugins.values()), profilePercentage);
    }

    private static void applyPoint(YamlMapping point, String field, Map<String, PluginConfig> plugins,
            Set<String> known) {
        List<YamlNode> disabled = items(point.get("disabled"), field + ".disabled");
        for (int i = 0; i < disabled.size(); i++) {
            String name = pluginName(disabled.get(i), field + ".disabled[" + i + "]", null);
            if (name.equals("*")) {
                plugins.clear();
            } else {
                plugins.remove(name);
            }
        }
        List<YamlNode> enabled = items(point.get("enabled"), field + ".enabled");
        for (int i = 0; i < enabled.size(); i++) {
            String itemField = field + ".enabled[" + i + "]";
            String name = pluginName(enabled.get(i), itemField, known);
            YamlMapping item = mapping(enabled.get(i), itemField);
            PluginConfig existing = plugins.get(name);
            int weight = ConfigNodes.integer(item, "weight", itemField + ".", 0);
            if (weight < 0) {
                throw error(item.get("weight"), itemField + ".weight", "Invalid value: " + weight
                        + ": must be a non-negative integer");
            }
            if (weight == 0) {
                weight = existing == null ? 1 : existing.weight();
            }
            plugins.put(name, new PluginConfig(name, weight, existing == null ? null : existing.args()));
        }
    }

    private static String pluginName(YamlNode item, String field, Set<String> known) {
        YamlMapping mapping = mapping(item, field);
        YamlNode nameNode = mapping.get("name");
        if (nameNode == null) {
            throw error(item, field + ".name", "Required value");
        }
        String name = ConfigNodes.string(nameNode, field + ".name");
        if (known != null && !known.contains(name)) {
            throw error(nameNode, field + ".name", "Invalid value: \"" + name + "\": plugin does not exist");
        }
        return name;
    }

    private static void applyArgs(YamlNode configNode, String profileField, Map<String, PluginConfig> plugins,
            Set<String> known) {
        String field = profileField + ".pluginConfig";
        String name = pluginName(configNode, field, known);
        YamlMapping config = mapping(configNode, field);
        YamlNode argsNode = config.get("args");
        if (argsNode == null) {
            return;
        }
        Object args = PluginArgsReader.read(name, mapping(argsNode, field + ".args"), field + ".args");
        PluginConfig existing = plugins.get(name);
        if (existing != null) {
            plugins.put(name, new PluginConfig(name, existing.weight(), args));
        }
    }
}
