/**
 * The archive search (信息检索) with each role's limits, its XLSX export and "items like this one",
 * saved searches per account (保存的检索), and the index administration (索引管理), through the ports
 * ArchiveSearch, SearchResultDocuments and IndexMaintenance. Uses the domain, the access use case and
 * the query types of the search module.
 */
package org.briefdesk.application.search;
