/**
 * The administration of units (单位管理): the unit tree with quotas and leaders in charge, and the
 * import and export of the unit network's spreadsheet through the UnitNetworkFile port it owns. Uses
 * the domain and the access use case.
 */
package org.briefdesk.application.unit;
