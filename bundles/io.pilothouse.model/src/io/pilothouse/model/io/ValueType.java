package io.pilothouse.model.io;

/** How the JSON value of a structural feature is converted. */
enum ValueType {
    STRING, INT32, INT64, BOOL, FLOAT64, BYTES, ENUM, JSON, PARSED, FACTORY, OBJECT, MAP
}
