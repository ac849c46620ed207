/**
 * Solicitations (约稿) and their deadline reminders. Uses the domain and the access and notice use
 * cases.
 */
package org.briefdesk.application.solicitation;
