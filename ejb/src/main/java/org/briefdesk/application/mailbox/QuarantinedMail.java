package org.briefdesk.application.mailbox;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A message waiting for an editor (待分派), as the quarantine page shows it. */
public record QuarantinedMail(
        long id,
        String sender,
        String senderName,
        String subject,
        Instant receivedAt,
        String reason,
        String preview,
        List<String> fileNames)
        implements Serializable {}
