package ru.ejournal.web.common;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Russian by default; English as the second language, switched per session. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Locale locale = RUSSIAN;

    public Locale getLocale() {
        return locale;
    }

    /** The toggle's label: the other language, named in itself (msg language.other). */
    public String getOtherLanguageLabel() {
        return Feedback.text("msg", "language.other");
    }

    public String switchLanguage() {
        locale = RUSSIAN.equals(locale) ? Locale.ENGLISH : RUSSIAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
