/**
 * Health of the running application for operators (MicroProfile Health on the management port,
 * {@code /health/ready}): whether the database answers and whether the search index keeps up with
 * the outbox. May use the datasource and the index updater's state; nothing here changes data.
 */
package org.briefdesk.interfaces.health;
