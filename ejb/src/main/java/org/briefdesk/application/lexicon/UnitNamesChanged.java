package org.briefdesk.application.lexicon;

/**
 * CDI event for whoever creates or renames a unit: unit names and short names are dictionary
 * words, so the dictionary is published again once the transaction has committed.
 */
public record UnitNamesChanged() {}
