/**
 * Flyway migrations at start-up (db/migration), before anything else touches the database.
 */
package org.briefdesk.infrastructure.migration;
