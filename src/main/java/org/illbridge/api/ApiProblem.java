package org.illbridge.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request the API refuses, with the reason in words. */
public class ApiProblem extends ResponseStatusException {

    public ApiProblem(HttpStatus status, String reason) {
        super(status, reason);
    }
}
