package io.pilothouse.lang.binding;

import io.pilothouse.lang.manifest.AliasNode;
import io.pilothouse.lang.manifest.BlockMapping;
import io.pilothouse.lang.manifest.BlockSequence;
import io.pilothouse.lang.manifest.ContentNode;
import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.FlowEntry;
import io.pilothouse.lang.manifest.FlowMapping;
import io.pilothouse.lang.manifest.FlowSequence;
import io.pilothouse.lang.manifest.MappingEntry;
import io.pilothouse.lang.manifest.Node;
import io.pilothouse.lang.manifest.Properties;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.manifest.SequenceItem;
import io.pilothouse.lang.manifest.Value;
import io.pilothouse.lang.syntax.ScalarValues;
import io.pilothouse.lang.syntax.TokenKind;
import io.pilothouse.model.io.YamlDocument;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlTreeBuilder;
import java.util.List;

/**
 * Reads the value tree of each document of the syntax tree through the model's {@link YamlTreeBuilder}, the same
 * builder the model's loader feeds with SnakeYAML's events: the editor and the loader cannot disagree on what a
 * document means.
 */
final class ValueTreeReader {

    private final String text;
    private final YamlTreeBuilder builder;

    ValueTreeReader(String text, YamlTreeBuilder builder) {
        this.text = text;
        this.builder = builder;
    }

    /** Reads {@code document} and adds it to {@code documents} unless it is empty or failed. */
    void read(Document document, List<YamlDocument> documents) {
        builder.startDocument(SyntaxTrees.start(document));
        if (document.getRoot() == null) {
            return;
        }
        node(document.getRoot());
        if (!builder.failed()) {
            builder.endDocument(documents);
        }
    }

    private void node(Node node) {
        if (builder.failed()) {
            return;
        }
        if (node instanceof AliasNode alias) {
            builder.alias(SyntaxTrees.start(alias), SyntaxTrees.end(alias), alias.getAlias().substring(1));
        } else if (node instanceof ContentNode content) {
            content(content);
        }
    }

    private void content(ContentNode content) {
        Properties properties = content.getProperties();
        String anchor = properties == null || properties.getAnchor() == null
                ? null
                : properties.getAnchor().substring(1);
        String tagToken = properties == null ? null : properties.getTag();
        String tag = tagToken == null ? null : TagResolver.resolve(tagToken);
        if (tagToken != null && tag == null) {
            int start = SyntaxTrees.start(properties);
            builder.fail("found undefined tag handle " + TagResolver.handle(tagToken), start,
                    start + tagToken.length());
            return;
        }
        Value value = content.getValue();
        switch (value) {
            case null -> empty(SyntaxTrees.end(content), tag, anchor);
            case Scalar scalar -> scalar(scalar, tag, anchor);
            case BlockMapping mapping -> {
                builder.startCollection(SyntaxTrees.start(mapping), true, false, anchor);
                for (MappingEntry entry : mapping.getEntries()) {
                    pair(entry.getKey(), entry.getValue(), SyntaxTrees.end(entry));
                }
                end(SyntaxTrees.end(mapping));
            }
            case BlockSequence sequence -> {
                builder.startCollection(SyntaxTrees.start(sequence), false, false, anchor);
                for (SequenceItem item : sequence.getItems()) {
                    valueOrEmpty(item.getValue(), SyntaxTrees.end(item));
                }
                end(SyntaxTrees.end(sequence));
            }
            case FlowMapping mapping -> {
                builder.startCollection(SyntaxTrees.start(mapping), true, true, anchor);
                mapping.getEntries().forEach(entry -> pair(entry.getKey(), entry.getValue(), SyntaxTrees.end(entry)));
                end(SyntaxTrees.end(mapping));
            }
            case FlowSequence sequence -> {
                builder.startCollection(SyntaxTrees.start(sequence), false, true, anchor);
                sequence.getEntries().forEach(this::flowItem);
                end(SyntaxTrees.end(sequence));
            }
            default -> throw new IllegalStateException("unknown value " + value.eClass().getName());
        }
    }

    private void flowItem(FlowEntry entry) {
        if (!entry.isPair() && !entry.isExplicit()) {
            valueOrEmpty(entry.getKey(), SyntaxTrees.end(entry));
            return;
        }
        builder.startCollection(SyntaxTrees.start(entry), true, true, null);
        pair(entry.getKey(), entry.getValue(), SyntaxTrees.end(entry));
        end(SyntaxTrees.end(entry));
    }

    private void pair(Node key, Node value, int end) {
        valueOrEmpty(key, end);
        valueOrEmpty(value, end);
    }

    private void valueOrEmpty(Node node, int end) {
        if (node == null) {
            empty(end, null, null);
        } else {
            node(node);
        }
    }

    private void end(int end) {
        if (!builder.failed()) {
            builder.endCollection(end);
        }
    }

    private void empty(int offset, String tag, String anchor) {
        if (!builder.failed()) {
            builder.scalar(offset, offset, "", YamlScalar.Style.PLAIN, tag, anchor);
        }
    }

    private void scalar(Scalar scalar, String tag, String anchor) {
        SyntaxTrees.ScalarToken token = SyntaxTrees.token(scalar);
        if (token == null || builder.failed()) {
            return;
        }
        String value = ScalarValues.value(token.kind(), token.text(), SyntaxTrees.parentIndent(scalar, text));
        builder.scalar(token.offset(), token.end(), value, style(token.kind()), tag, anchor);
    }

    private static YamlScalar.Style style(TokenKind kind) {
        return switch (kind) {
            case SINGLE_QUOTED -> YamlScalar.Style.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> YamlScalar.Style.DOUBLE_QUOTED;
            case LITERAL -> YamlScalar.Style.LITERAL;
            case FOLDED -> YamlScalar.Style.FOLDED;
            default -> YamlScalar.Style.PLAIN;
        };
    }
}
