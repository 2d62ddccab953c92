package ru.ejournal.journal.boundary;

import java.io.Serializable;

/** A teaching assignment as the teacher picks it: «7Б — Английский язык, 1 подгруппа». */
public record AssignmentOption(long id, String label) implements Serializable {}
