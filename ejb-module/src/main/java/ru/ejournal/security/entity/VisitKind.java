package ru.ejournal.security.entity;

public enum VisitKind {
    /** вход */
    LOGIN,
    /** неудачная попытка входа */
    LOGIN_FAILED,
    /** учётная запись временно заблокирована после неудачных попыток */
    LOCKED,
    /** выход */
    LOGOUT,
    /** просмотр электронного дневника */
    DIARY_VIEW,
    /** вход сотрудника с устройства, где последним работал учащийся */
    STAFF_ON_STUDENT_DEVICE
}
