/**
 * Messages taken from the office's mailbox (来信): each remembered once by its key, and those from
 * unknown senders held in quarantine (待分派) until an editor assigns or discards them. Uses the item
 * aggregate (the item a message became) and domain.shared.
 */
package org.briefdesk.domain.model.mailbox;
