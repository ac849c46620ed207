package org.briefdesk.application.item;

/** What an imported document fills into the item form: a title and the body's HTML. */
public record ImportedText(String title, String bodyHtml) {}
