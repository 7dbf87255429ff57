package io.pilothouse.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw input into value trees: checks size, binary content and UTF-8 (a UTF-16 byte order mark is honoured),
 * then reads JSON when the first non-blank character is <code>{</code> (as kubectl does) and YAML otherwise.
 * Never throws for bad input; every problem becomes a {@link Diagnostic}.
 */
public final class ManifestParser {

    /** The documents read and the problems found. */
    public record Result(List<YamlDocument> documents, List<Diagnostic> diagnostics) {}

    private static final int BINARY_SNIFF_LENGTH = 8000;
    private static final int MAX_ENCODING_REPORTS = 20;

    private final LoadLimits limits;

    public ManifestParser(LoadLimits limits) {
        this.limits = limits;
    }

    /** Parses bytes that must hold UTF-8 (or UTF-16 with a byte order mark). */
    public Result parse(byte[] bytes, String file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceRange start = new SourceRange(file, 1, 1, 0, 0);
        if (bytes.length > limits.maxFileBytes()) {
            return rejected(file, tooLarge(bytes.length, start), diagnostics);
        }
        if (hasUtf16ByteOrderMark(bytes)) {
            return parse(new String(bytes, StandardCharsets.UTF_16), file);
        }
        int sniff = Math.min(bytes.length, BINARY_SNIFF_LENGTH);
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                return rejected(file, Diagnostic.error(DiagnosticCodes.IO_BINARY,
                        "the input is binary, not YAML or JSON (NUL byte at byte offset " + i + ")", start),
                        diagnostics);
            }
        }
        List<Integer> badOffsets = new ArrayList<>();
        String text = decodeUtf8(bytes, badOffsets);
        SourceText source = new SourceText(file, stripByteOrderMark(text));
        int shift = text.length() - source.text().length();
        for (int i = 0; i < badOffsets.size() && i < MAX_ENCODING_REPORTS; i++) {
            int offset = Math.max(0, badOffsets.get(i) - shift);
            diagnostics.add(Diagnostic.error(DiagnosticCodes.IO_ENCODING,
                    "invalid UTF-8 byte sequence; the document containing it is skipped",
                    source.range(offset, offset + 1)));
        }
        List<YamlDocument> documents = read(source, diagnostics);
        if (!badOffsets.isEmpty()) {
            documents.removeIf(document -> containsAny(document.range(), badOffsets, shift));
        }
        return new Result(documents, diagnostics);
    }

    /** Parses text, e.g. the content of an editor or of standard input. */
    public Result parse(String text, String file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (text.length() > limits.maxFileBytes()) {
            return rejected(file, tooLarge(text.length(), new SourceRange(file, 1, 1, 0, 0)), diagnostics);
        }
        int nul = text.indexOf('\0', 0);
        if (nul >= 0 && nul < BINARY_SNIFF_LENGTH) {
            return rejected(file, Diagnostic.error(DiagnosticCodes.IO_BINARY,
                    "the input is binary, not YAML or JSON (NUL character at offset " + nul + ")",
                    new SourceRange(file, 1, 1, 0, 0)), diagnostics);
        }
        SourceText source = new SourceText(file, stripByteOrderMark(text));
        return new Result(read(source, diagnostics), diagnostics);
    }

    Diagnostic tooLarge(long size, SourceRange location) {
        return Diagnostic.error(DiagnosticCodes.IO_TOO_LARGE,
                "the input has " + size + " bytes, more than the limit of "
                        + limits.maxFileBytes() + " bytes",
                location);
    }

    private List<YamlDocument> read(SourceText source, List<Diagnostic> diagnostics) {
        List<YamlDocument> documents = new ArrayList<>();
        if (startsWithBrace(source.text())) {
            new JsonTreeReader(source, limits, diagnostics).read(documents);
        } else {
            new YamlTreeReader(source, limits, diagnostics).read(documents);
        }
        if (documents.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.warning(DiagnosticCodes.YAML_EMPTY, "the input contains no documents",
                    source.range(0, 0)));
        }
        return documents;
    }

    static Result rejected(String file, Diagnostic diagnostic, List<Diagnostic> diagnostics) {
        diagnostics.add(diagnostic);
        return new Result(new ArrayList<>(), diagnostics);
    }

    private static boolean startsWithBrace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    private static boolean containsAny(SourceRange range, List<Integer> offsets, int shift) {
        for (int offset : offsets) {
            int shifted = offset - shift;
            if (shifted >= range.offset() && shifted <= range.endOffset()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf16ByteOrderMark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Decodes UTF-8, replacing each malformed sequence with U+FFFD and recording its character offset. */
    private static String decodeUtf8(byte[] bytes, List<Integer> badOffsets) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        while (result.isError()) {
            badOffsets.add(out.position());
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            result = decoder.decode(in, out, true);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
