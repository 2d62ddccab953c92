package ru.ejournal.batch.reconciliation;

import java.io.Serializable;
import java.util.List;

/** The processor's result for one school: a result for each of its classes, in id order. */
public record SchoolReconciliation(List<ClassReconciliation> classes) implements Serializable {}
