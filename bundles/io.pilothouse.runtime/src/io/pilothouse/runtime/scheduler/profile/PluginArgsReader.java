package io.pilothouse.runtime.scheduler.profile;

import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.error;
import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.integer;
import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.items;
import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.mapping;
import static io.pilothouse.runtime.scheduler.profile.ConfigNodes.string;

import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFitArgs;
import io.pilothouse.runtime.scheduler.plugins.PodTopologySpreadArgs;
import io.pilothouse.runtime.scheduler.plugins.ResourceSpec;
import io.pilothouse.runtime.scheduler.plugins.ScoringStrategy;
import io.pilothouse.runtime.scheduler.plugins.ScoringStrategy.UtilizationShapePoint;
import io.pilothouse.runtime.scheduler.plugins.InterPodAffinityArgs;
import io.pilothouse.runtime.scheduler.plugins.defaultpreemption.DefaultPreemptionArgs;

/** Reads the {@code args} of a {@code pluginConfig} entry into the plugin's args record, with upstream's defaults. */
final class PluginArgsReader {

    private PluginArgsReader() {}

    /** The args of a plugin; plugins without args records reject any args. */
    static Object read(String plugin, YamlMapping args, String field) {
        return switch (plugin) {
            case "NodeResourcesFit" -> nodeResourcesFit(args, field);
            case "DefaultPreemption" -> defaultPreemption(args, field);
            case "InterPodAffinity" -> new InterPodAffinityArgs(
                    range(args, "hardPodAffinityWeight", field, 0, 100, InterPodAffinityArgs.DEFAULT
                            .hardPodAffinityWeight()),
                    args.get("ignorePreferredTermsOfExistingPods") instanceof YamlScalar flag
                            && "true".equals(flag.text()));
            case "PodTopologySpread" -> podTopologySpread(args, field);
            default -> throw error(args, field, "plugin " + plugin + " takes no arguments here");
        };
    }

    private static int range(YamlMapping args, String key, String field, int min, int max, int fallback) {
        int value = integer(args, key, field + ".", fallback);
        if (value < min || value > max) {
            throw error(args.get(key), field + "." + key, "Invalid value: " + value + ": not in valid range ["
                    + min + ", " + max + "]");
        }
        return value;
    }

    private static DefaultPreemptionArgs defaultPreemption(YamlMapping args, String field) {
        try {
            return new DefaultPreemptionArgs(integer(args, "minCandidateNodesPercentage", field + ".", 10),
                    integer(args, "minCandidateNodesAbsolute", field + ".", 100));
        } catch (IllegalArgumentException e) {
            throw error(args, field, e.getMessage());
        }
    }

    private static NodeResourcesFitArgs nodeResourcesFit(YamlMapping args, String field) {
        List<String> ignored = strings(args.get("ignoredResources"), field + ".ignoredResources");
        List<String> groups = strings(args.get("ignoredResourceGroups"), field + ".ignoredResourceGroups");
        YamlNode strategyNode = args.get("scoringStrategy");
        ScoringStrategy strategy = strategyNode == null
                ? ScoringStrategy.DEFAULT
                : scoringStrategy(mapping(strategyNode, field + ".scoringStrategy"), field + ".scoringStrategy");
        return new NodeResourcesFitArgs(ignored, groups, strategy);
    }

