package ru.ejournal.journal.boundary;

import java.io.Serializable;

/** A work type as a lesson's details offer it: «Контрольная работа (вес 3)». */
public record WorkTypeOption(long id, String label) implements Serializable {}
