package ru.ejournal.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import ru.ejournal.notification.boundary.NotificationSettingsService;
import ru.ejournal.notification.control.UnsubscribeTokens.Scope;

/**
 * {@code /unsubscribe?t=…}: the one-click unsubscribe link of every letter, without signing in (the
 * signed token is the proof, checked by {@link NotificationSettingsService#unsubscribe}). {@code GET}
 * (the link clicked) and {@code POST} (RFC 8058, {@code List-Unsubscribe-Post}) both switch off what the
 * token names and answer with a short page; a token that is not ours is refused with 400.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationSettingsService settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unsubscribe(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unsubscribe(request, response);
    }

    private void unsubscribe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Scope> done = settings.unsubscribe(request.getParameter("t"));
        String language = request.getHeader("Accept-Language");
        Locale locale =
                language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
                        ? Locale.ENGLISH
                        : Locale.forLanguageTag("ru");
        ResourceBundle texts = ResourceBundle.getBundle(NotificationsView.BUNDLE, locale);
        response.setStatus(done.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String title = texts.getString("unsubscribe.title");
        String text = done.map(s -> texts.getString("unsubscribe.done." + s.name()))
                .orElse(texts.getString("unsubscribe.invalid"));
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                        + "</title></head><body><h1>" + title + "</h1><p id=\"result\">" + text
                        + "</p><p><a href=\"" + request.getContextPath()
                        + "/\">" + texts.getString("unsubscribe.home") + "</a></p></body></html>");
    }
}
