package ru.ejournal.batch.reconciliation;

import java.io.Serializable;
import java.util.List;

/** The processor's result for one class: the findings to store and the absences to correct. */
public record ClassReconciliation(
        long schoolId,
        long classId,
        List<ReconciliationRules.Finding> findings,
        List<ReconciliationRules.Correction> corrections)
        implements Serializable {}
