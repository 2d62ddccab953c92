package ru.ejournal.web.common;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file made in memory (an export, a PDF) as a {@code p:fileDownload} sends it, with its length. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {}

    public static StreamedContent of(byte[] bytes, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }
}
