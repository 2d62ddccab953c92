package ru.ejournal.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginNamesTest {

    @Test
    @DisplayName("Logins are the transliterated last name and the first initial")
    void loginFromRussianName() {
        assertEquals("kuznetsova.e", LoginNames.base("Кузнецова", "Елена"));
        assertEquals("shchukin.i", LoginNames.base("Щукин", "Юрий"));
        assertEquals("elkin.p", LoginNames.base("Ёлкин", "Пётр"));
        assertEquals("rimskii-korsakov.n".replace("-", ""), LoginNames.base("Римский-Корсаков", "Николай"));
    }
}
