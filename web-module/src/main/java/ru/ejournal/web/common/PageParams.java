package ru.ejournal.web.common;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/** The request parameters that several pages read the same way. */
public final class PageParams {

    private PageParams() {}

    /** A parameter's value as an id: null when it is absent, blank or not a number. */
    public static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The class a page is about: {@code ?class=…}, else (absent or not a number) {@code own} (the caller's class). */
    public static Long classOr(Supplier<Long> own) {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("class");
        try {
            return param == null ? own.get() : Long.valueOf(param);
        } catch (NumberFormatException e) {
            return own.get();
        }
    }

    /** Whether the page is opened under {@code /deputy/}: the school-wide form of a page a class teacher also has. */
    public static boolean underDeputy() {
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestServletPath();
        return path != null && path.startsWith("/deputy/");
    }
}
