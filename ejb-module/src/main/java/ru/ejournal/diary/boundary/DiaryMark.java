package ru.ejournal.diary.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A mark as the diary shows it: value, the work type it was for and its weight. */
public record DiaryMark(LocalDate date, String value, String workType, int weight) implements Serializable {}
