package ru.ejournal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives the browser its device cookie already when it shows the login page, so that the very first
 * sign-in on a browser is recorded with its device (D14: a staff sign-in after a student's on the
 * same browser raises an alert, also when the student's was the browser's first).
 */
@WebFilter(filterName = "DeviceCookieFilter", urlPatterns = "/login.xhtml")
public class DeviceCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        DeviceCookie.ensure(request, response);
        chain.doFilter(request, response);
    }
}
