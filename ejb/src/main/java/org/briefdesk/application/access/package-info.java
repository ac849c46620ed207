/**
 * Who acts (Actor) and the administration of accounts (账号管理). Uses the domain only; every other use
 * case uses Actor.
 */
package org.briefdesk.application.access;
