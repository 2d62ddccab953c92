package ru.ejournal.batch.operations;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import ru.ejournal.batch.common.DateRange;
import ru.ejournal.common.control.BusinessException;

/** Checks the parameters of a job start and fixes the defaults that must survive a restart. */
final class JobParameters {

    private static final Set<String> NAMES = Set.of(
            "inputDir",
            "outputDir",
            "schoolCode",
            "from",
            "to",
            "periodCode",
            "chunkSize",
            "throttleMillis",
            "threads");

    private JobParameters() {}

    static Properties of(String jobName, Map<String, String> parameters) {
        if (!BatchJobs.JOBS.contains(jobName)) {
            throw new BusinessException("batch.parameters.unknownJob", jobName);
        }
        Properties props = new Properties();
        parameters.forEach((k, v) -> {
            if (!NAMES.contains(k)) {
                throw new BusinessException("batch.parameters.unknown", k);
            }
            if (v != null && !v.isBlank()) {
                props.setProperty(k, v.trim());
            }
        });
        for (String number : new String[] {"chunkSize", "throttleMillis", "threads"}) {
            String value = props.getProperty(number);
            if (value != null && !value.matches("\\d{1,6}")) {
                throw new BusinessException("batch.parameters.integer", number);
            }
        }
        if (jobName.equals(BatchJobs.REGION_IMPORT) && props.getProperty("inputDir") == null) {
            throw new BusinessException("batch.parameters.inputDir");
        }
        if (jobName.equals(BatchJobs.RECONCILIATION)) {
            // The default range is fixed at the start, so that a restart days later covers the same week.
            DateRange range;
            try {
                range = DateRange.of(props.getProperty("from"), props.getProperty("to"));
            } catch (RuntimeException e) {
                throw new BusinessException("batch.parameters.range");
            }
            props.setProperty("from", range.from().toString());
            props.setProperty("to", range.to().toString());
        }
        if (jobName.equals(BatchJobs.ANALYTICS) && props.getProperty("periodCode") == null) {
            throw new BusinessException("batch.parameters.periodCode");
        }
        return props;
    }
}
