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
            throw new BusinessException("Неизвестное задание: " + jobName);
        }
        Properties props = new Properties();
        parameters.forEach((k, v) -> {
            if (!NAMES.contains(k)) {
                throw new BusinessException("Неизвестный параметр задания: " + k);
            }
            if (v != null && !v.isBlank()) {
                props.setProperty(k, v.trim());
            }
        });
        for (String number : new String[] {"chunkSize", "throttleMillis", "threads"}) {
            String value = props.getProperty(number);
            if (value != null && !value.matches("\\d{1,6}")) {
                throw new BusinessException("Параметр " + number + " должен быть целым числом");
            }
        }
        if (jobName.equals(BatchJobs.REGION_IMPORT) && props.getProperty("inputDir") == null) {
            throw new BusinessException("Укажите каталог или архив с файлами обмена (inputDir)");
        }
        if (jobName.equals(BatchJobs.RECONCILIATION)) {
            // The default range is fixed at the start, so that a restart days later covers the same week.
            DateRange range;
            try {
                range = DateRange.of(props.getProperty("from"), props.getProperty("to"));
            } catch (RuntimeException e) {
                throw new BusinessException("Неверный период сверки: даты в формате ГГГГ-ММ-ДД, «с» не позже «по»");
            }
            props.setProperty("from", range.from().toString());
            props.setProperty("to", range.to().toString());
        }
        if (jobName.equals(BatchJobs.ANALYTICS) && props.getProperty("periodCode") == null) {
            throw new BusinessException("Укажите код учебного периода (periodCode)");
        }
        return props;
    }
}
