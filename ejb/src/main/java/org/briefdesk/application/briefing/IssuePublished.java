package org.briefdesk.application.briefing;

/** Fired inside the publishing transaction; observers that send mail listen after it commits. */
public record IssuePublished(long issueId) {}
