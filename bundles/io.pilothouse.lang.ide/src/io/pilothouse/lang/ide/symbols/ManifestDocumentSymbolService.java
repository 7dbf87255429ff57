package io.pilothouse.lang.ide.symbols;

import com.google.inject.Inject;
import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.manifest.BlockMapping;
import io.pilothouse.lang.manifest.BlockSequence;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.FlowEntry;
import io.pilothouse.lang.manifest.FlowMapping;
import io.pilothouse.lang.manifest.FlowSequence;
import io.pilothouse.lang.manifest.MappingEntry;
import io.pilothouse.lang.manifest.Node;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.manifest.SequenceItem;
import io.pilothouse.lang.manifest.Stream;
import io.pilothouse.lang.manifest.Value;
import io.pilothouse.lang.naming.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The outline of a manifest file: a symbol per document, {@code Kind name} with its namespace as detail, whose
 * children are the document's top-level sections ({@code metadata}, {@code spec}, {@code data}...); under the
 * {@code spec} of a workload, its containers by name. Flat clients get the same symbols flattened by Xtext's
 * {@code DocumentSymbolService}.
 */
public class ManifestDocumentSymbolService extends HierarchicalDocumentSymbolService {

    private static final List<String> IDENTITY_KEYS = List.of("apiVersion", "kind");

    @Inject
    private DocumentExtensions positions;

    @Override
    public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        if (resource.getParseResult() != null && resource.getParseResult().getRootASTElement() instanceof Stream s) {
            for (Document document : s.getDocuments()) {
                if (document.getRoot() != null) {
                    symbols.add(documentSymbol(resource, document));
                }
            }
        }
        return symbols;
    }

    private DocumentSymbol documentSymbol(XtextResource resource, Document document) {
        Value root = YamlPaths.valueOf(document.getRoot());
        String kind = YamlPaths.stringValue(root, "kind");
        Value metadata = YamlPaths.valueAt(root, "metadata");
        Value name = metadata == null ? null : YamlPaths.valueAt(metadata, "name");
        String label = kind == null || kind.isEmpty() ? "Document" : kind;
        if (name instanceof Scalar scalar && !YamlPaths.text(scalar).isEmpty()) {
            label += " " + YamlPaths.text(scalar);
        }
        EObject selection = name != null ? name : document.getRoot();
        DocumentSymbol symbol = symbol(resource, label, ResourceSymbolKinds.of(kind), document, selection);
        symbol.setDetail(metadata == null ? null : YamlPaths.stringValue(metadata, "namespace"));
        List<DocumentSymbol> sections = new ArrayList<>();
        for (Entry entry : entries(root)) {
            if (!IDENTITY_KEYS.contains(entry.key())) {
                DocumentSymbol section = entrySymbol(resource, entry);
                if ("spec".equals(entry.key())) {
                    section.setChildren(containers(resource, kind, YamlPaths.valueOf(entry.value())));
                }
                sections.add(section);
            }
        }
        symbol.setChildren(sections);
        return symbol;
    }

    /** @return the containers and init containers of a workload's pod template, by name */
    private List<DocumentSymbol> containers(XtextResource resource, String kind, Value spec) {
        List<DocumentSymbol> containers = new ArrayList<>();
        List<String> path = ResourceSymbolKinds.podSpecPath(kind);
        Value podSpec = path == null ? null : spec;
        for (int i = 0; podSpec != null && i < path.size(); i++) {
            podSpec = YamlPaths.valueAt(podSpec, path.get(i));
        }
        if (podSpec == null) {
            return containers;
        }
        for (String field : List.of("initContainers", "containers")) {
            for (Node item : items(YamlPaths.valueAt(podSpec, field))) {
                Value container = YamlPaths.valueOf(item);
                String name = container == null ? null : YamlPaths.stringValue(container, "name");
                Value nameValue = container == null ? null : YamlPaths.valueAt(container, "name");
                DocumentSymbol symbol = symbol(resource, name == null ? "container" : name, SymbolKind.Object, item,
                        nameValue != null ? nameValue : item);
                symbol.setDetail(container == null ? null : YamlPaths.stringValue(container, "image"));
                containers.add(symbol);
            }
        }
        return containers;
    }

    private DocumentSymbol entrySymbol(XtextResource resource, Entry entry) {
        Value value = YamlPaths.valueOf(entry.value());
        SymbolKind kind = switch (value) {
            case BlockMapping mapping -> SymbolKind.Object;
            case FlowMapping mapping -> SymbolKind.Object;
            case BlockSequence sequence -> SymbolKind.Array;
            case FlowSequence sequence -> SymbolKind.Array;
            case null, default -> SymbolKind.Property;
        };
        return symbol(resource, entry.key(), kind, entry.owner(), entry.keyNode());
    }

    private DocumentSymbol symbol(XtextResource resource, String name, SymbolKind kind, EObject range,
            EObject selection) {
        DocumentSymbol symbol = new DocumentSymbol();
        symbol.setName(name);
        symbol.setKind(kind);
        symbol.setRange(positions.newRange(resource, SyntaxTrees.start(range), SyntaxTrees.end(range)));
        symbol.setSelectionRange(
                positions.newRange(resource, SyntaxTrees.start(selection), SyntaxTrees.end(selection)));
        symbol.setChildren(new ArrayList<>());
        return symbol;
    }

    /** A key of a block or flow mapping with its value; {@code owner} is the whole entry. */
    private record Entry(String key, Node keyNode, Node value, EObject owner) {}

    private static List<Entry> entries(Value mapping) {
        List<Entry> entries = new ArrayList<>();
        if (mapping instanceof BlockMapping block) {
            for (MappingEntry entry : block.getEntries()) {
                String key = YamlPaths.keyOf(entry.getKey());
                if (key != null) {
                    entries.add(new Entry(key, entry.getKey(), entry.getValue(), entry));
                }
            }
        } else if (mapping instanceof FlowMapping flow) {
            for (FlowEntry entry : flow.getEntries()) {
                String key = YamlPaths.keyOf(entry.getKey());
                if (key != null) {
                    entries.add(new Entry(key, entry.getKey(), entry.getValue(), entry));
                }
            }
        }
        return entries;
    }

    private static List<Node> items(Value sequence) {
        List<Node> items = new ArrayList<>();
        if (sequence instanceof BlockSequence block) {
            for (SequenceItem item : block.getItems()) {
                if (item.getValue() != null) {
                    items.add(item.getValue());
                }
            }
        } else if (sequence instanceof FlowSequence flow) {
            flow.getEntries().forEach(entry -> items.add(entry.getKey()));
        }
        return items;
    }
}
