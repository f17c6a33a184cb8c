package vn.cascade.ingest;

/**
 * A file the pipeline cannot take in. It is set aside in the quarantine with its reason and the
 * batch goes on; the message is written for the operator.
 */
public final class UnreadableDocumentException extends RuntimeException {

    /** Why a file was set aside. */
    public enum Reason {
        EMPTY("the file is empty"),
        TOO_LARGE("the file is larger than the configured limit"),
        IMAGE_TOO_LARGE("the image has more pixels than the configured limit (possible decompression bomb)"),
        BINARY_AS_TEXT("the file is named as text but holds binary data"),
        ENCRYPTED("the file is encrypted or password-protected"),
        CORRUPT("the file is damaged and cannot be parsed"),
        UNSUPPORTED("the file type is not supported"),
        NO_TEXT("no text could be read from the file"),
        NOT_VIETNAMESE("the text is not Vietnamese");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public UnreadableDocumentException(Reason reason, String detail, Throwable cause) {
        super(reason.description() + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
