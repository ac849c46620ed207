package org.briefdesk.application.item;

/** A file that came with a report from outside the form (a mail's attachment), to be kept under the upload rules. */
public record IncomingFile(String name, byte[] bytes) {}
