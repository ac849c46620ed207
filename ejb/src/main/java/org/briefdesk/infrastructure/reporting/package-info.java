/**
 * The statistics files: the XLSX workbook and the 通报 in Word and PDF; StatisticsFiles implements
 * the application's StatisticsDocuments. Uses export.
 */
package org.briefdesk.infrastructure.reporting;
