package org.briefdesk.application.unit;

import java.io.Serializable;
import java.util.List;

/**
 * The unit network as a spreadsheet holds it (单位及信息员名册): a sheet of units and a sheet of
 * officers, every cell as typed, each row with its sheet name and row number for messages.
 *
 * @param unreadable rows or files that could not be read at all, with the reason in Chinese
 */
public record UnitNetwork(List<UnitRow> units, List<OfficerRow> officers, List<RowProblem> unreadable)
        implements Serializable {

    public static final List<String> UNIT_HEADINGS = List.of("单位名称", "简称", "类别", "上级工委", "重点网络单位", "分管领导");
    public static final List<String> OFFICER_HEADINGS = List.of("姓名", "登录名", "所属单位", "电子邮箱", "电话");

    /** One unit: 类别 is 工委, 部门 or 街乡镇; 上级工委 a 工委's name or short name; 重点网络单位 是 or 否. */
    public record UnitRow(
            String sheet,
            int row,
            String name,
            String shortName,
            String kind,
            String parent,
            String keyUnit,
            String leader)
            implements Serializable {}

    /** One officer (信息员): 所属单位 is a unit's name or short name. */
    public record OfficerRow(String sheet, int row, String name, String login, String unit, String email, String phone)
            implements Serializable {}

    /** A row or file that could not be read. */
    public record RowProblem(String sheet, int row, String message) implements Serializable {}
}
