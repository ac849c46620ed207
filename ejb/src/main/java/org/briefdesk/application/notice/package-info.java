/**
 * The notification centre (消息提醒): notices of a kind to a person, a unit's officers or a role, each
 * reader's read marks, mail preferences and the daily digest, and the MailRelay port through which
 * the office mails. Uses the domain, the access use case and the scheduler (the digest is a job).
 */
package org.briefdesk.application.notice;
