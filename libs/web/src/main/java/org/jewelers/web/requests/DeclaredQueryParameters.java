package org.jewelers.web.requests;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters a resource method takes, read from the same annotations JAX-RS binds them by: on its
 * parameters, on the fields and setters of its bean parameters (a parameter class, with or without
 * {@code @BeanParam}), and on the resource class's own fields.
 */
final class DeclaredQueryParameters {

    private DeclaredQueryParameters() {
    }

    static Set<String> of(Class<?> resourceClass, Method method) {
        Set<String> names = new HashSet<>();
        members(resourceClass, names, new HashSet<>());
        for (Parameter parameter : method.getParameters()) {
            String name = name(parameter, parameter.isNamePresent() ? parameter.getName() : null);
            if (name != null) {
                names.add(name);
            } else if (!parameter.getType().isPrimitive() && !parameter.getType().getName().startsWith("java.")) {
                members(parameter.getType(), names, new HashSet<>());
            }
        }
        return Set.copyOf(names);
    }

    /** The names declared on the fields and setters of a class and its superclasses, bean parameters followed. */
    private static void members(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        for (Class<?> c = type; c != null && c != Object.class && seen.add(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                member(field, field.getType(), field.getName(), names, seen);
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    member(setter, setter.getParameterTypes()[0], null, names, seen);
                }
            }
        }
    }

    private static void member(AnnotatedElement element, Class<?> type, String javaName, Set<String> names,
                               Set<Class<?>> seen) {
        String name = name(element, javaName);
        if (name != null) {
            names.add(name);
        } else if (element.isAnnotationPresent(BeanParam.class)) {
            members(type, names, seen);
        }
    }

    /** The query parameter an element binds, or null; {@code @RestQuery} without a value binds its Java name. */
    private static String name(AnnotatedElement element, String javaName) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? javaName : rest.value();
        }
        return null;
    }
}
