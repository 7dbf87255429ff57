package io.pilothouse.model.io;

/**
 * A JSON path in Kubernetes' field path notation ({@code spec.containers[0].env[1].value},
 * {@code metadata.labels[app]}), built as a cheap linked list and rendered only for messages.
 */
record FieldPath(FieldPath parent, String name, int index, boolean mapKey) {

    static final FieldPath ROOT = new FieldPath(null, null, -1, false);

    FieldPath child(String field) {
        return new FieldPath(this, field, -1, false);
    }

    FieldPath index(int position) {
        return new FieldPath(this, null, position, false);
    }

    FieldPath key(String key) {
        return new FieldPath(this, key, -1, true);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out);
        return out.toString();
    }

    private void render(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.render(out);
        if (name == null) {
            out.append('[').append(index).append(']');
        } else if (mapKey) {
            out.append('[').append(name).append(']');
        } else {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(name);
        }
    }
}
