/**
 * In-app notices (提醒) and the MailRelay port through which the office also mails. Uses the domain
 * and the access use case.
 */
package org.briefdesk.application.notice;
