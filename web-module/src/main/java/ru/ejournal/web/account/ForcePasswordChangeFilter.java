package ru.ejournal.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A person signed in with a one-time password may open nothing but the password page until they
 * have chosen their own (D2). The login page sets the session flag from the sign-in result.
 */
@WebFilter(filterName = "ForcePasswordChangeFilter", urlPatterns = "/*")
public class ForcePasswordChangeFilter extends HttpFilter {

    public static final String ATTRIBUTE = "ejournal.mustChangePassword";
    static final String PAGE = "/account/password.xhtml";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE)) && !allowed(request)) {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .print("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                                + request.getContextPath() + PAGE + "\"/></partial-response>");
            } else {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PAGE)
                || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/login.xhtml")
                || path.equals("/health")
                || path.startsWith("/errors/");
    }
}
