package ru.ejournal.monitoring.boundary;

import java.io.Serializable;

/** How many violations an evaluation opened and how many fixed ones it closed. */
public record EvaluationResult(int opened, int closed) implements Serializable {

    public EvaluationResult plus(EvaluationResult other) {
        return new EvaluationResult(opened + other.opened, closed + other.closed);
    }

    public static EvaluationResult none() {
        return new EvaluationResult(0, 0);
    }
}
