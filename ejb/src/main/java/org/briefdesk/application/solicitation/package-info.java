/**
 * Solicitations (约稿) and their deadline reminders. Uses the domain and the access, notice and scheduling use
 * cases.
 */
package org.briefdesk.application.solicitation;
