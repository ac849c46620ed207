package org.briefdesk.domain.model.unit;

/**
 * A unit (单位) as a picker shows it: its id, kind and names, read without loading the entity and its
 * quota history (the inbox's unit filter is built on every opening of the page).
 */
public record UnitLabel(long id, UnitKind kind, String name, String shortName) {}
