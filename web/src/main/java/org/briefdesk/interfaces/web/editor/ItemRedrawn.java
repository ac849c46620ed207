package org.briefdesk.interfaces.web.editor;

import org.briefdesk.application.item.ItemView;

/**
 * The item page (编辑处理) has read its item afresh, after an action or on finding it stale: the
 * page's other beans drop what the editor had typed or picked and start again from this item.
 */
public record ItemRedrawn(ItemView item) {}
