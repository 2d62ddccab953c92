package ru.ejournal.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands a committed message to {@link MailCopies} when e-mail copies are switched on. */
@ApplicationScoped
public class MailCopyTrigger {

    @Inject
    MailCopies copies;

    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
        if (MailCopies.enabled()) {
            copies.send(posted.messageId());
        }
    }
}
