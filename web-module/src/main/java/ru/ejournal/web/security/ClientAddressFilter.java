package ru.ejournal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ejournal.security.control.ClientAddress;

/**
 * Tells the services the client address of the request they serve ({@link ClientAddress}), for the
 * access logs' "from where". The address is Undertow's: behind a proxy, switch on the listener's
 * {@code proxy-address-forwarding} so that it is the browser's, not the proxy's.
 */
@WebFilter(filterName = "ClientAddressFilter", urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ClientAddress.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            ClientAddress.clear();
        }
    }
}
