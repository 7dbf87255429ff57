package io.pilothouse.model.io;

import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into value trees with SnakeYAML's event parser (the engine under jackson-dataformat-yaml). The events
 * are used directly because Jackson's {@code YAMLParser} neither tells whether a scalar was quoted nor expands
 * aliases, and Jackson's own YAML typing differs from go-yaml v2's; the events carry the raw text, the style, tags,
 * anchors and aliases and exact marks. Each chunk from {@link DocumentSplitter} gets its own parser so that a
 * syntax error ends only that chunk.
 */
final class YamlTreeReader {

    private final SourceText source;
    private final LoadLimits limits;
    private final List<Diagnostic> diagnostics;

    YamlTreeReader(SourceText source, LoadLimits limits, List<Diagnostic> diagnostics) {
        this.source = source;
        this.limits = limits;
        this.diagnostics = diagnostics;
    }

    void read(List<YamlDocument> documents) {
        int[] bounds = DocumentSplitter.split(source.text());
        for (int i = 0; i + 1 < bounds.length; i++) {
            readChunk(bounds[i], bounds[i + 1], documents);
        }
    }

    private void readChunk(int chunkStart, int chunkEnd, List<YamlDocument> documents) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        Parser parser = new ParserImpl(new StreamReader(source.text().substring(chunkStart, chunkEnd)), options);
        ChunkState state = new ChunkState(chunkStart);
        try {
            Event event = parser.getEvent();
            while (!event.is(Event.ID.StreamEnd)) {
                if (!state.accept(event, documents)) {
                    return;
                }
                event = parser.getEvent();
            }
        } catch (MarkedYAMLException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_SYNTAX, syntaxMessage(e),
                    state.pointRange(errorMark(e, chunkEnd - chunkStart))));
        } catch (ReaderException e) {
            int offset = source.offsetOfCodePoint(chunkStart, e.getPosition());
            diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_SYNTAX, String.format(
                    "control character U+%04X is not allowed", e.getCodePoint()), source.range(offset, offset + 1)));
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCodes.YAML_SYNTAX, "cannot parse YAML: " + e.getMessage(),
                    source.range(chunkStart, chunkStart)));
        }
    }

    /**
     * @return where to report a syntax error: where it was found, unless that is the end of the chunk (an unclosed
     *         bracket or quote), then where the construct began
     */
    private static Mark errorMark(MarkedYAMLException e, int chunkLength) {
        Mark problem = e.getProblemMark();
        boolean atEnd = problem == null || problem.getIndex() >= chunkLength;
        return atEnd && e.getContextMark() != null ? e.getContextMark() : problem;
    }

    private String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        if (e.getContext() == null || e.getContextMark() == null) {
            return problem;
        }
        Mark mark = e.getContextMark();
        return problem + " " + e.getContext() + " started at line " + (mark.getLine() + 1) + ", column "
                + (mark.getColumn() + 1);
    }

    /** Feeds the events of one chunk to a {@link YamlTreeBuilder}. */
    private final class ChunkState {
        private final int chunkStart;
        private final YamlTreeBuilder builder;

        ChunkState(int chunkStart) {
            this.chunkStart = chunkStart;
            this.builder = new YamlTreeBuilder(source, limits, diagnostics);
        }

        /** @return false when the document failed and the rest of the chunk is to be skipped */
        boolean accept(Event event, List<YamlDocument> documents) {
            switch (event.getEventId()) {
                case DocumentStart -> builder.startDocument(offset(event.getStartMark()));
                case DocumentEnd -> builder.endDocument(documents);
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    builder.scalar(offset(scalar.getStartMark()), offset(scalar.getEndMark()), scalar.getValue(),
                            styleOf(scalar), scalar.getTag(), scalar.getAnchor());
                }
                case Alias -> builder.alias(offset(event.getStartMark()), offset(event.getEndMark()),
                        ((AliasEvent) event).getAnchor());
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent start = (CollectionStartEvent) event;
                    builder.startCollection(offset(start.getStartMark()), event.is(Event.ID.MappingStart),
                            start.isFlow(), start.getAnchor());
                }
                case MappingEnd, SequenceEnd -> builder.endCollection(offset(event.getEndMark()));
                default -> {
                    return true;
                }
            }
            return !builder.failed();
        }

        private SourceRange pointRange(Mark mark) {
            if (mark == null) {
                return source.range(chunkStart, chunkStart);
            }
            int offset = offset(mark);
            return source.range(offset, Math.min(offset + 1, source.text().length()));
        }

        private int offset(Mark mark) {
            return source.offsetOfCodePoint(chunkStart, mark.getIndex());
        }
    }

    private static YamlScalar.Style styleOf(ScalarEvent event) {
        if (event.isSQuoted()) {
            return YamlScalar.Style.SINGLE_QUOTED;
        }
        if (event.isDQuoted()) {
            return YamlScalar.Style.DOUBLE_QUOTED;
        }
        if (event.isLiteral()) {
            return YamlScalar.Style.LITERAL;
        }
        return event.isFolded() ? YamlScalar.Style.FOLDED : YamlScalar.Style.PLAIN;
    }
}
