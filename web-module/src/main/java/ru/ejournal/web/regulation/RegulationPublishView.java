package ru.ejournal.web.regulation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import ru.ejournal.regulation.boundary.RegulationService;
import ru.ejournal.regulation.boundary.RegulationText;
import ru.ejournal.web.common.Feedback;

/** The administrator publishes a new version of the regulation (text and/or PDF). */
@Named
@ViewScoped
public class RegulationPublishView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegulationService regulation;

    private RegulationText current;
    private String title;
    private String body;
    private byte[] pdf;
    private String pdfName;

    @PostConstruct
    void init() {
        current = regulation.current().orElse(null);
        if (current != null) {
            title = current.title();
            body = current.body();
        }
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        UploadedFile file = event.getFile();
        pdf = file.getContent();
        pdfName = file.getFileName();
    }

    public void publish() {
        if (Feedback.attempt(() -> current = regulation.publish(title, body, pdf))) {
            pdf = null;
            pdfName = null;
            Feedback.info(Feedback.text("ct", "regulation.published"));
        }
    }

    public RegulationText getCurrent() {
        return current;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPdfName() {
        return pdfName;
    }
}
