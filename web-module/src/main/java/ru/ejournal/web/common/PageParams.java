package ru.ejournal.web.common;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/** The request parameters that several pages read the same way. */
public final class PageParams {

    private PageParams() {}

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
}
