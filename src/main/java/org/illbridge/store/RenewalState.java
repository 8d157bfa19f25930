package org.illbridge.store;

import java.util.Set;

/** Where the current renewal of a loan stands. */
public enum RenewalState {
    NONE,
    PENDING,
    REQUESTED,
    RENEWED,
    REFUSED,
    FAILED;

    /** The states of a renewal still being worked on, which can still take an answer. */
    public static final Set<RenewalState> OPEN = Set.of(PENDING, REQUESTED);

    /** A renewal in these states is still being worked on; asking again starts nothing new. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
