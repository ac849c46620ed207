/**
 * Printing and mailing issues: IssuePrinter implements the application's IssueRenderer with the
 * export writers, IssueMailing sends a published issue to its recipients after commit, FontWarmup
 * loads the fonts at start-up. Uses export and mail.
 */
package org.briefdesk.infrastructure.briefing;
