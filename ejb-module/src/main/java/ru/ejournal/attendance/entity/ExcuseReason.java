package ru.ejournal.attendance.entity;

/** Why an absence is excused; decides what «Н» turns into. */
public enum ExcuseReason {
    /** болезнь: «Н» becomes «Б». */
    ILLNESS(AbsenceCode.B),
    /** другая уважительная причина: «Н» becomes «У». */
    OTHER(AbsenceCode.U);

    private final AbsenceCode resultingCode;

    ExcuseReason(AbsenceCode resultingCode) {
        this.resultingCode = resultingCode;
    }

    /** The code that an «Н» within the excused dates is changed to. */
    public AbsenceCode resultingCode() {
        return resultingCode;
    }
}
