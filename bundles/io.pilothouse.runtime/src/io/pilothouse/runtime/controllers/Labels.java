package io.pilothouse.runtime.controllers;

import java.util.TreeMap;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/** Label comparisons of the controllers' event handlers. */
public final class Labels {

    private Labels() {}

    /** Whether two objects have the same labels. */
    public static boolean same(ObjectMeta a, ObjectMeta b) {
        return new TreeMap<>(a.getLabels().map()).equals(new TreeMap<>(b.getLabels().map()));
    }
}
