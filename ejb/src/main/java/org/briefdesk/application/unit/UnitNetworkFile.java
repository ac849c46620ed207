package org.briefdesk.application.unit;

/**
 * Reads and writes the unit network's spreadsheet (XLSX with sheets 单位 and 信息员, or a CSV of either
 * sheet in UTF-8 or GBK). Implemented in infrastructure.importing.
 */
public interface UnitNetworkFile {

    /** The rows of one uploaded file; a file that cannot be read yields a problem, never an exception. */
    UnitNetwork read(String fileName, byte[] content);

    /** The network as an XLSX workbook in the same layout, so an export can be edited and imported again. */
    byte[] write(UnitNetwork network);
}
