package vn.cascade.normalize;

/**
 * One stage of text restoration. Contract for every implementation: never throws on any input,
 * is idempotent ({@code normalize(normalize(s)).equals(normalize(s))}), and keeps the number of
 * lines (the count of '\n') unchanged, so outputs can be compared line by line with inputs.
 */
@FunctionalInterface
public interface TextNormalizer {
    String normalize(String text);
}
