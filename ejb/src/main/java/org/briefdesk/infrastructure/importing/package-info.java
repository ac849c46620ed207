/**
 * Reading Word, PDF and text files with POI and PDFBox: DocumentImporter implements the
 * application's DocumentReader and refuses damaged, encrypted and zip-bomb files.
 * UnitNetworkSpreadsheet implements the unit use case's UnitNetworkFile: the unit network's XLSX or
 * CSV (UTF-8 or GBK) sheets, read and written.
 */
package org.briefdesk.infrastructure.importing;
