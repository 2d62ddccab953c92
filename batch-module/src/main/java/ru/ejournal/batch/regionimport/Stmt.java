package ru.ejournal.batch.regionimport;

import java.io.Serializable;

/** One parameterised statement the writer runs in a JDBC batch with the others of its SQL. */
public record Stmt(String sql, Object... params) implements Serializable {}
