package vn.cascade.corpus;

import java.util.List;
import java.util.Objects;

/**
 * How {@link PageRenderer} draws a page and how much scanner damage it adds.
 *
 * <p>Immutable value; safe to share between threads. Use {@link #defaults()} and the
 * {@code with…} methods rather than the canonical constructor, so that call sites keep
 * working when a field is added.
 *
 * @param dpi            resolution of the rendered page; an A4 page is
 *                       {@code round(210 / 25.4 * dpi) × round(297 / 25.4 * dpi)} pixels
 *                       (2480 × 3508 at 300 dpi). 72–1200.
 * @param fontFamily     preferred font family; when it is not installed or cannot display the
 *                       text, the renderer falls back through {@link #FALLBACK_FONT_FAMILIES}
 * @param fontSizePt     body font size in typographic points (1/72 inch); official
 *                       Vietnamese documents use 13–14 pt
 * @param skewDegrees    maximum absolute rotation of a page about its centre, in degrees; each
 *                       page's actual angle (sign and size) is drawn uniformly from
 *                       {@code [-skewDegrees, +skewDegrees]} using the seed. 0 = no rotation.
 *                       At most 10.
 * @param speckleDensity salt-and-pepper dots per pixel of the page (0–0.05; 0.0002 gives about
 *                       1,700 dots on an A4 page at 300 dpi), each 1–2 px square at 300 dpi,
 *                       mostly dark; when above 0, two to six small dark blobs (dust) are added
 * @param blur           whether to apply a light 3×3 blur after the speckle, like a slightly
 *                       soft scanner lens
 * @param seed           seed for every random choice; same text + same options give
 *                       identical pixels
 */
public record RenderOptions(
        int dpi,
        String fontFamily,
        double fontSizePt,
        double skewDegrees,
        double speckleDensity,
        boolean blur,
        long seed) {

    /** Families tried, in order, after {@link #fontFamily()}; all cover Vietnamese. */
    public static final List<String> FALLBACK_FONT_FAMILIES =
            List.of("Noto Serif", "Liberation Serif", "DejaVu Serif");

    public static final int DEFAULT_DPI = 300;
    public static final double DEFAULT_FONT_SIZE_PT = 13;
    public static final double DEFAULT_SKEW_DEGREES = 0.4;
    public static final double DEFAULT_SPECKLE_DENSITY = 0.0002;
    public static final long DEFAULT_SEED = 1L;

    public RenderOptions {
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be within 72..1200, was " + dpi);
        }
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (fontFamily.isBlank()) {
            throw new IllegalArgumentException("fontFamily must not be blank");
        }
        if (!(fontSizePt >= 4 && fontSizePt <= 72)) {
            throw new IllegalArgumentException("fontSizePt must be within 4..72, was " + fontSizePt);
        }
        if (!(Math.abs(skewDegrees) <= 10)) {
            throw new IllegalArgumentException("skewDegrees must be within -10..10, was " + skewDegrees);
        }
        // A negative maximum means the same as its absolute value.
        skewDegrees = Math.abs(skewDegrees);
        if (!(speckleDensity >= 0 && speckleDensity <= 0.05)) {
            throw new IllegalArgumentException(
                    "speckleDensity must be within 0..0.05, was " + speckleDensity);
        }
    }

    /** 300 dpi, Noto Serif 13 pt, skew ≤ 0.4°, speckle 0.0002, no blur, seed 1. */
    public static RenderOptions defaults() {
        return new RenderOptions(DEFAULT_DPI, FALLBACK_FONT_FAMILIES.get(0), DEFAULT_FONT_SIZE_PT,
                DEFAULT_SKEW_DEGREES, DEFAULT_SPECKLE_DENSITY, false, DEFAULT_SEED);
    }

    public RenderOptions withDpi(int newDpi) {
        return new RenderOptions(newDpi, fontFamily, fontSizePt, skewDegrees, speckleDensity, blur, seed);
    }

    public RenderOptions withFontFamily(String newFontFamily) {
        return new RenderOptions(dpi, newFontFamily, fontSizePt, skewDegrees, speckleDensity, blur, seed);
    }

    public RenderOptions withFontSize(double newFontSizePt) {
        return new RenderOptions(dpi, fontFamily, newFontSizePt, skewDegrees, speckleDensity, blur, seed);
    }

    public RenderOptions withSkew(double newSkewDegrees) {
        return new RenderOptions(dpi, fontFamily, fontSizePt, newSkewDegrees, speckleDensity, blur, seed);
    }

    public RenderOptions withSpeckle(double newSpeckleDensity) {
        return new RenderOptions(dpi, fontFamily, fontSizePt, skewDegrees, newSpeckleDensity, blur, seed);
    }

    public RenderOptions withBlur(boolean newBlur) {
        return new RenderOptions(dpi, fontFamily, fontSizePt, skewDegrees, speckleDensity, newBlur, seed);
    }

    public RenderOptions withSeed(long newSeed) {
        return new RenderOptions(dpi, fontFamily, fontSizePt, skewDegrees, speckleDensity, blur, newSeed);
    }

    /** The same options with no skew, no speckle and no blur: a perfect "digital print". */
    public RenderOptions withoutNoise() {
        return new RenderOptions(dpi, fontFamily, fontSizePt, 0, 0, false, seed);
    }
}
