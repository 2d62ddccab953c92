package ru.ejournal.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/** One school's at-risk pass in a transaction of its own, so that one school's failure undoes no other. */
@ApplicationScoped
public class AtRiskRun {

    @Inject
    AtRiskPass pass;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AtRiskPass.Result runAlone(long schoolId, LocalDate today, Instant now) {
        return pass.run(schoolId, today, now);
    }
}
