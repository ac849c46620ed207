/**
 * What every aggregate shares: the three exceptions every layer turns into a message or a status
 * (NotFound, AccessDenied, BusinessRuleViolation), the district's clock and time zone, text limits
 * and the Recording value object. Depends on the JDK only.
 */
package org.briefdesk.domain.shared;
