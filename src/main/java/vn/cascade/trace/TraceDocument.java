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
 */
public record TraceDocument(String docId, String file, String type, String number, String issuer, String date,
                            String subject, List<Citation> citations, List<TraceTask> tasks, String text) {
}
