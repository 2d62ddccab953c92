package ru.ejournal.monitoring.entity;

/** Journal-completeness rules; each is a school setting (see {@code School}). */
public enum ViolationRule {
    /** тема урока не записана */
    TOPIC_MISSING,
    /** пропуски на уроке не отмечены */
    ATTENDANCE_NOT_TAKEN,
    /** отметки выставлены с опозданием */
    MARKS_LATE,
    /** мало отметок за период */
    TOO_FEW_MARKS,
    /** нет отметок за период */
    PERIOD_GRADES_MISSING,
    /** домашнее задание не записано */
    HOMEWORK_MISSING
}
