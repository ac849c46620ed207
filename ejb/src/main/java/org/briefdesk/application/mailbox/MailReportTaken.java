package org.briefdesk.application.mailbox;

import java.util.List;

/**
 * CDI event: a mailed report became an item (by itself, or assigned by an editor). Observed after
 * the transaction commits, so a sender is never told about an item that was rolled back.
 */
public record MailReportTaken(
        String senderAddress,
        String senderName,
        String title,
        String unitName,
        List<String> skippedFiles,
        boolean assignedByEditor) {}
