package ru.ejournal.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import ru.ejournal.notification.control.OutboxDrain;
import ru.ejournal.notification.control.OutboxStore;

/**
 * Queues a message's e-mail copies in the sending transaction when copies are switched on, and after the
 * commit asks the outbox to send them at once (a rolled-back message is neither queued nor mailed).
 */
@ApplicationScoped
public class MailCopyTrigger {

    @Inject
    OutboxStore outbox;

    @Inject
    OutboxDrain drain;

    @Inject
    Event<CopiesQueued> queued;

    /** Copies of a message are in the outbox; observed after the commit. */
    public record CopiesQueued(long messageId) {}

    void onPosted(@Observes MessagePosted posted) {
        if (MailCopies.enabled() && outbox.queueCopies(posted.messageId(), Instant.now()) > 0) {
            queued.fire(new CopiesQueued(posted.messageId()));
        }
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CopiesQueued committed) {
        drain.drainSoon();
    }
}
