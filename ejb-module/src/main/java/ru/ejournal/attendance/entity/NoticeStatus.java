package ru.ejournal.attendance.entity;

/** Where a parent's absence notice stands. */
public enum NoticeStatus {
    /** ждёт решения классного руководителя */
    PENDING,
    /** принято: оформлен оправдательный документ */
    ACCEPTED,
    /** отклонено с указанием причины */
    REJECTED
}
