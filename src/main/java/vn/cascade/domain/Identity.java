package vn.cascade.domain;

/**
 * What a document says it is. Every field the document does not state is null.
 *
 * @param type         Kế hoạch, Chỉ thị, Hướng dẫn …
 * @param id           number-symbol, canonical (16-KH/ĐU)
 * @param date         ISO date, or YYYY-MM when the day is blank
 */
public record Identity(String type, String id, String number, String symbol, String date, String place,
                       String organization, String issuingBody, String parentOrganization, String subject,
                       String signer, String signerTitle) {

    public static Identity unknown() {
        return new Identity(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
