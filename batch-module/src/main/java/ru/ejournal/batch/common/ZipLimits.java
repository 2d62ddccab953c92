package ru.ejournal.batch.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Settings;

/**
 * Limits of an uploaded import zip (ASVS 12.1.2, 12.1.3): the size its files have unpacked, counted by
 * actually inflating them (the sizes a zip declares can lie), {@code ejournal.import.max.unpacked.mb}
 * (1024) in all, and the number of its entries, {@code ejournal.import.max.entries} (1000). A zip bomb is
 * refused before any job reads it.
 */
public final class ZipLimits {

    private ZipLimits() {}

    /** Throws a {@link BusinessException} with the Russian reason when the zip is over a limit. */
    public static void check(Path zip) throws IOException {
        long maxBytes = Settings.getInt("ejournal.import.max.unpacked.mb", 1024) * 1024L * 1024L;
        int maxEntries = Settings.getInt("ejournal.import.max.entries", 1000);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw new BusinessException("batch.zip.tooManyFiles", maxEntries);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxBytes) {
                            throw new BusinessException("batch.zip.tooLarge", maxBytes / (1024 * 1024));
                        }
                    }
                }
            }
        }
    }
}
