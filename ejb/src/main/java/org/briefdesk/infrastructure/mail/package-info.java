/**
 * Plain-text mail through the SMTP relay the deployment names: Mailer implements the application's
 * MailRelay.
 */
package org.briefdesk.infrastructure.mail;
