package io.pilothouse.lang.binding;

import io.pilothouse.lang.manifest.Directive;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Expands tag handles to full tags with the YAML defaults and a document's {@code %TAG} directives. */
final class TagResolver {

    private final Map<String, String> handles = new HashMap<>();

    TagResolver(List<Directive> directives) {
        handles.put("!", "!");
        handles.put("!!", "tag:yaml.org,2002:");
        for (Directive directive : directives) {
            String[] words = directive.getText().trim().split("[ \t]+");
            if (words.length >= 3 && "%TAG".equals(words[0])) {
                handles.put(words[1], words[2]);
            }
        }
    }

    /** @return the full tag of a tag token ({@code !!str}, {@code !local}, {@code !<verbatim>}, {@code !}) */
    String resolve(String token) {
        if (token.startsWith("!<") && token.endsWith(">")) {
            return token.substring(2, token.length() - 1);
        }
        if ("!".equals(token)) {
            return token;
        }
        int second = token.indexOf('!', 1);
        String handle = second < 0 ? "!" : token.substring(0, second + 1);
        String prefix = handles.get(handle);
        return prefix == null ? token : prefix + token.substring(handle.length());
    }
}
