package ru.ejournal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import ru.ejournal.common.control.Settings;

/**
 * The attributes of the application's cookies (ASVS 3.4): {@code HttpOnly} and {@code SameSite=Lax} on
 * the session cookie and the device cookie, and {@code Secure} when the operator says the server is
 * reached over TLS only: {@code ejournal.cookies.secure=true} (env {@code EJOURNAL_COOKIES_SECURE}).
 */
@WebListener
public class CookieSettings implements ServletContextListener {

    /** Whether the cookies carry {@code Secure}: the server is behind TLS. */
    public static boolean secure() {
        return Settings.get("ejournal.cookies.secure")
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    /** The attributes every cookie of the application gets besides its own. */
    public static void apply(Cookie cookie) {
        cookie.setHttpOnly(true);
        cookie.setSecure(secure());
        cookie.setAttribute("SameSite", "Lax");
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig config = event.getServletContext().getSessionCookieConfig();
        config.setHttpOnly(true);
        config.setSecure(secure());
        config.setAttribute("SameSite", "Lax");
    }
}
