package ru.ejournal.common.entity;

import java.lang.reflect.Field;

/** Gives unsaved entities an id, as the persistence provider would. */
public final class TestEntities {

    private TestEntities() {}

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
