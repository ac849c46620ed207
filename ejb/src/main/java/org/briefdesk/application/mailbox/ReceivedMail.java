package org.briefdesk.application.mailbox;

import java.util.List;
import org.briefdesk.application.item.IncomingFile;

/**
 * A message as the intake reads it: headers decoded (RFC 2047, GBK and GB2312 as GB18030), the text
 * body (an HTML-only body already reduced to text), the attached files, and whether a program
 * rather than a person sent it (an auto-reply, an out-of-office notice, a bounce).
 */
public record ReceivedMail(
        String messageId,
        String senderAddress,
        String senderName,
        String subject,
        String text,
        List<IncomingFile> files,
        boolean automatic) {}
