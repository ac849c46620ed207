package org.briefdesk.application.item;

/**
 * CDI event fired when an urgent item (第一时间报送) reaches the office; observers act after the
 * transaction commits (e.g. the live alert to every open editor page).
 */
public record UrgentItemSubmitted(long itemId, String title, String unitShortName) {}
