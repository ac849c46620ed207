/**
 * Use cases as thin transactional services, one package per use case. A service depends on the
 * domain, on other use cases' services and views (no cycle among the packages), and on ports it
 * owns (interfaces such as UnitOfWork, IssueRenderer, DocumentReader, ChangeOutbox, ArchiveSearch,
 * IndexMaintenance, MailRelay, Mailbox, MailReader, StatisticsDocuments) that infrastructure implements; never on
 * infrastructure itself, nor on JPA's EntityManager. From the search library it uses only the request
 * and result records of a query. Pages and the REST API get view records, not entities.
 */
package org.briefdesk.application;
