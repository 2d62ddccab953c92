package ru.ejournal.security.control;

/**
 * The client address of the HTTP request this thread serves, for the access logs: a servlet filter
 * ({@code ClientAddressFilter}) sets it for the request and clears it after, so that a service writes
 * "from where" without every page handing the address down. Null outside a request (timers, jobs).
 */
public final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {}

    public static void set(String address) {
        CURRENT.set(address);
    }

    public static String current() {
        return CURRENT.get();
    }

    public static void clear() {
        CURRENT.remove();
    }
}
