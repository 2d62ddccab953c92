package ru.ejournal.web.monitoring;

import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ReportRow;
import ru.ejournal.web.common.PagedRows;

/** The class teachers' reports, a page at a time. */
class ReportLazyModel extends PagedRows<ReportRow> {

    private static final long serialVersionUID = 1L;

    ReportLazyModel(JournalMonitoringService service, Long schoolId) {
        super(
                () -> service.countReports(schoolId),
                (first, pageSize) -> service.reports(schoolId, first, pageSize),
                ReportRow::id);
    }
}
