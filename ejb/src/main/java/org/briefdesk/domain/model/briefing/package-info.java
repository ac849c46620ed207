/**
 * Briefing titles and issues (简报与期次): numbering, entries in print order, the distribution block
 * (报/送/发), the page layout and publication. Uses the item and column aggregates and domain.shared.
 */
package org.briefdesk.domain.model.briefing;
