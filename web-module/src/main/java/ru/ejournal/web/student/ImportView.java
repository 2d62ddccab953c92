package ru.ejournal.web.student;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import ru.ejournal.classteacher.boundary.ClassTeacherService;
import ru.ejournal.student.boundary.ClassImportService;
import ru.ejournal.student.boundary.ImportPreview;
import ru.ejournal.student.boundary.ImportResult;
import ru.ejournal.web.common.ClassChoice;
import ru.ejournal.web.common.Feedback;

/** The administrator uploads a class list, sees the preview with each row's errors, then imports. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassImportService imports;

    @Inject
    ClassTeacherService classes;

    private final ClassChoice classChoice = new ClassChoice();
    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private boolean acceptValidPart;

    @PostConstruct
    void init() {
        classChoice.offer(classes.classesOfSchool());
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        refreshPreview();
    }

    public void refreshPreview() {
        preview = null;
        Long classId = classChoice.getId();
        if (classId == null) {
            Feedback.refuse(null, Feedback.text("ct", "import.class.required"));
            return;
        }
        if (content != null) {
            Feedback.attempt(() -> preview = imports.preview(classId, fileName, content));
        }
    }

    public void importFile() {
        ImportResult[] result = new ImportResult[1];
        if (Feedback.attempt(
                () -> result[0] = imports.commit(classChoice.getId(), fileName, content, acceptValidPart))) {
            Feedback.info(Feedback.text(
                    "ct",
                    "import.done",
                    result[0].students(),
                    result[0].parents(),
                    result[0].linkedParents(),
                    result[0].skipped()));
            refreshPreview();
        }
    }

    public ClassChoice getClassChoice() {
        return classChoice;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isAcceptValidPart() {
        return acceptValidPart;
    }

    public void setAcceptValidPart(boolean acceptValidPart) {
        this.acceptValidPart = acceptValidPart;
    }
}
