package ru.ejournal.batch.operations;

import java.sql.SQLException;
import java.util.List;

/**
 * The schedules of the jobs (persistent EJB timers in the database, so that on a cluster one node
 * fires each). Implemented in batch-module ({@code BatchSchedulesBean}); see {@link BatchJobs}.
 */
public interface BatchSchedules {

    List<Schedule> schedules() throws SQLException;

    /** Only the region administrator edits the schedules. */
    Schedule update(String jobName, boolean enabled, String dayOfWeek, int hour, int minute) throws SQLException;
}
