package ru.ejournal.reports.control;

import java.math.BigDecimal;

/** The change of a figure (a rate or СОУ in %) against a period compared with, in points, as the reports print it. */
public final class Changes {

    private Changes() {}

    /** «▲ +5,0» / «▼ −2,5» / «= 0,0»: {@code now − then} in points; empty when either is missing. */
    public static String text(BigDecimal now, BigDecimal then) {
        if (now == null || then == null) {
            return "";
        }
        BigDecimal d = now.subtract(then);
        String arrow = d.signum() > 0 ? "▲ +" : d.signum() < 0 ? "▼ −" : "= ";
        return arrow + d.abs().toPlainString().replace('.', ',');
    }
}
