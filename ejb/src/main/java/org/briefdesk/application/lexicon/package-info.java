/**
 * The dictionary and synonyms use case (词典与同义词): list, add, change and remove local terms and
 * synonym groups, undo a change from the history, preview a sentence's segmentation before and
 * after a proposed change, and start the re-analysis of the archive. Thin: the rules are in
 * domain.model.lexicon; segmentation and the archive job are reached through the ports
 * LexiconAnalysis and ArchiveReanalysis; a committed change is announced as {@link
 * org.briefdesk.application.lexicon.LexiconChanged}, and a unit's new name as {@link
 * org.briefdesk.application.lexicon.UnitNamesChanged}, so the live dictionary is published again.
 * Uses the domain and the access use case.
 */
package org.briefdesk.application.lexicon;
