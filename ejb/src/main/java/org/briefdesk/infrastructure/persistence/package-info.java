/**
 * JPA implementations of the domain's repositories and aggregate queries. Uses the domain only.
 */
package org.briefdesk.infrastructure.persistence;
