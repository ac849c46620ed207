package org.briefdesk.application;

import java.lang.reflect.Field;

/** Gives entities the ids the database would, for services tested without one. */
public final class Entities {

    private Entities() {}

    public static <T> T withId(T entity, long id) {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField("id");
                f.setAccessible(true);
                f.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                // the id is declared further up
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no id field");
    }
}
