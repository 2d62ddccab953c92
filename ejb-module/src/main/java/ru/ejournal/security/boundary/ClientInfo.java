package ru.ejournal.security.boundary;

import java.io.Serializable;

/** Where a request came from, as far as the visit log needs it. */
public record ClientInfo(String ipAddress, String userAgent, String deviceId) implements Serializable {

    public ClientInfo {
        userAgent = userAgent == null || userAgent.length() <= 500 ? userAgent : userAgent.substring(0, 500);
    }
}
