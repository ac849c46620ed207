/**
 * Reports that arrive by mail (邮件报送): the timer that polls the office's mailbox, the intake that
 * turns a registered officer's message into a submitted item of their unit exactly once, the
 * quarantine (待分派) editors assign or discard, and the acknowledgement to the sender. Owns the
 * ports Mailbox (the server) and MailReader (a message's parts); uses the domain and the access,
 * item, notice and scheduling use cases.
 */
package org.briefdesk.application.mailbox;
