package ru.ejournal.web.reports;

import java.io.Serializable;
import java.util.function.Supplier;
import ru.ejournal.reports.boundary.AtRiskRow;
import ru.ejournal.reports.boundary.AtRiskService;
import ru.ejournal.web.common.PagedRows;

/** One page of the school's pupils at risk at a time, of the class its page bean holds (or all). */
class AtRiskLazyModel extends PagedRows<AtRiskRow> {

    private static final long serialVersionUID = 1L;

    /** A serializable source of the class filter. */
    interface ClassSource extends Supplier<Long>, Serializable {}

    AtRiskLazyModel(AtRiskService service, Long schoolId, ClassSource classId) {
        super(
                () -> service.countForSchool(schoolId, classId.get()),
                (first, pageSize) ->
                        service.forSchool(schoolId, classId.get(), first, Math.min(pageSize, AtRiskService.MAX_PAGE)),
                AtRiskRow::id);
    }
}
