-- The e-diary's version stamps (V30__diary_stamp.sql): every writer of what the diary shows bumps the stamp
-- of the pupil, class, school or parent it changed, in its own transaction, whoever it is (JPA, region-import's
-- COPY and INSERT … SELECT, a batch job's JDBC UPDATE that leaves the version column alone). Statement-level
-- triggers over transition tables: an INSERT … SELECT of a million marks bumps each pupil once, in one
-- statement, in the order of the ids (two bulk writers lock the rows in the same order).
--
-- Arguments of diary_stamp_bump(): the scope ('S' pupil, 'C' class, 'K' school, 'P' parent), the column that
-- holds the scope's id (or, with the third argument 'table.column', the id of a row of that table whose
-- column holds it), and the columns an UPDATE may change without changing the diary (the version, the times a
-- teacher entered something): an UPDATE bumps only the rows whose other columns changed.
-- The same list, in the same order, is in db/vendor/h2/R__diary_stamp.sql (DiaryStampSourcesTest compares them).
CREATE OR REPLACE FUNCTION diary_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_scope   text   := TG_ARGV[0];
    v_key     text   := TG_ARGV[1];
    v_via     text   := NULLIF(TG_ARGV[2], '');
    v_ignored text[] := string_to_array(TG_ARGV[3], ',');
    v_keys    bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', v_key) INTO v_keys;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', v_key) INTO v_keys;
    ELSE
        SELECT array_agg(DISTINCT (c.j ->> v_key)::bigint) INTO v_keys
        FROM ((SELECT to_jsonb(n) - v_ignored AS j FROM new_rows n
               EXCEPT ALL SELECT to_jsonb(o) - v_ignored FROM old_rows o)
              UNION ALL
              (SELECT to_jsonb(o) - v_ignored FROM old_rows o
               EXCEPT ALL SELECT to_jsonb(n) - v_ignored FROM new_rows n)) c;
    END IF;
    IF v_keys IS NOT NULL AND v_via IS NOT NULL THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM %I WHERE id = ANY($1)',
                       split_part(v_via, '.', 2), split_part(v_via, '.', 1))
            INTO v_keys USING v_keys;
    END IF;
    IF v_keys IS NOT NULL THEN
        INSERT INTO diary_stamp (scope, id, stamp)
        SELECT v_scope, k.id, 1 FROM unnest(v_keys) AS k(id) WHERE k.id IS NOT NULL ORDER BY k.id
        ON CONFLICT (scope, id) DO UPDATE SET stamp = diary_stamp.stamp + 1;
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    s record;
BEGIN
    FOR s IN SELECT * FROM (VALUES
        -- source: table, scope, column, via, columns that do not count
        ('mark',                     'S', 'student_id',      '',                         'version'),
        ('absence',                  'S', 'student_id',      '',                         'version'),
        ('period_grade',             'S', 'student_id',      '',                         'version'),
        ('absence_notice',           'S', 'student_id',      '',                         'version'),
        ('student',                  'S', 'id',              '',                         'version'),
        ('student_parent',           'S', 'student_id',      '',                         'version'),
        ('student_class_membership', 'S', 'student_id',      '',                         'version'),
        ('subgroup_member',          'S', 'student_id',      '',                         ''),
        ('lesson',                   'C', 'school_class_id', '',                         'version,attendance_taken,attendance_taken_at,topic_entered_at'),
        ('timetable',                'C', 'school_class_id', '',                         'version'),
        ('timetable_entry',          'C', 'timetable_id',    'timetable.school_class_id', 'version'),
        ('subgroup',                 'C', 'school_class_id', '',                         'version'),
        ('teaching_assignment',      'C', 'school_class_id', '',                         'version'),
        ('school_class',             'C', 'id',              '',                         'version'),
        ('study_period',             'K', 'school_id',       '',                         'version'),
        ('academic_year',            'K', 'school_id',       '',                         'version'),
        ('subject',                  'K', 'school_id',       '',                         'version'),
        ('work_type',                'K', 'school_id',       '',                         'version'),
        ('school',                   'K', 'id',              '',                         'version'),
        ('parent',                   'P', 'id',              '',                         'version')
    ) AS v(tbl, scope, col, via, ignored)
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS diary_stamp_insert ON %I', s.tbl);
        EXECUTE format('DROP TRIGGER IF EXISTS diary_stamp_update ON %I', s.tbl);
        EXECUTE format('DROP TRIGGER IF EXISTS diary_stamp_delete ON %I', s.tbl);
        EXECUTE format('CREATE TRIGGER diary_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION diary_stamp_bump(%L, %L, %L, %L)',
                       s.tbl, s.scope, s.col, s.via, s.ignored);
        EXECUTE format('CREATE TRIGGER diary_stamp_update AFTER UPDATE ON %I'
                       ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION diary_stamp_bump(%L, %L, %L, %L)',
                       s.tbl, s.scope, s.col, s.via, s.ignored);
        EXECUTE format('CREATE TRIGGER diary_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION diary_stamp_bump(%L, %L, %L, %L)',
                       s.tbl, s.scope, s.col, s.via, s.ignored);
    END LOOP;
END;
$$;
