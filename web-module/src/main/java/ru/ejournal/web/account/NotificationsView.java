package ru.ejournal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import ru.ejournal.notification.boundary.NotificationChoices;
import ru.ejournal.notification.boundary.NotificationSettingsService;
import ru.ejournal.notification.entity.Delivery;
import ru.ejournal.web.common.Feedback;

/** The parent's e-mail notifications ({@code /account/notifications.xhtml}). */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's texts (loaded on the page with {@code f:loadBundle} as {@code ntf}). */
    static final String BUNDLE = "ru.ejournal.web.i18n.notifications";

    @Inject
    transient NotificationSettingsService settings;

    private Delivery marks = Delivery.OFF;
    private Delivery absences = Delivery.OFF;
    private Delivery periodGrades = Delivery.OFF;
    private Delivery atRisk = Delivery.OFF;
    private int digestHour = 18;
    private boolean copies = true;
    private String email;
    private boolean emailFailing;

    @PostConstruct
    void load() {
        Feedback.load(() -> show(settings.mine()));
    }

    public void save() {
        if (Feedback.attempt(() -> show(settings.save(marks, absences, periodGrades, atRisk, digestHour, copies)))) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Feedback.info(ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale())
                    .getString("notifications.saved"));
        }
    }

    private void show(NotificationChoices c) {
        marks = c.marks();
        absences = c.absences();
        periodGrades = c.periodGrades();
        atRisk = c.atRisk();
        digestHour = c.digestHour();
        copies = c.copies();
        email = c.email();
        emailFailing = c.emailFailing();
    }

    public List<Delivery> getDeliveries() {
        return List.of(Delivery.values());
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    public Delivery getMarks() {
        return marks;
    }

    public void setMarks(Delivery marks) {
        this.marks = marks;
    }

    public Delivery getAbsences() {
        return absences;
    }

    public void setAbsences(Delivery absences) {
        this.absences = absences;
    }

    public Delivery getAtRisk() {
        return atRisk;
    }

    public void setAtRisk(Delivery atRisk) {
        this.atRisk = atRisk;
    }

    public Delivery getPeriodGrades() {
        return periodGrades;
    }

    public void setPeriodGrades(Delivery periodGrades) {
        this.periodGrades = periodGrades;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public boolean isCopies() {
        return copies;
    }

    public void setCopies(boolean copies) {
        this.copies = copies;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEmailFailing() {
        return emailFailing;
    }
}
