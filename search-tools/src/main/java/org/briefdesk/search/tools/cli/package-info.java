/**
 * The command line of {@code briefdesk-search-cli.jar}: index, search, similar, analyze, bench and
 * relevance over JSON-lines files. May use the whole search library and the other tools packages;
 * the server never loads it.
 */
package org.briefdesk.search.tools.cli;
