package ru.ejournal.attendance.boundary;

import java.io.Serializable;

/**
 * The photo of a document on an absence notice: as a parent uploads it (the content type is then ignored:
 * the service decides it from the bytes) and as the class teacher or the parent reads it back.
 */
public record NoticePhoto(String fileName, String contentType, byte[] content) implements Serializable {

    public int size() {
        return content == null ? 0 : content.length;
    }
}
