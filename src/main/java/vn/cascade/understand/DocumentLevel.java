package vn.cascade.understand;

import java.util.Locale;
import java.util.Optional;

import vn.cascade.domain.Identity;
import vn.cascade.normalize.Syllables;

/**
 * The level of the party system a document comes from, as DOMAIN.md draws it: the centre, a
 * province or centrally-run city, a commune, ward or special zone, the agency and bloc committees
 * beside them, and the grassroots below. Read from the issuing committee's name (its own words say
 * the level: "Thành ủy", "Đảng ủy phường …", "Đảng ủy Khối …", "Chi bộ …") and, when the header
 * is too damaged for that, from the issuer code of the number-symbol (TW, TU, ĐUK).
 */
public enum DocumentLevel {
    CENTRAL("Trung ương"),
    PROVINCE("Tỉnh, thành phố"),
    COMMUNE("Xã, phường, đặc khu"),
    AGENCY("Khối, cơ quan"),
    GRASSROOTS("Cơ sở");

    private final String label;

    DocumentLevel(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to users. */
    public String label() {
        return label;
    }

    /** The value stored in the index and accepted by filters: the constant's name in lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named by {@link #key()} (or the constant's name), if any. */
    public static Optional<DocumentLevel> ofKey(String key) {
        for (DocumentLevel l : values()) {
            if (l.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The level of a document from its identity; empty when nothing in it tells. */
    public static Optional<DocumentLevel> of(Identity identity) {
        for (String name : new String[] {identity.organization(), identity.issuingBody()}) {
            Optional<DocumentLevel> l = ofCommittee(name);
            if (l.isPresent()) {
                return l;
            }
        }
        return ofSymbol(identity.symbol() != null ? identity.symbol() : identity.id());
    }

    /** The level of a document known by its issuer's name and its number-symbol (either may be null). */
    public static Optional<DocumentLevel> of(String issuer, String numberSymbol) {
        Optional<DocumentLevel> l = ofCommittee(issuer);
        return l.isPresent() ? l : ofSymbol(numberSymbol);
    }

    /** How far down the system a level is: the centre 0, a province 1, a commune and an agency's committee 2, the grassroots 3. */
    public int depth() {
        return switch (this) {
            case CENTRAL -> 0;
            case PROVINCE -> 1;
            case COMMUNE, AGENCY -> 2;
            case GRASSROOTS -> 3;
        };
    }

    /** The level a committee's or organ's name states, e.g. "Ban Thường vụ Thành ủy" → province. */
    static Optional<DocumentLevel> ofCommittee(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String f = " " + Syllables.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        if (f.contains(" chi bo ") || f.contains(" dang uy co so ") || f.contains(" dang bo co so ")) {
            return Optional.of(GRASSROOTS);
        }
        if (f.contains(" dang uy khoi ") || f.contains(" dang uy cac co quan ") || f.contains(" dang uy co quan ")
                || f.contains(" dang uy quan su ") || f.contains(" dang uy cong an ")) {
            return Optional.of(AGENCY);
        }
        if (f.matches(".* dang uy (xa|phuong|dac khu|thi tran) .*")) {
            return Optional.of(COMMUNE);
        }
        if (f.contains(" thanh uy ") || f.contains(" tinh uy ")) {
            return Optional.of(PROVINCE);
        }
        if (f.contains(" ban bi thu ") || f.contains(" bo chinh tri ") || f.contains(" trung uong ")) {
            return Optional.of(CENTRAL);
        }
        return Optional.empty();
    }

    /** The level the issuer code of a number-symbol implies ("16-KH/TU" → province); ĐU alone says too little. */
    static Optional<DocumentLevel> ofSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String code = symbol.substring(symbol.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        return switch (code) {
            case "TW", "BTCTW", "VPTW", "BTGTW", "UBKTTW" -> Optional.of(CENTRAL);
            case "TU", "TƯ" -> Optional.of(PROVINCE);
            case "ĐUK", "DUK" -> Optional.of(AGENCY);
            default -> Optional.empty();
        };
    }
}
