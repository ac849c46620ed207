/**
 * Adoptions, instructions, outlets and score rules (采用, 批示, 刊物, 计分规则) and the score ledger they
 * write. Uses the domain and the access and item use cases.
 */
package org.briefdesk.application.scoring;
