package ru.ejournal.credentials.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.common.control.BusinessException;

class PasswordRulesTest {

    private static BusinessException refusal(String password, String login) {
        return new BusinessException(PasswordService.weakness(password, login), PasswordService.MIN_LENGTH);
    }

    @Test
    @DisplayName("a weak new password is refused with the reason in Russian, and in English for an English page")
    void weakPasswordsInBothLanguages() {
        assertEquals(
                "Пароль должен быть не короче 8 символов",
                refusal("abc1", "ivanova").getMessage());
        assertEquals(
                "The password must be at least 8 characters long",
                refusal("abc1", "ivanova").message(Locale.ENGLISH));
        assertEquals(
                "Пароль должен содержать и буквы, и цифры",
                refusal("abcdefghij", "ivanova").getMessage());
        assertEquals(
                "Пароль не должен содержать логин",
                refusal("ivanova2026", "ivanova").getMessage());
        assertNull(PasswordService.weakness("Kq7plumtree", "ivanova"));
    }
}
