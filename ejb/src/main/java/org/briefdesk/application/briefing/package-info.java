/**
 * Assembling, publishing and reading briefing issues (简报编印, 发布, 阅览): the services, the IssueView
 * record pages get, the IssuePublished event and the IssueRenderer port that prints an issue. Uses
 * the domain and the access, item and scoring use cases.
 */
package org.briefdesk.application.briefing;
