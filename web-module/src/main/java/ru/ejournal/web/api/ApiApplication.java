package ru.ejournal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The HTTP API of the journal (Jakarta REST): the families' e-diary, versioned under {@code /api/v1}, and the
 * administrators' batch jobs under {@code /api/batch}. Described by the OpenAPI document that WildFly's
 * MicroProfile OpenAPI serves at {@code /openapi}. Authentication: {@link ApiAuthentication}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Электронный журнал: API",
                        version = "1",
                        description = "Электронный дневник для родителей и учащихся (только чтение; единственная"
                                + " запись — отметить сообщение прочитанным) и пакетные задания администраторов."
                                + " Дневник: заголовок «Authorization: Bearer <токен>» с персональным токеном доступа,"
                                + " который родитель или учащийся создаёт на странице «Токены доступа»"
                                + " (/account/tokens.xhtml). Пакетные задания: логин и пароль администратора школы"
                                + " или региона (HTTP Basic). Сессия не создаётся, cookie не принимаются."
                                + " Ошибки: JSON {\"error\": \"причина по-русски\"}: 400 — неверные параметры,"
                                + " 401 — нет или неверные учётные данные, 403 — нет доступа, 404 — нет такого"
                                + " ресурса, 429 — слишком много неудачных попыток входа с адреса."),
        tags = {
            @Tag(name = "Дети", description = "Дети вызывающего: родитель видит своих детей, учащийся — себя"),
            @Tag(name = "Дневник", description = "Неделя, отметки, итоговые отметки и расписание ребёнка"),
            @Tag(name = "Сообщения", description = "Входящие сообщения вызывающего"),
            @Tag(name = "Пакетные задания", description = "Импорт, сверка посещаемости, аналитика периода")
        })
@SecuritySchemes({
    @SecurityScheme(
            securitySchemeName = "token",
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            description = "Персональный токен доступа (ejd_…), создаётся на странице /account/tokens.xhtml"),
    @SecurityScheme(
            securitySchemeName = "basic",
            type = SecuritySchemeType.HTTP,
            scheme = "basic",
            description = "Логин и пароль администратора школы или региона")
})
public class ApiApplication extends Application {}
