package org.illbridge.ncip;

/** Alma answered Temporary Processing Failure: retried a few times, then taken as its answer. */
public class TemporaryProcessingFailure extends RuntimeException {

    private final transient AlmaAnswer answer;

    public TemporaryProcessingFailure(AlmaAnswer answer) {
        super(answer.describe());
        this.answer = answer;
    }

    public AlmaAnswer getAnswer() {
        return answer;
    }
}
