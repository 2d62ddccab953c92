package ru.ejournal.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import ru.ejournal.security.control.RoleNames;
import ru.ejournal.web.security.StatelessApi;

/**
 * Every request of the HTTP API is authenticated on its own and runs as its caller without a web session
 * ({@link StatelessApi}): the e-diary API ({@code /api/v1}) with a bearer token of a parent or a student, the
 * batch jobs ({@code /api/batch}) with an administrator's login and password (HTTP Basic, with the login
 * page's lockout and per-address throttle). Nothing else under {@code /api} is served, so nothing reaches a
 * resource unauthenticated, and a session cookie sent along opens nothing.
 */
@WebFilter(filterName = "ApiAuthentication", urlPatterns = "/api/*")
public class ApiAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatelessApi api;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/v1/") || path.equals("/api/v1")) {
            api.serveBearer(request, response, () -> chain.doFilter(request, response));
        } else {
            api.serve(
                    request,
                    response,
                    Set.of(RoleNames.ADMIN, RoleNames.REGION_ADMIN),
                    "Только администратор школы или региона запускает пакетные задания",
                    () -> chain.doFilter(request, response));
        }
    }
}
