package org.briefdesk.application.notice;

/** A notice's mail, fired inside the notifying transaction and sent only after it commits. */
public record NoticeMail(String to, String subject, String text) {}
