package ru.ejournal.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/** Runs a step of a test in a transaction of its own, with a fresh persistence context. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Tx {

    @PersistenceContext
    EntityManager em;

    public <T> T call(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
