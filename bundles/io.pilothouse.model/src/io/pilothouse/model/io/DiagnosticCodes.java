package io.pilothouse.model.io;

/** The codes of the diagnostics this package reports. */
public final class DiagnosticCodes {

    /** The input could not be read at all. */
    public static final String IO_READ = "IO-READ";
    /** The input is larger than {@link LoadLimits#maxFileBytes()}. */
    public static final String IO_TOO_LARGE = "IO-TOO-LARGE";
    /** The input contains a NUL byte and is not text. */
    public static final String IO_BINARY = "IO-BINARY";
    /** The input is not valid UTF-8. */
    public static final String IO_ENCODING = "IO-ENCODING";
    /** The input holds no document. */
    public static final String YAML_EMPTY = "YAML-EMPTY";
    /** A YAML or JSON syntax error (tabs in indentation, unterminated quotes, bad indentation, ...). */
    public static final String YAML_SYNTAX = "YAML-SYNTAX";
    /** The same key appears twice in one mapping. */
    public static final String YAML_DUPLICATE_KEY = "YAML-DUPLICATE-KEY";
    /** A mapping key that JSON cannot represent (null, collection, unsigned 64-bit integer). */
    public static final String YAML_INVALID_KEY = "YAML-INVALID-KEY";
    /** A value that JSON cannot represent (.inf, .nan) or that does not match its explicit tag. */
    public static final String YAML_INVALID_VALUE = "YAML-INVALID-VALUE";
    /** An alias to an anchor that is not defined before it. */
    public static final String YAML_UNKNOWN_ANCHOR = "YAML-UNKNOWN-ANCHOR";
    /** A merge key whose value is not a mapping or a sequence of mappings. */
    public static final String YAML_MERGE = "YAML-MERGE";
    /** A document nests deeper than {@link LoadLimits#maxDepth()}. */
    public static final String YAML_TOO_DEEP = "YAML-TOO-DEEP";
    /** A document expands (aliases included) to more than {@link LoadLimits#maxNodesPerDocument()} nodes. */
    public static final String YAML_TOO_MANY_NODES = "YAML-TOO-MANY-NODES";
    /** A document has no {@code apiVersion} or {@code kind}. */
    public static final String BIND_MISSING_KIND = "BIND-MISSING-KIND";
    /** No EClass of the registry is annotated with the document's {@code apiVersion}/{@code kind}. */
    public static final String BIND_UNKNOWN_KIND = "BIND-UNKNOWN-KIND";
    /** A value of the wrong JSON type, or one its type cannot parse. */
    public static final String BIND_TYPE_MISMATCH = "BIND-TYPE-MISMATCH";
    /** A field the schema does not know; the value is kept in {@link UnknownFields}. */
    public static final String BIND_UNKNOWN_FIELD = "BIND-UNKNOWN-FIELD";

    private DiagnosticCodes() {}
}
