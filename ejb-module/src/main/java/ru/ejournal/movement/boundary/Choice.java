package ru.ejournal.movement.boundary;

import java.io.Serializable;

/** An id and its label for the transfer screens' selectors. */
public record Choice(Long id, String label) implements Serializable {}
