package io.pilothouse.runtime.api.rbac;

/**
 * The answer of the authorizer.
 *
 * @param allowed whether a rule allows the request (else RBAC has no opinion, which denies)
 * @param reason  upstream's reason: the binding that allowed it, or the errors met while resolving rules, or empty
 */
public record Decision(boolean allowed, String reason) {}
