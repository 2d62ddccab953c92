package ru.ejournal.web.classteacher;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ejournal.classteacher.boundary.Attention;
import ru.ejournal.classteacher.boundary.ClassDashboardService;
import ru.ejournal.classteacher.boundary.ClassRef;

/**
 * The class teacher's card on the home page: four figures of their class, read once per request when the card
 * is shown. Request-scoped: the home page keeps nothing of it in the session (the dashboard page has its own
 * {@link DashboardView}).
 */
@Named
@RequestScoped
public class ClassAttentionCard {

    @Inject
    ClassDashboardService service;

    @Inject
    CurrentClass currentClass;

    private Attention attention;
    private boolean loaded;

    /** Null when the caller keeps no class. */
    public Attention getAttention() {
        if (!loaded) {
            ClassRef ref = currentClass.get();
            attention = ref == null ? null : service.attention(ref.id());
            loaded = true;
        }
        return attention;
    }
}
