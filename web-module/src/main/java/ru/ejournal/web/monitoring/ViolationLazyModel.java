package ru.ejournal.web.monitoring;

import java.io.Serializable;
import java.util.function.Supplier;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ViolationFilter;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.web.common.PagedRows;

/** One page of violations at a time, with the filter its page bean holds. */
class ViolationLazyModel extends PagedRows<ViolationRow> {

    private static final long serialVersionUID = 1L;

    /** A serializable source of the current filter. */
    interface FilterSource extends Supplier<ViolationFilter>, Serializable {}

    ViolationLazyModel(JournalMonitoringService service, Long schoolId, FilterSource filter) {
        super(
                () -> service.countViolations(schoolId, filter.get()),
                (first, pageSize) -> service.violations(schoolId, filter.get(), first, pageSize),
                ViolationRow::id);
    }
}
