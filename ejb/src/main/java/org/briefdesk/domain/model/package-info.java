/**
 * One package per aggregate (账号, 单位, 栏目, 信息, 简报, 采用, 批示, 计分, 约稿, 提醒, 查重, 操作记录, 来信). An aggregate may
 * refer to another's root (an item names its unit and columns); the packages form no cycle.
 */
package org.briefdesk.domain.model;
