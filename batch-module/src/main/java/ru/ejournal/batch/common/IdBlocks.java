package ru.ejournal.batch.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids from the sequence {@code journal_seq} the way EclipseLink takes them (one value of the sequence,
 * INCREMENT BY 50, is the block {@code value-49 .. value}), many blocks in one round trip, and a run of
 * consecutive ids (a staged row's record and its history rows) never split across two blocks.
 */
public final class IdBlocks {

    private static final int BLOCK = 50;

    private final Deque<Long> blocks = new ArrayDeque<>();
    private long next;
    private long last = -1;

    /** Makes sure that {@code rows} runs of {@code size} ids can be taken without another round trip. */
    public void reserve(Connection c, int rows, int size) throws SQLException {
        int perBlock = BLOCK / size;
        long available = (last - next + 1) / size + (long) blocks.size() * perBlock;
        if (available >= rows) {
            return;
        }
        long count = (rows - available + perBlock - 1) / perBlock;
        try (PreparedStatement ps = c.prepareStatement(Sql.nextSequenceValues(c))) {
            ps.setLong(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.add(rs.getLong(1));
                }
            }
        }
    }

    /** One id, a round trip only when the reserved ones are used up. */
    public long next(Connection c) throws SQLException {
        reserve(c, 1, 1);
        return take(1);
    }

    /** The first of {@code size} consecutive ids; call {@link #reserve} first. */
    public long take(int size) {
        if (last - next + 1 < size) {
            long end = blocks.remove();
            last = end;
            next = end - BLOCK + 1;
        }
        long first = next;
        next += size;
        return first;
    }
}
