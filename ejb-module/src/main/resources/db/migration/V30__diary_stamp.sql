-- The e-diary's version stamps (issue 12, target 3): a parent's browser revalidates its copy of the diary
-- page with one small statement over these rows instead of the page's dozen queries. Each row counts the
-- changes of what the diary shows, for one scope:
--   'S' a pupil (student.id): marks, absences, period grades, absence notices, the pupil's record, parents,
--       class memberships, subgroup memberships;
--   'C' a class (school_class.id): lessons (topic, homework, cancellations, moves), timetables and their
--       entries, subgroups, teaching assignments, the class itself;
--   'K' a school (school.id): study periods, academic years, subjects, work types, the school's settings;
--   'P' a parent (parent.id): the parent's own record (their name in the top bar).
-- The rows are bumped by database triggers in the writing transaction, whoever writes (a screen through JPA,
-- region-import's COPY and INSERT … SELECT, a batch job's JDBC correction): db/vendor/postgresql
-- (statement-level triggers over transition tables) and db/vendor/h2 (a Java row trigger in WildFly's H2
-- module). A missing row reads as 0; a stamp only grows, and rows are never deleted.
CREATE TABLE diary_stamp (
    scope  CHAR(1)  NOT NULL,
    id     BIGINT   NOT NULL,
    stamp  BIGINT   NOT NULL,
    CONSTRAINT pk_diary_stamp PRIMARY KEY (scope, id),
    CONSTRAINT ck_diary_stamp_scope CHECK (scope IN ('S', 'C', 'K', 'P'))
);
