package io.pilothouse.model.io;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Converts the values of a special data type (Quantity, IntOrString, Time, MicroTime, Duration) from and to their
 * JSON form through {@code static T valueOf(String)} and {@code toString()}. A JSON string is read with
 * {@code static T ofString(String)} when the class has one (IntOrString: {@code "8080"} stays a string), a JSON
 * integer with {@code static T ofInt(int)} or {@code valueOf(int)}, and {@code boolean isInt()} tells whether a
 * value is written as a JSON integer.
 */
final class DataTypeCodec {

    private final MethodHandle valueOfString;
    private final MethodHandle valueOfInt;
    private final MethodHandle isInt;

    private DataTypeCodec(MethodHandle valueOfString, MethodHandle valueOfInt, MethodHandle isInt) {
        this.valueOfString = valueOfString;
        this.valueOfInt = valueOfInt;
        this.isInt = isInt;
    }

    /** @return a codec for {@code type}, or {@code null} if it has no public {@code static valueOf(String)} */
    static DataTypeCodec forType(Class<?> type) {
        MethodHandle valueOf = staticFactory(type, "valueOf", String.class);
        if (valueOf == null) {
            return null;
        }
        MethodHandle ofString = staticFactory(type, "ofString", String.class);
        MethodHandle ofInt = staticFactory(type, "ofInt", int.class);
        MethodHandle isInt = null;
        for (Method method : type.getMethods()) {
            if (method.getName().equals("isInt") && method.getParameterCount() == 0
                    && method.getReturnType() == boolean.class) {
                isInt = unreflect(method);
            }
        }
        return new DataTypeCodec(ofString != null ? ofString : valueOf,
                ofInt != null ? ofInt : staticFactory(type, "valueOf", int.class), isInt);
    }

    /**
     * @return the parsed value
     * @throws IllegalArgumentException with the type's own message if it rejects the text
     */
    Object parse(String text) {
        return invoke(valueOfString, text);
    }

    /** @return the integer form, through {@code valueOf(int)} when the type has one */
    Object fromInt(int value) {
        return valueOfInt == null ? invoke(valueOfString, Integer.toString(value)) : invoke(valueOfInt, value);
    }

    /** @return whether the value is written as a JSON integer (IntOrString holding an int) */
    boolean isInt(Object value) {
        if (isInt == null) {
            return false;
        }
        try {
            return (boolean) isInt.invoke(value);
        } catch (Throwable e) {
            return false;
        }
    }

    private static Object invoke(MethodHandle handle, Object argument) {
        try {
            return handle.invoke(argument);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static MethodHandle staticFactory(Class<?> type, String name, Class<?> parameter) {
        try {
            Method method = type.getMethod(name, parameter);
            if (!Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
                return null;
            }
            return unreflect(method);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static MethodHandle unreflect(Method method) {
        try {
            return MethodHandles.publicLookup().unreflect(method);
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
