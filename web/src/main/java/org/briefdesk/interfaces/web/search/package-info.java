/**
 * The archive search page (信息检索): the search and its results, the criteria its URL carries,
 * facets, saved searches and the Excel export. Uses the search and saved-search application
 * services and the search module's result records; never JPA entities.
 */
package org.briefdesk.interfaces.web.search;
