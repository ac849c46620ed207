package org.briefdesk.application.mailbox;

import java.util.List;
import org.briefdesk.application.item.IncomingFile;

/**
 * A message as the intake reads it: headers decoded (RFC 2047, GBK and GB2312 as GB18030), the text
 * body (an HTML-only body already reduced to text) and the attached files.
 */
public record ReceivedMail(
        String messageId,
        String senderAddress,
        String senderName,
        String subject,
        String text,
        List<IncomingFile> files) {}
