package vn.cascade.understand;

/**
 * Turns restored text into an {@link Extraction}. This first version finds nothing: identity,
 * citations, sections and tasks are the work of the understanding stage still to be built, and
 * until then every field is null rather than guessed. Thread-safe.
 */
public final class Understanding {

    public Extraction understand(String file, String restoredText) {
        return Extraction.empty(file);
    }
}
