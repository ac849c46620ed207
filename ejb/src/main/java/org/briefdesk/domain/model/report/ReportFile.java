package org.briefdesk.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One file of a periodic report (the XLSX table, the Word and PDF 通报), kept in the database so
 * every node of a cluster serves it. Listed without its bytes; read one at a time.
 */
@Entity
@Table(name = "periodic_report_file")
public class ReportFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "periodic_report_file_seq")
    @SequenceGenerator(
            name = "periodic_report_file_seq",
            sequenceName = "periodic_report_file_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long size;

    @Column(nullable = false)
    private byte[] content;

    protected ReportFile() {}

    public ReportFile(long reportId, String fileName, String mediaType, byte[] content) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.size = content.length;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }
}
