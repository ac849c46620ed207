/**
 * Items from the officer's draft to the office (信息报送): intake, the one submission path every
 * channel shares (ReportIntake), reports editors take down for a unit (代录), attachments, the journal
 * every change goes through, and the ports DocumentReader (Word/PDF import) and ChangeOutbox (the
 * outbox the search index follows). Uses the domain and the access and solicitation use cases.
 */
package org.briefdesk.application.item;
