package ru.ejournal.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import ru.ejournal.security.boundary.ClientInfo;

/**
 * A long-lived random cookie that names the browser, so that the visit log can tell when a staff
 * account signs in on a device last used by a student account (D14).
 */
public final class DeviceCookie {

    static final String NAME = "ejournal-device";
    private static final int TEN_YEARS = 10 * 365 * 24 * 3600;

    private DeviceCookie() {}

    public static ClientInfo clientOf(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"), read(request));
    }

    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v.matches("[0-9a-f\\-]{36}"))
                .findFirst()
                .orElse(null);
    }

    /** Sets the cookie if the browser has none yet. */
    public static void ensure(HttpServletRequest request, HttpServletResponse response) {
        if (read(request) == null) {
            Cookie cookie = new Cookie(NAME, UUID.randomUUID().toString());
            cookie.setMaxAge(TEN_YEARS);
            CookieSettings.apply(cookie);
            cookie.setPath("/");
            response.addCookie(cookie);
        }
    }
}
