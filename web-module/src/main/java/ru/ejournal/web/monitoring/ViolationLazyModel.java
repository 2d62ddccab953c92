package ru.ejournal.web.monitoring;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ViolationFilter;
import ru.ejournal.monitoring.boundary.ViolationRow;

/** One page of violations at a time, with the filter its page bean holds. */
class ViolationLazyModel extends LazyDataModel<ViolationRow> {

    private static final long serialVersionUID = 1L;

    /** A serializable source of the current filter. */
    interface FilterSource extends Supplier<ViolationFilter>, Serializable {}

    private final JournalMonitoringService service;
    private final Long schoolId;
    private final FilterSource filter;
    private List<ViolationRow> page = List.of();

    ViolationLazyModel(JournalMonitoringService service, Long schoolId, FilterSource filter) {
        this.service = service;
        this.schoolId = schoolId;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.countViolations(schoolId, filter.get());
    }

    @Override
    public List<ViolationRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = service.violations(schoolId, filter.get(), first, pageSize);
        return page;
    }

    @Override
    public String getRowKey(ViolationRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ViolationRow getRowData(String rowKey) {
        return page.stream()
                .filter(r -> String.valueOf(r.id()).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
