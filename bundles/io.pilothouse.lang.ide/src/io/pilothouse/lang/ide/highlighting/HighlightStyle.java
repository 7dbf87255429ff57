package io.pilothouse.lang.ide.highlighting;

/**
 * The styles of manifest text: {@link #id()} is the style id the Eclipse editor and Xtext's highlighting acceptors
 * see; {@link #tokenType()} and {@link #deprecated()} say how LSP semantic tokens carry it.
 */
public enum HighlightStyle {
    KEY("key", "property"), STRING("string", "string"), NUMBER("number", "number"), BOOLEAN("boolean", "keyword"),
    NULL("null", "keyword"), ANCHOR("anchor", "variable"), TAG("tag", "decorator"), REFERENCE("reference", "type"),
    DEPRECATED("deprecated", "string"), COMMENT("comment", "comment");

    private final String id;
    private final String tokenType;

    HighlightStyle(String id, String tokenType) {
        this.id = id;
        this.tokenType = tokenType;
    }

    public String id() {
        return id;
    }

    /** @return the LSP semantic token type */
    public String tokenType() {
        return tokenType;
    }

    /** @return whether LSP semantic tokens mark the text with the {@code deprecated} modifier */
    public boolean deprecated() {
        return this == DEPRECATED;
    }

    /** @return the style with {@code id}, or {@code null} */
    public static HighlightStyle byId(String id) {
        for (HighlightStyle style : values()) {
            if (style.id.equals(id)) {
                return style;
            }
        }
        return null;
    }
}
