package org.illbridge.store;

/** Which side of the loan we are on. */
public enum Role {
    /** Our patron has a partner's item. */
    BORROWING,
    /** A partner has our item. */
    LENDING
}
