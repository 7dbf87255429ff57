package io.pilothouse.model.validation.crd;

/**
 * A path to a value of a custom resource in the two spellings the API server uses: {@link #toString()} as
 * {@code field.Path} prints it ({@code spec.rules[0].matches[1]}, map keys as {@code [key]}, the root as
 * {@code <nil>}) and {@link #dotted()} as the OpenAPI validator names it ({@code spec.labels.key}).
 */
record FieldPath(String field, String dotted) {

    static final FieldPath ROOT = new FieldPath("", "");

    FieldPath child(String name) {
        return new FieldPath(field.isEmpty() ? name : field + '.' + name,
                dotted.isEmpty() ? name : dotted + '.' + name);
    }

    FieldPath index(int index) {
        return new FieldPath(field + '[' + index + ']', dotted + '[' + index + ']');
    }

    FieldPath key(String key) {
        return new FieldPath(field + '[' + key + ']', dotted.isEmpty() ? key : dotted + '.' + key);
    }

    boolean isRoot() {
        return field.isEmpty();
    }

    /** @return the path as kube-apiserver prints the errors of the OpenAPI validator */
    String openApi() {
        return dotted.isEmpty() ? "<nil>" : dotted;
    }

    @Override
    public String toString() {
        return field.isEmpty() ? "<nil>" : field;
    }
}
