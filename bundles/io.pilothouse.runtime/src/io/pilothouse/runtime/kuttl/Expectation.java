package io.pilothouse.runtime.kuttl;

import io.pilothouse.model.io.YamlMapping;

/**
 * One object of an assert or errors file: the partial object an object of the cluster must (or must not) match.
 *
 * @param file   the name of the file it comes from
 * @param object the partial object, with at least {@code apiVersion} and {@code kind}
 */
public record Expectation(String file, YamlMapping object) {}
