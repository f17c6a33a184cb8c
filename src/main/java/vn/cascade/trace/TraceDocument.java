package vn.cascade.trace;

import java.util.List;

import vn.cascade.domain.Citation;

/**
 * What the trace needs of one ingested document.
 *
 * @param docId     the index's document id
 * @param file      the input file's name
 * @param number    its own number-symbol, or null when it does not print one
 * @param issuer    issuing body (or organisation), or null
 * @param text      restored text (to recognise copies of one document)
 * @param tasks     its tasks, in order
 * @param place     the place it is dated from, as understanding read it, or null
 * @param parentOrganization the Party organisation above the issuer, as the header names it, or null
 */
public record TraceDocument(String docId, String file, String type, String number, String issuer, String date,
                            String subject, List<Citation> citations, List<TraceTask> tasks, String text, String place,
                            String parentOrganization) {

    /** A document whose place is not known (written by hand in tests, or indexed before the index kept it). */
    public TraceDocument(String docId, String file, String type, String number, String issuer, String date,
                         String subject, List<Citation> citations, List<TraceTask> tasks, String text) {
        this(docId, file, type, number, issuer, date, subject, citations, tasks, text, null, null);
    }
}
