/**
 * Solicitations (约稿通知) addressed to units, their deadlines, answers and reminders. Uses the unit
 * aggregate and domain.shared.
 */
package org.briefdesk.domain.model.solicitation;
