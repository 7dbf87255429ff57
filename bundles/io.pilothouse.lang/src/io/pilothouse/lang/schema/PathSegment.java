package io.pilothouse.lang.schema;

/** One step of a path from a document's root: a mapping key or a sequence index. */
public sealed interface PathSegment {

    /** A key of a mapping. */
    record Key(String name) implements PathSegment {

        @Override
        public String toString() {
            return name;
        }
    }

    /** An item of a sequence, 0-based. */
    record Index(int index) implements PathSegment {

        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    static PathSegment key(String name) {
        return new Key(name);
    }

    static PathSegment index(int index) {
        return new Index(index);
    }
}
