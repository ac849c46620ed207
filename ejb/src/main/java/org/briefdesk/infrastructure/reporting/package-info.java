/**
 * The statistics files (the XLSX workbook and the 通报 in Word and PDF; StatisticsFiles implements the
 * application's StatisticsDocuments) and the search result workbook (SearchResultWorkbook implements
 * SearchResultDocuments). Uses export and POI.
 */
package org.briefdesk.infrastructure.reporting;
