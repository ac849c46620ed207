/**
 * Readiness of the running application for operators and load balancers ({@code /health/ready}):
 * whether the database answers and whether the search index keeps up with the outbox. May use the
 * datasource and application ports; nothing here changes data.
 */
package org.briefdesk.interfaces.health;
