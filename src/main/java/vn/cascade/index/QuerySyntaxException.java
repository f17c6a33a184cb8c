package vn.cascade.index;

/** A query the searcher will not run; the message says how to write it instead. */
public final class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
