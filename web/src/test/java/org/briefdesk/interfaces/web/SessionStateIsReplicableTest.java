package org.briefdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The web application is {@code <distributable/>}: on a cluster every session attribute (the signed-in
 * person's session-scoped beans and the views of view-scoped beans) is copied to the other server, so
 * a user keeps working when one server stops. Every value such a bean holds must therefore be
 * serializable; injected services are container proxies, which are.
 */
class SessionStateIsReplicableTest {

    @Test
    void everyFieldOfASessionOrViewScopedBeanHoldsSerializableValues() {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.briefdesk.interfaces.web")) {
            if (!c.isAnnotatedWith(SessionScoped.class)
                    && !c.isAnnotatedWith(ViewScoped.class)
                    && !c.isAnnotatedWith(ConversationScoped.class)) {
                continue;
            }
            beans++;
            Class<?> bean = c.reflect();
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> k = bean; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    seen.clear();
                    notSerializable(f.getGenericType())
                            .ifPresent(t -> problems.add(bean.getSimpleName() + "." + f.getName() + " holds " + t));
                }
            }
        }
        assertEquals(
                List.of(),
                problems,
                "session state that cannot be copied to the other server (of " + beans + " beans)");
    }

    /** Briefdesk's own classes already looked into (records nest, trees refer to themselves). */
    private final Set<Class<?>> seen = new HashSet<>();

    /**
     * The part of {@code type} whose values cannot be serialised, if any. Briefdesk's own serializable
     * classes are looked into, since a serializable record may still hold a value that is not;
     * PrimeFaces' model interfaces are served by its serializable implementations.
     */
    private Optional<String> notSerializable(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.getName().startsWith("org.primefaces.model.")) {
                return Optional.empty();
            }
            if (Serializable.class.isAssignableFrom(c)) {
                return c.getName().startsWith("org.briefdesk.") && seen.add(c) ? fieldsOf(c) : Optional.empty();
            }
            if (c.isArray()) {
                return notSerializable(c.getComponentType());
            }
            // A declared List, Set or Map holds a JDK implementation, which serialises its elements.
            return Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                    ? Optional.empty()
                    : Optional.of(c.getName());
        }
        if (type instanceof ParameterizedType p) {
            Optional<String> raw = notSerializable(p.getRawType());
            if (raw.isPresent()) {
                return raw;
            }
            for (Type argument : p.getActualTypeArguments()) {
                Optional<String> inner = notSerializable(argument);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GenericArrayType a) {
            return notSerializable(a.getGenericComponentType());
        }
        if (type instanceof WildcardType w) {
            return notSerializable(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return notSerializable(v.getBounds()[0]);
        }
        return Optional.of(type.getTypeName());
    }

    /** The fields Briefdesk declares (a PrimeFaces model's own fields are PrimeFaces' concern). */
    private Optional<String> fieldsOf(Class<?> c) {
        for (Class<?> k = c; k != null && k.getName().startsWith("org.briefdesk."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                Optional<String> inner = notSerializable(f.getGenericType());
                if (inner.isPresent()) {
                    return Optional.of(inner.get() + " (in " + c.getSimpleName() + "." + f.getName() + ")");
                }
            }
        }
        return Optional.empty();
    }
}
