package ru.ejournal.web.timetable;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.timetable.boundary.GenerationRun;
import ru.ejournal.timetable.boundary.LessonGenerationService;

/** The school's lesson generations, newest first, a page at a time. */
class RunsLazyModel extends LazyDataModel<GenerationRun> {

    private static final long serialVersionUID = 1L;

    private final LessonGenerationService service;

    RunsLazyModel(LessonGenerationService service) {
        this.service = service;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.countRuns();
    }

    @Override
    public List<GenerationRun> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return service.runs(first, pageSize);
    }

    @Override
    public String getRowKey(GenerationRun row) {
        return String.valueOf(row.id());
    }
}
