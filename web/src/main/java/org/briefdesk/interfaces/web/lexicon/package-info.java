/**
 * The dictionary page (词典与同义词) for administrators and editors. Uses the lexicon use case and
 * its views only.
 */
package org.briefdesk.interfaces.web.lexicon;
