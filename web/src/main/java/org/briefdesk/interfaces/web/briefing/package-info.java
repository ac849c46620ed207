/**
 * Editors' and readers' briefing pages (简报编印, 简报阅览): the issue list, the issue editor, special
 * issues, reading and downloads.
 */
package org.briefdesk.interfaces.web.briefing;
