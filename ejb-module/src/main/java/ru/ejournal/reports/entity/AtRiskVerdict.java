package ru.ejournal.reports.entity;

import java.math.BigDecimal;

/**
 * What the rule says of one pupil in one subject of a period ({@code reports.control.AtRiskRules}): the
 * reasons that hold, the figures and the reason in words. At risk when any reason holds.
 */
public record AtRiskVerdict(
        boolean lowGrade,
        boolean fewMarks,
        boolean absences,
        int marks,
        BigDecimal average,
        String proposed,
        int unexcused,
        int weeksLeft,
        String reason) {

    public boolean atRisk() {
        return lowGrade || fewMarks || absences;
    }
}
