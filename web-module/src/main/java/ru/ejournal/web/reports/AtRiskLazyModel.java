package ru.ejournal.web.reports;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.reports.boundary.AtRiskRow;
import ru.ejournal.reports.boundary.AtRiskService;

/** One page of the school's pupils at risk at a time, of the class its page bean holds (or all). */
class AtRiskLazyModel extends LazyDataModel<AtRiskRow> {

    private static final long serialVersionUID = 1L;

    /** A serializable source of the class filter. */
    interface ClassSource extends Supplier<Long>, Serializable {}

    private final AtRiskService service;
    private final Long schoolId;
    private final ClassSource classId;
    private List<AtRiskRow> page = List.of();

    AtRiskLazyModel(AtRiskService service, Long schoolId, ClassSource classId) {
        this.service = service;
        this.schoolId = schoolId;
        this.classId = classId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.countForSchool(schoolId, classId.get());
    }

    @Override
    public List<AtRiskRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = service.forSchool(schoolId, classId.get(), first, Math.min(pageSize, AtRiskService.MAX_PAGE));
        return page;
    }

    @Override
    public String getRowKey(AtRiskRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public AtRiskRow getRowData(String rowKey) {
        return page.stream()
                .filter(r -> String.valueOf(r.id()).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
