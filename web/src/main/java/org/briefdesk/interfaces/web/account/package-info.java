/**
 * Pages about one's own account (本人账号): API tokens, password, notices (消息提醒) and their
 * settings. Faces beans here use the application layer's access and notice services and
 * {@code CurrentUser}; they keep view records, never entities, in the view state.
 */
package org.briefdesk.interfaces.web.account;
