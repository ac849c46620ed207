package org.briefdesk.application.rhythm;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A periodic report as the list page shows it: its files, and for editors and administrators the
 * names of the units and leaders it went to (others see an empty list).
 */
public record PeriodicReportView(
        long id,
        String kind,
        String kindLabel,
        String name,
        String seriesLabel,
        String periodLabel,
        LocalDate issuedOn,
        Instant generatedAt,
        String summary,
        List<FileView> files,
        List<String> recipientUnits,
        List<String> recipientLeaders)
        implements Serializable {

    public record FileView(long id, String fileName, String mediaType, long size) implements Serializable {}

    public String unitsText() {
        return String.join("、", recipientUnits);
    }

    public String leadersText() {
        return String.join("、", recipientLeaders);
    }

    /** e.g. 共60个单位、2位领导, for the list. */
    public String recipientsText() {
        return "共" + recipientUnits.size() + "个单位、" + recipientLeaders.size() + "位领导";
    }
}
