/**
 * Units (单位) of the district: work committees (工委), departments (部门) and sub-districts and towns
 * (街乡镇), with their weekly quota. Uses domain.shared only.
 */
package org.briefdesk.domain.model.unit;
