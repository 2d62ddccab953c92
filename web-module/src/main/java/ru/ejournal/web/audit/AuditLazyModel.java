package ru.ejournal.web.audit;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.security.boundary.AuditLine;
import ru.ejournal.security.boundary.PersonalDataAuditService;

/** The audit lines of one pupil, parent or account, newest first, a page at a time. */
class AuditLazyModel extends LazyDataModel<AuditLine> {

    private static final long serialVersionUID = 1L;

    private final PersonalDataAuditService service;
    private final PersonalDataAuditView.Mode mode;
    private final Long id;

    AuditLazyModel(PersonalDataAuditService service, PersonalDataAuditView.Mode mode, Long id) {
        this.service = service;
        this.mode = mode;
        this.id = id;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (id == null) {
            return 0;
        }
        long count = switch (mode) {
            case STUDENT -> service.countOfStudent(id);
            case PARENT -> service.countOfParent(id);
            case ACCOUNT -> service.countOfAccount(id);
        };
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    @Override
    public List<AuditLine> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (id == null) {
            return List.of();
        }
        return switch (mode) {
            case STUDENT -> service.ofStudent(id, first, pageSize);
            case PARENT -> service.ofParent(id, first, pageSize);
            case ACCOUNT -> service.ofAccount(id, first, pageSize);
        };
    }

    @Override
    public String getRowKey(AuditLine row) {
        return String.valueOf(row.id());
    }
}
