package org.csptransition.transfer.domain;

/** The object does not exist, or the caller is not a party to it: both answer "not found", so ids cannot be probed. */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final Object id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found", null, false, false);
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
