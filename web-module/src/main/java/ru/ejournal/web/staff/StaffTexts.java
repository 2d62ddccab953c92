package ru.ejournal.web.staff;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Texts of the staff screens from the {@code stf} bundle, in the viewer's language. */
final class StaffTexts {

    private StaffTexts() {}

    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "stf").getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
