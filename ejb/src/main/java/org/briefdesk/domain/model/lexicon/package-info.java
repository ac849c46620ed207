/**
 * The local dictionary (本地词典): local terms with their part of speech, synonym groups (同义词组),
 * the history of every change (修改记录, which is also its audit trail and makes a change undoable),
 * and what the live dictionary is made of (the rows plus every unit's name and short name). Uses
 * domain.shared and the unit model only.
 */
package org.briefdesk.domain.model.lexicon;
