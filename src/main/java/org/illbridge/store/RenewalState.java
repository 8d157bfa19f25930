package org.illbridge.store;

/** Where the current renewal of a loan stands. */
public enum RenewalState {
    NONE,
    PENDING,
    REQUESTED,
    RENEWED,
    REFUSED,
    FAILED;

    /** A renewal in these states is still being worked on; asking again starts nothing new. */
    public boolean isOpen() {
        return this == PENDING || this == REQUESTED;
    }
}
