package io.pilothouse.model.validation.crd;

/** One {@code x-kubernetes-validations} entry; absent strings are {@code null}. */
record CelRule(String rule, String message, String messageExpression, String reason, String fieldPath,
        boolean optionalOldSelf) {

    /** @return the message of a failure: the rule's message, else {@code failed rule: <rule>} */
    String failureMessage() {
        return message != null && !message.isBlank() ? message.strip() : "failed rule: " + rule.strip();
    }

    /** @return how the rule is named in evaluation errors: its message, else its text */
    String errorName() {
        return message != null && !message.isBlank() ? message.strip() : rule.strip();
    }
}
