/**
 * The leaders' home page (领导首页).
 */
package org.briefdesk.interfaces.web.leader;
