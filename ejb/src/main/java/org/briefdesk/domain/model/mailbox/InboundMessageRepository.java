package org.briefdesk.domain.model.mailbox;

import java.util.List;
import java.util.Optional;

/** Messages taken from the mailbox (来信). */
public interface InboundMessageRepository {

    /** Whether a message with this key was taken before, whatever became of it. */
    boolean exists(String messageKey);

    Optional<InboundMessage> find(long id);

    /** The messages waiting for an editor, oldest first. */
    List<InboundMessage> quarantined();

    InboundMessage store(InboundMessage message);
}
