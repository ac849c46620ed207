/**
 * Benchmark drivers run against a live Briefdesk over HTTP or the database ({@code -Pbench}): the desk
 * and load drivers, the archive-import bench and their shared helpers. They print figures and ratios
 * against a baseline measured in the same run; nothing here is deployed or used by the application.
 */
package org.briefdesk.bench;
