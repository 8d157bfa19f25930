package org.illbridge.ncip;

/** A message that must be answered with an NCIP Problem instead of being processed. */
public class NcipProblemException extends RuntimeException {

    private final String problemType;
    private final String problemElement;
    private final String problemValue;

    public NcipProblemException(String problemType, String problemDetail, String problemElement,
            String problemValue) {
        super(problemDetail);
        this.problemType = problemType;
        this.problemElement = problemElement;
        this.problemValue = problemValue;
    }

    public String getProblemType() {
        return problemType;
    }

    public String getProblemDetail() {
        return getMessage();
    }

    public String getProblemElement() {
        return problemElement;
    }

    public String getProblemValue() {
        return problemValue;
    }
}
