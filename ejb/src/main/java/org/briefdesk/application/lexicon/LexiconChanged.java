package org.briefdesk.application.lexicon;

/**
 * CDI event fired when a term or a synonym group changed; observers publish the new dictionary
 * once the transaction has committed, so new items and queries use it at once.
 */
public record LexiconChanged() {}
