package org.illbridge.ncip;

import java.util.Set;

/** The NCIP problem types illbridge sends or must recognise, spelled as the standard spells them. */
public final class ProblemTypes {

    public static final String UNKNOWN_ITEM = "Unknown Item";
    public static final String UNKNOWN_USER = "Unknown User";
    public static final String ITEM_NOT_RENEWABLE = "Item Not Renewable";
    public static final String UNSUPPORTED_SERVICE = "Unsupported Service";
    public static final String INVALID_MESSAGE_SYNTAX_ERROR = "Invalid Message Syntax Error";
    public static final String NEEDED_DATA_MISSING = "Needed Data Missing";
    public static final String INVALID_DATE = "Invalid Date";
    public static final String TEMPORARY_PROCESSING_FAILURE = "Temporary Processing Failure";

    /** Problems that say illbridge itself is set up wrongly towards the responder: not a refusal. */
    public static final Set<String> MISCONFIGURATION = Set.of(
            "Unknown partner",
            "Agency Authentication Failed",
            "Unauthorized Service For Agency",
            "Unknown Agency");

    private ProblemTypes() {
    }

    public static boolean isMisconfiguration(String problemType) {
        return problemType != null && MISCONFIGURATION.stream().anyMatch(problemType.trim()::equalsIgnoreCase);
    }

    public static boolean isTemporaryFailure(String problemType) {
        return problemType != null && TEMPORARY_PROCESSING_FAILURE.equalsIgnoreCase(problemType.trim());
    }
}
