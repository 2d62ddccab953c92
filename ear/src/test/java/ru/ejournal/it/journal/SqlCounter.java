package ru.ejournal.it.journal;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends while it is open: it replaces the server session's
 * log by one that records every entry of the {@code sql} category and passes the rest on.
 *
 * <p>With JDBC batch writing EclipseLink logs a batched statement once and then each row's
 * parameters as an entry of its own ({@code "\tbind => ..."}); {@link #count()} counts entries (so a
 * batch of five rows counts six), {@link #statementCount()} counts statements (a batch counts one).
 *
 * <p>Only the statements of the thread that started it count: the server's timers (the mark alert
 * scan, the notification scan) share the session and may run at any moment of a test.
 */
public final class SqlCounter implements AutoCloseable {

    private final Server server;
    private final SessionLog original;
    private final Recording recording;

    private SqlCounter(Server server) {
        this.server = server;
        this.original = server.getSessionLog();
        this.recording = new Recording(original, Thread.currentThread());
        server.setSessionLog(recording);
    }

    public static SqlCounter start(EntityManagerFactory factory) {
        return new SqlCounter(JpaHelper.getServerSession(factory));
    }

    /** Forgets what was counted so far. */
    public void reset() {
        recording.statements.clear();
    }

    /** Entries of the SQL log: every statement, and every further row of a batch. */
    public int count() {
        return recording.statements.size();
    }

    /** Statements sent: a JDBC batch counts once, whatever its rows. */
    public int statementCount() {
        return (int) statements().stream().filter(s -> !isBatchRow(s)).count();
    }

    /** Statements that fetch a block of ids from the sequence (one in {@code allocationSize} ids). */
    public int sequenceCount() {
        return (int) statements().stream()
                .filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains("journal_seq"))
                .count();
    }

    public static boolean isBatchRow(String entry) {
        return entry.strip().startsWith("bind =>");
    }

    public List<String> statements() {
        synchronized (recording.statements) {
            return List.copyOf(recording.statements);
        }
    }

    @Override
    public void close() {
        server.setSessionLog(original);
    }

    private static final class Recording extends AbstractSessionLog {

        final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        private final SessionLog delegate;
        private final Thread caller;

        Recording(SessionLog delegate, Thread caller) {
            this.delegate = delegate;
            this.caller = caller;
        }

        @Override
        public boolean shouldLog(int level, String category) {
            return SessionLog.SQL.equals(category) ? level >= SessionLog.FINE : delegate.shouldLog(level, category);
        }

        @Override
        public void log(SessionLogEntry entry) {
            if (SessionLog.SQL.equals(entry.getNameSpace())) {
                if (entry.getThread() == caller) {
                    statements.add(entry.getMessage());
                }
            } else {
                delegate.log(entry);
            }
        }
    }
}
