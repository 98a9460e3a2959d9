package org.zhpipe.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public-surface convention of ARCHITECTURE.md true: types in {@code org.zhpipe.internal.*} are not API
 * (public only so zhpipe's own packages can share them), so no public or protected member of a public type outside
 * those packages may mention one — an embedding application never needs an internal type, and they can change
 * freely.
 */
class PublicSurfaceTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final String INTERNAL = "org.zhpipe.internal.";

    @Test
    void noApiSignatureMentionsAnInternalType() throws IOException, ClassNotFoundException {
        TreeSet<String> leaks = new TreeSet<>();
        List<Class<?>> api = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/zhpipe"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info") || name.startsWith(INTERNAL)) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (isExported(c)) {
                    api.add(c);
                }
            }
        }
        for (Class<?> c : api) {
            check(c.getName() + " extends", c.getGenericSuperclass(), leaks);
            for (Type t : c.getGenericInterfaces()) {
                check(c.getName() + " implements", t, leaks);
            }
            for (Field f : c.getDeclaredFields()) {
                if (isVisible(f.getModifiers())) {
                    check(c.getName() + "." + f.getName(), f.getGenericType(), leaks);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (isVisible(m.getModifiers()) && !m.isSynthetic()) {
                    check(c.getName() + "." + m.getName() + "()", m.getGenericReturnType(), leaks);
                    checkParameters(c.getName() + "." + m.getName() + "()", m, leaks);
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (isVisible(k.getModifiers()) && !k.isSynthetic()) {
                    checkParameters(c.getName() + "()", k, leaks);
                }
            }
        }
        assertEquals(new TreeSet<>(), leaks, "API members that mention org.zhpipe.internal types: make them "
                + "package-private, or wrap the internal type");
    }

    /** A public type whose enclosing types are public too: what an application can name. */
    private static boolean isExported(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void checkParameters(String where, Executable e, TreeSet<String> leaks) {
        for (Type t : e.getGenericParameterTypes()) {
            check(where, t, leaks);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            check(where + " throws", t, leaks);
        }
    }

    private static void check(String where, Type type, TreeSet<String> leaks) {
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.getName().startsWith(INTERNAL)) {
                leaks.add(where + ": " + c.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            check(where, p.getRawType(), leaks);
            for (Type a : p.getActualTypeArguments()) {
                check(where, a, leaks);
            }
        } else if (type instanceof GenericArrayType g) {
            check(where, g.getGenericComponentType(), leaks);
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(where, b, leaks);
            }
            for (Type b : w.getLowerBounds()) {
                check(where, b, leaks);
            }
        }
    }
}
