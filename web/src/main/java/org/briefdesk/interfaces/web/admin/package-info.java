/**
 * Administrators' pages (系统管理): accounts, units, briefing titles, score rules and the search index.
 */
package org.briefdesk.interfaces.web.admin;
