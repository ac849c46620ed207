/**
 * Reading Word, PDF and text files with POI and PDFBox: DocumentImporter implements the
 * application's DocumentReader and refuses damaged, encrypted and zip-bomb files.
 */
package org.briefdesk.infrastructure.importing;
