package ru.ejournal.diary.boundary;

/**
 * What a browser's copy of a diary page is checked against: the child the page shows ({@code null} when the
 * caller has none) and the version of everything the page shows for this caller (the stamps of the caller's
 * children, their classes and schools, the caller's own record, and the day, on which the page's defaults
 * depend), as text for the page's ETag.
 */
public record DiaryRevision(Long child, String version) {}
