package org.briefdesk.application;

/** Fired inside the publishing transaction; observers that send mail listen after it commits. */
public record IssuePublished(long issueId) {
}
