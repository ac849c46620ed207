/**
 * Accounts (账号) and their roles (管理员, 编辑, 领导, 信息员), with the PBKDF2 password hash. Uses the unit
 * aggregate (an officer belongs to a unit) and domain.shared.
 */
package org.briefdesk.domain.model.account;
