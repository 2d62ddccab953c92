package ru.ejournal.web.monitoring;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ReportRow;

/** The class teachers' reports, a page at a time. */
class ReportLazyModel extends LazyDataModel<ReportRow> {

    private static final long serialVersionUID = 1L;

    private final JournalMonitoringService service;
    private final Long schoolId;

    ReportLazyModel(JournalMonitoringService service, Long schoolId) {
        this.service = service;
        this.schoolId = schoolId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.countReports(schoolId);
    }

    @Override
    public List<ReportRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return service.reports(schoolId, first, pageSize);
    }

    @Override
    public String getRowKey(ReportRow row) {
        return String.valueOf(row.id());
    }
}
