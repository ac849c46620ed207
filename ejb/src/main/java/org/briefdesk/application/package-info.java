/**
 * Use cases as thin transactional services, one package per use case. A service depends on the
 * domain, on other use cases' services and views (no cycle among the packages), and on ports it
 * owns (interfaces such as IssueRenderer, DocumentReader, ChangeOutbox, ArchiveSearch,
 * IndexMaintenance, MailRelay, Mailbox, MailReader, StatisticsDocuments) that infrastructure implements; never on
 * infrastructure itself. Pages and the REST API get view records, not entities.
 */
package org.briefdesk.application;
