/**
 * The Word and PDF writers of the printed briefing format (GB/T 9704 style): layout, fonts, CJK
 * line breaking, page numbers. It knows no entity, only the item's RichText: it prints the
 * PrintedIssue model its callers build.
 */
package org.briefdesk.infrastructure.export;
