package ru.ejournal.classteacher.boundary;

import java.io.Serializable;

/** What needs the class teacher's attention in their class (D1, D2, D5, D6, D11, D13): counts. */
public record Dashboard(
        Long classId,
        String className,
        long students,
        long unverifiedStudents,
        long unverifiedParents,
        long studentsWithoutAccount,
        long parentsWithoutAccount,
        long studentsNeverSignedIn,
        long parentsNeverSignedIn,
        long parentsNotAcknowledged,
        boolean regulationPublished,
        long openMovements,
        long parentsNoVisit,
        long openProposals)
        implements Serializable {

    /** Nothing to do. */
    public boolean allClear() {
        return unverifiedStudents
                        + unverifiedParents
                        + studentsWithoutAccount
                        + parentsWithoutAccount
                        + studentsNeverSignedIn
                        + parentsNeverSignedIn
                        + parentsNotAcknowledged
                        + openMovements
                        + parentsNoVisit
                        + openProposals
                == 0;
    }
}
