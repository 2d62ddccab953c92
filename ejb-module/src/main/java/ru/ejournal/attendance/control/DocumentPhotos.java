package ru.ejournal.attendance.control;

import java.util.Locale;
import java.util.Optional;
import ru.ejournal.attendance.entity.AbsenceNoticeDocument;
import ru.ejournal.common.control.BusinessException;

/**
 * Which photos a parent may attach to an absence notice: JPEG or PNG by their first bytes (a name or a
 * browser's content type proves nothing), a name ending in .jpg, .jpeg or .png, at most 5 MB.
 */
public final class DocumentPhotos {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private DocumentPhotos() {}

    /** The content type that the bytes are, if they are a JPEG or a PNG image. */
    public static Optional<String> contentType(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /**
     * Checks a photo and returns its content type; throws {@link BusinessException} with the reason
     * when it is empty, too large, or not a JPEG or PNG image.
     */
    public static String check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("attendance.photo.empty");
        }
        if (content.length > AbsenceNoticeDocument.MAX_SIZE) {
            throw new BusinessException("attendance.photo.tooLarge");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean photoName = name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png");
        return contentType(content)
                .filter(type -> photoName)
                .orElseThrow(() -> new BusinessException("attendance.photo.format"));
    }

    /** The name without any folder a browser sent, at most 255 characters, never blank. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        if (name.isBlank()) {
            name = "document";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
