/**
 * Leaders' instructions (批示) on items, from the leaders' portal or typed in from paper. Uses the
 * item aggregate and domain.shared.
 */
package org.briefdesk.domain.model.instruction;
