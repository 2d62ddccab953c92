package ru.ejournal.diary.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A mark as the diary shows it: value, the work type it was for, its weight, and the date and topic of its
 * lesson (the details a tap on the mark opens).
 */
public record DiaryMark(LocalDate date, String value, String workType, int weight, String topic)
        implements Serializable {}
