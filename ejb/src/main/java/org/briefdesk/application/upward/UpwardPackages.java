package org.briefdesk.application.upward;

import java.time.LocalDate;
import java.util.List;

/** Writes an upward package as a Word file in the office's printed form. */
public interface UpwardPackages {

    byte[] docx(UpwardPackage p);

    /** What goes up: to whom, its number in the year's series, the date, the items in order. */
    record UpwardPackage(String addressee, int number, LocalDate date, List<PackageItem> items) {}

    /** One item as it is printed: headline, body, the units credited, the day it reached the office. */
    record PackageItem(String title, String bodyHtml, List<String> sourceUnits, LocalDate submittedOn) {}
}
