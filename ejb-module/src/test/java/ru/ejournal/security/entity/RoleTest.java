package ru.ejournal.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    @DisplayName("a role's title is Russian by default and English when the viewer asks for it")
    void titlesInBothLanguages() {
        assertEquals("Классный руководитель", Role.CLASS_TEACHER.title());
        assertEquals("Заместитель директора по УВР", Role.DEPUTY_DIRECTOR.title());
        assertEquals("Class teacher", Role.CLASS_TEACHER.title(Locale.ENGLISH));
        for (Role role : Role.values()) {
            assertNotEquals(role.title(), role.title(Locale.ENGLISH), role.name());
        }
    }
}
