package ru.ejournal.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.entity.ViolationRule;

/** The deputy director's home card: open violations by rule and the class teachers' reports. */
@Named
@ViewScoped
public class DeputyMonitoringCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalMonitoringService monitoring;

    private Map<ViolationRule, Long> byRule;
    private long reports;

    @PostConstruct
    void init() {
        Long schoolId = monitoring.mySchoolId();
        byRule = monitoring.openCountsByRule(schoolId);
        reports = monitoring.countReports(schoolId);
    }

    public List<Map.Entry<ViolationRule, Long>> getByRule() {
        return List.copyOf(byRule.entrySet());
    }

    public long getTotal() {
        return byRule.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getReports() {
        return reports;
    }
}
