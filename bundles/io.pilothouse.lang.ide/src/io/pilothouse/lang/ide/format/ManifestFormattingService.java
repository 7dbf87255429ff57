package io.pilothouse.lang.ide.format;

import com.google.inject.Inject;
import io.pilothouse.lang.binding.ManifestBinding;
import io.pilothouse.lang.manifest.Stream;
import io.pilothouse.model.io.LoadResult;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting of manifest files with {@link ManifestFormatter}, one edit per changed document; a range formats every
 * document it touches. Files with syntax errors are not formatted, and neither is a file whose formatted text would
 * not read to the same values, so formatting never changes what a manifest means.
 */
public class ManifestFormattingService extends FormattingService {

    @Inject
    private IParser parser;

    @Inject
    private ManifestBinding binding;

    @Override
    public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
            FormattingOptions options) {
        List<TextEdit> edits = new ArrayList<>();
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return edits;
        }
        String text = document.getContents();
        List<ManifestFormatter.Segment> segments = ManifestFormatter.segments(text);
        StringBuilder formatted = new StringBuilder();
        segments.forEach(segment -> formatted.append(segment.text()));
        if (formatted.toString().equals(text) || !sameValues(binding.of(resource), formatted.toString())) {
            return edits;
        }
        for (ManifestFormatter.Segment segment : segments) {
            boolean touched = segment.oldStart() <= offset + length && segment.oldEnd() >= offset;
            if (touched) {
                edit(document, text, segment).ifPresent(edits::add);
            }
        }
        return edits;
    }

    /** @return the edit turning a segment's old text into its new one, the common start and end left out */
    private Optional<TextEdit> edit(Document document, String text, ManifestFormatter.Segment segment) {
        String old = text.substring(segment.oldStart(), segment.oldEnd());
        String now = segment.text();
        int prefix = 0;
        while (prefix < old.length() && prefix < now.length() && old.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.length() - prefix && suffix < now.length() - prefix
                && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == old.length() && prefix == now.length()) {
            return Optional.empty();
        }
        return Optional.of(toTextEdit(document, now.substring(prefix, now.length() - suffix),
                segment.oldStart() + prefix, old.length() - prefix - suffix));
    }

    private boolean sameValues(LoadResult before, String formatted) {
        IParseResult parsed = parser.parse(new StringReader(formatted));
        if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof Stream stream)) {
            return false;
        }
        LoadResult after = ManifestBinding.read(stream, formatted, "-", List.of());
        return ValueTreeEquality.same(before.documents(), after.documents());
    }
}
