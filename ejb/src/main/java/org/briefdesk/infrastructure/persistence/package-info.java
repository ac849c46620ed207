/**
 * JPA implementations of the domain's repositories and aggregate queries, and of the application's
 * persistence ports (UnitOfWork, JobLeases, OfficeDirectory). Uses the domain and those ports only.
 */
package org.briefdesk.infrastructure.persistence;
