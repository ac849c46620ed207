package org.briefdesk.infrastructure.importing;

/** What an imported document fills into the item form: a title and the body's HTML. */
public record ImportedText(String title, String bodyHtml) {
}
