package ru.ejournal.batch.common;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The partition's school as the one item of period-analytics and attendance-reconciliation (a school per
 * item, one query per kind of data, instead of a class per item and a query per class and kind). The
 * checkpoint says whether the school's results were committed; a restart after that reads nothing.
 */
@Named
public class SchoolReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String schoolId;

    private boolean done;

    @Override
    public void open(Serializable checkpoint) {
        done = Boolean.TRUE.equals(checkpoint);
    }

    @Override
    public Object readItem() {
        if (done) {
            return null;
        }
        done = true;
        return Long.parseLong(schoolId);
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }
}
