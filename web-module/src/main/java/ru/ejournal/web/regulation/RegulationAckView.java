package ru.ejournal.web.regulation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import ru.ejournal.regulation.boundary.RegulationService;
import ru.ejournal.regulation.boundary.RegulationText;
import ru.ejournal.web.common.Downloads;
import ru.ejournal.web.common.Feedback;

/** A parent reads the current regulation and acknowledges it (D1). */
@Named
@ViewScoped
public class RegulationAckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegulationService regulation;

    private RegulationText current;
    private boolean pending;

    @PostConstruct
    void init() {
        current = regulation.current().orElse(null);
        pending = regulation.pendingForMe().isPresent();
    }

    public String acknowledge() {
        if (Feedback.attempt(() -> regulation.acknowledge(current.id()))) {
            pending = false;
            Feedback.info(Feedback.text("ct", "regulation.ack.done"));
        }
        return null;
    }

    public StreamedContent downloadPdf() {
        byte[] data = regulation.currentPdf();
        return Downloads.of(data, "regulation.pdf", Downloads.PDF);
    }

    public RegulationText getCurrent() {
        return current;
    }

    public boolean isPending() {
        return pending;
    }
}
