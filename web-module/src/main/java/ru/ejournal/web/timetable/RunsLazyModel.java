package ru.ejournal.web.timetable;

import ru.ejournal.timetable.boundary.GenerationRun;
import ru.ejournal.timetable.boundary.LessonGenerationService;
import ru.ejournal.web.common.PagedRows;

/** The school's lesson generations, newest first, a page at a time. */
class RunsLazyModel extends PagedRows<GenerationRun> {

    private static final long serialVersionUID = 1L;

    RunsLazyModel(LessonGenerationService service) {
        super(service::countRuns, service::runs, GenerationRun::id);
    }
}
