package ru.ejournal.security.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** Who is signed in and what is theirs, for the top bar and the home pages. */
public record AccountSummary(
        String login,
        String fullName,
        List<String> roles,
        List<String> roleTitles,
        String schoolName,
        LocalDateTime lastLoginAt,
        String ownClass,
        List<String> teaching,
        List<String> children,
        List<String> schoolFigures)
        implements Serializable {}
