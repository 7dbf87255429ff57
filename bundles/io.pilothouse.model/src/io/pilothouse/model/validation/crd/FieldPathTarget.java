package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;

/**
 * Where a failed validation rule is reported: the node's path extended by the rule's {@code fieldPath}
 * ({@code .a.b}, {@code ['a.b']}), located at the field it names when the resource has it.
 */
record FieldPathTarget(FieldPath path, SourceRange location) {

    static FieldPathTarget resolve(String fieldPath, YamlNode node, FieldPath path, SourceRange where) {
        FieldPath target = path;
        YamlNode current = node;
        SourceRange location = where;
        int i = 0;
        while (fieldPath != null && i < fieldPath.length()) {
            String name;
            if (fieldPath.startsWith("['", i) && fieldPath.indexOf("']", i + 2) > 0) {
                int end = fieldPath.indexOf("']", i + 2);
                name = fieldPath.substring(i + 2, end);
                i = end + 2;
            } else if (fieldPath.charAt(i) == '.') {
                int end = nextSeparator(fieldPath, i + 1);
                name = fieldPath.substring(i + 1, end);
                i = end;
            } else {
                return new FieldPathTarget(target, location);
            }
            target = target.child(name);
            current = current instanceof YamlMapping mapping ? mapping.get(name) : null;
            location = Finding.at(current, location);
        }
        return new FieldPathTarget(target, location);
    }

    private static int nextSeparator(String fieldPath, int from) {
        int end = from;
        while (end < fieldPath.length() && fieldPath.charAt(end) != '.' && fieldPath.charAt(end) != '[') {
            end++;
        }
        return end;
    }
}
