package io.pilothouse.lang.ide.highlighting;

import com.google.inject.Inject;
import io.pilothouse.lang.binding.ManifestBinding;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.FlowEntry;
import io.pilothouse.lang.manifest.FlowMapping;
import io.pilothouse.lang.manifest.ManifestPackage;
import io.pilothouse.lang.manifest.MappingEntry;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.naming.ReferenceRules;
import io.pilothouse.lang.naming.YamlPaths;
import io.pilothouse.lang.syntax.TokenKind;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.model.validation.deprecation.DeprecatedApis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The highlighting of a manifest file, in text order: keys; values by the type kubectl decodes them to (string,
 * number, boolean, null); anchors and aliases; tags; values that name another resource the scope provider finds;
 * deprecated API versions; comments. The Eclipse editor calls {@link #highlights}; LSP clients get the same through
 * {@link ManifestHighlightingCalculator}.
 */
public class ManifestHighlighter {

    @Inject
    private ManifestBinding binding;

    /** @return the highlighted regions of {@code resource}, in text order, none overlapping */
    public List<Highlight> highlights(XtextResource resource, CancelIndicator cancelIndicator) {
        List<Highlight> highlights = new ArrayList<>();
        if (resource.getParseResult() == null) {
            return highlights;
        }
        Map<Integer, YamlScalar.Kind> kinds = scalarKinds(binding.of(resource).documents());
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (cancelIndicator.isCanceled()) {
                return highlights;
            }
            HighlightStyle style = style(leaf, kinds);
            if (style != null && leaf.getLength() > 0) {
                highlights.add(new Highlight(leaf.getOffset(), leaf.getLength(), style));
            }
        }
        return highlights;
    }

    private static HighlightStyle style(ILeafNode leaf, Map<Integer, YamlScalar.Kind> kinds) {
        AbstractRule rule = leaf.getGrammarElement() instanceof RuleCall call
                ? call.getRule()
                : leaf.getGrammarElement() instanceof TerminalRule terminal ? terminal : null;
        if (rule == null) {
            return null;
        }
        return switch (rule.getName()) {
            case "COMMENT" -> HighlightStyle.COMMENT;
            case "ANCHOR", "ALIAS" -> HighlightStyle.ANCHOR;
            case "TAG" -> HighlightStyle.TAG;
            default -> leaf.getSemanticElement() instanceof Scalar scalar
                    && TokenKind.valueOf(rule.getName()).scalar() ? scalarStyle(scalar, leaf, kinds) : null;
        };
    }

    private static HighlightStyle scalarStyle(Scalar scalar, ILeafNode leaf, Map<Integer, YamlScalar.Kind> kinds) {
        if (isKey(scalar)) {
            return HighlightStyle.KEY;
        }
        if (isDeprecatedApiVersion(scalar)) {
            return HighlightStyle.DEPRECATED;
        }
        if (isReference(scalar)) {
            return HighlightStyle.REFERENCE;
        }
        return switch (kinds.getOrDefault(leaf.getOffset(), YamlScalar.Kind.STRING)) {
            case INT, FLOAT -> HighlightStyle.NUMBER;
            case BOOL -> HighlightStyle.BOOLEAN;
            case NULL -> HighlightStyle.NULL;
            case STRING -> HighlightStyle.STRING;
        };
    }

    private static boolean isKey(Scalar scalar) {
        EObject node = scalar.eContainer();
        return switch (node.eContainer()) {
            case MappingEntry entry -> entry.getKey() == node;
            case FlowEntry entry -> entry.getKey() == node
                    && (entry.isPair() || entry.eContainer() instanceof FlowMapping);
            case null, default -> false;
        };
    }

    private static boolean isDeprecatedApiVersion(Scalar scalar) {
        if (!List.of("apiVersion").equals(YamlPaths.pathOf(scalar))
                || !(YamlPaths.owningMapping(scalar) instanceof EObject mapping)
                || !(mapping.eContainer().eContainer() instanceof Document)) {
            return false;
        }
        String kind = YamlPaths.stringValue(mapping, "kind");
        return kind != null && DeprecatedApis.find(YamlPaths.text(scalar), kind).isPresent();
    }

    /** @return whether the scope provider resolves {@code scalar} to the resource it names */
    private static boolean isReference(Scalar scalar) {
        if (ReferenceRules.targetOf(scalar) == null) {
            return false;
        }
        EObject target = (EObject) scalar.eGet(ManifestPackage.Literals.SCALAR__TARGET, false);
        return target != null && !EcoreUtil.resolve(target, scalar).eIsProxy();
    }

    /** @return the decoded type of each scalar of the bound documents, by the offset of its token */
    private static Map<Integer, YamlScalar.Kind> scalarKinds(List<YamlDocument> documents) {
        Map<Integer, YamlScalar.Kind> kinds = new HashMap<>();
        List<YamlNode> pending = new ArrayList<>();
        documents.forEach(document -> pending.add(document.root()));
        while (!pending.isEmpty()) {
            switch (pending.removeLast()) {
                case YamlScalar scalar when scalar.range() != null -> kinds.put(scalar.range().offset(), scalar.kind());
                case YamlScalar scalar -> {
                }
                case YamlSequence sequence -> pending.addAll(sequence.items());
                case YamlMapping mapping -> mapping.entries().forEach(entry -> pending.add(entry.value()));
                case null -> {
                }
            }
        }
        return kinds;
    }
}
