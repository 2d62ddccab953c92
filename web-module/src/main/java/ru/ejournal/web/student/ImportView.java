package ru.ejournal.web.student;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.classteacher.boundary.ClassTeacherService;
import ru.ejournal.student.boundary.ClassImportService;
import ru.ejournal.student.boundary.ImportPreview;
import ru.ejournal.student.boundary.ImportResult;
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

    private List<ClassRef> classOptions = List.of();
    private Long classId;
    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private boolean acceptValidPart;

    @PostConstruct
    void init() {
        classOptions = classes.classesOfSchool();
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        refreshPreview();
    }

    public void refreshPreview() {
        preview = null;
        if (classId == null) {
            Feedback.error(Feedback.text("ct", "import.class.required"));
            return;
        }
        if (content != null) {
            Feedback.attempt(() -> preview = imports.preview(classId, fileName, content));
        }
    }

    public void importFile() {
        ImportResult[] result = new ImportResult[1];
        if (Feedback.attempt(() -> result[0] = imports.commit(classId, fileName, content, acceptValidPart))) {
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

    public List<ClassRef> getClassOptions() {
        return classOptions;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
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
