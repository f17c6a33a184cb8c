package vn.cascade.domain;

/**
 * A document cited by another.
 *
 * @param id       canonical number-symbol (50-CT/TW)
 * @param type     document type name, or null
 * @param date     ISO date, or null
 * @param issuer   issuing body as written, or null
 * @param relation implements, cites or amends
 */
public record Citation(String id, String type, String date, String issuer, String relation) {

    public static final String IMPLEMENTS = "implements";
}
