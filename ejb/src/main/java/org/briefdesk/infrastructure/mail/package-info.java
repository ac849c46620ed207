/**
 * Mail through Jakarta Mail: Mailer sends plain text through the SMTP relay the deployment names
 * (the application's MailRelay); JakartaMailbox reads the office's incoming mailbox over IMAP or
 * POP3 (the Mailbox port) and MimeMailReader takes a message apart (the MailReader port).
 */
package org.briefdesk.infrastructure.mail;
