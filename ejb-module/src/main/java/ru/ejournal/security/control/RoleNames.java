package ru.ejournal.security.control;

/** Role names as constants, for {@code @RolesAllowed}; they equal the names of {@code Role}. */
public final class RoleNames {

    public static final String CLASS_TEACHER = "CLASS_TEACHER";
    public static final String SUBJECT_TEACHER = "SUBJECT_TEACHER";
    public static final String DEPUTY_DIRECTOR = "DEPUTY_DIRECTOR";
    public static final String ADMIN = "ADMIN";
    public static final String PARENT = "PARENT";
    public static final String STUDENT = "STUDENT";
    public static final String REGION_ADMIN = "REGION_ADMIN";

    private RoleNames() {}
}