    private static ScoringStrategy scoringStrategy(YamlMapping node, String field) {
        String typeName = ConfigNodes.string(node, "type", field + ".", "LeastAllocated");
        ScoringStrategy.Type type = switch (typeName) {
            case "LeastAllocated" -> ScoringStrategy.Type.LEAST_ALLOCATED;
            case "MostAllocated" -> ScoringStrategy.Type.MOST_ALLOCATED;
            case "RequestedToCapacityRatio" -> ScoringStrategy.Type.REQUESTED_TO_CAPACITY_RATIO;
            default -> throw error(node.get("type"), field + ".type", "Unsupported value: \"" + typeName
                    + "\": supported values: \"LeastAllocated\", \"MostAllocated\", \"RequestedToCapacityRatio\"");
        };
        List<ResourceSpec> resources = new ArrayList<>();
        List<YamlNode> resourceNodes = items(node.get("resources"), field + ".resources");
        for (int i = 0; i < resourceNodes.size(); i++) {
            String itemField = field + ".resources[" + i + "]";
            YamlMapping resource = mapping(resourceNodes.get(i), itemField);
            String name = string(resource.get("name") == null ? resource : resource.get("name"), itemField + ".name");
            int weight = integer(resource, "weight", itemField + ".", 1);
            if (weight < 1 || weight > 100) {
                throw error(resource, itemField + ".weight", "Invalid value: " + weight + ": resource weight of "
                        + name + " should be in range [1, 100]");
            }
            resources.add(new ResourceSpec(name, weight));
        }
        List<UtilizationShapePoint> shape = new ArrayList<>();
        YamlNode ratio = node.get("requestedToCapacityRatio");
        if (type == ScoringStrategy.Type.REQUESTED_TO_CAPACITY_RATIO) {
            String ratioField = field + ".requestedToCapacityRatio";
            if (ratio == null) {
                throw error(node, ratioField, "Required value");
            }
            List<YamlNode> points = items(mapping(ratio, ratioField).get("shape"), ratioField + ".shape");
            for (int i = 0; i < points.size(); i++) {
                String pointField = ratioField + ".shape[" + i + "]";
                YamlMapping point = mapping(points.get(i), pointField);
                shape.add(new UtilizationShapePoint(integer(point, "utilization", pointField + ".", 0),
                        integer(point, "score", pointField + ".", 0)));
            }
        }
        return new ScoringStrategy(type, resources.isEmpty() ? ResourceSpec.DEFAULTS : resources, shape);
    }

    private static PodTopologySpreadArgs podTopologySpread(YamlMapping args, String field) {
        String defaulting = ConfigNodes.string(args, "defaultingType", field + ".", "System");
        if (!defaulting.equals("System") && !defaulting.equals("List")) {
            throw error(args.get("defaultingType"), field + ".defaultingType", "Unsupported value: \"" + defaulting
                    + "\": supported values: \"List\", \"System\"");
        }
        List<TopologySpreadConstraint> constraints = new ArrayList<>();
        List<YamlNode> nodes = items(args.get("defaultConstraints"), field + ".defaultConstraints");
        for (int i = 0; i < nodes.size(); i++) {
            String itemField = field + ".defaultConstraints[" + i + "]";
            YamlMapping node = mapping(nodes.get(i), itemField);
            if (node.get("labelSelector") != null) {
                throw error(node.get("labelSelector"), itemField + ".labelSelector",
                        "Forbidden: constraint must not define a selector, as they deduced for each pod");
            }
            TopologySpreadConstraint constraint = CoreV1Factory.eINSTANCE.createTopologySpreadConstraint();
            constraint.setMaxSkew(integer(node, "maxSkew", itemField + ".", 0));
            constraint.setTopologyKey(ConfigNodes.string(node, "topologyKey", itemField + ".", ""));
            constraint.setWhenUnsatisfiable(ConfigNodes.string(node, "whenUnsatisfiable", itemField + ".", ""));
            constraints.add(constraint);
        }
        if (defaulting.equals("System") && !constraints.isEmpty()) {
            throw error(args, field + ".defaultingType", "Invalid value: \"System\": when .defaultConstraints "
                    + "are not empty, defaultingType must be List");
        }
        return new PodTopologySpreadArgs(constraints, defaulting);
    }

    private static List<String> strings(YamlNode node, String field) {
        List<String> values = new ArrayList<>();
        List<YamlNode> nodes = items(node, field);
        for (int i = 0; i < nodes.size(); i++) {
            values.add(string(nodes.get(i), field + "[" + i + "]"));
        }
        return values;
    }
}
